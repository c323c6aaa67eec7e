import ICAL from 'ical.js';
import { calendarFileName, meetingCalendarFile } from '@/lib/followups/calendar';

// Unit tests run in Europe/Amsterdam (vitest.config.ts).
const MEETING = new Date('2026-11-18T10:00:00').getTime();
const meeting = { uid: 'meeting-0001', scheduledAt: MEETING, mode: 'video' as const, durationMin: 20, place: 'https://meet.example.com/abc', updatedAt: 1_800_000_000_000 };
const contact = { name: 'Maya Okafor', currentTitle: 'UX Researcher', currentCompany: 'Lumen Health', profileUrl: 'https://www.linkedin.com/in/maya-okafor-demo/' };

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

describe('the calendar file', () => {
  it('parses back (RFC 5545) to the same moment, length, title and link', () => {
    const file = meetingCalendarFile({ meeting, contact, timeZone: 'Europe/Amsterdam', locale: 'en-GB' });
    if (!file.ok) throw new Error(file.error);
    const event = parse(file.text);
    expect(event.startDate.toJSDate().getTime()).toBe(MEETING);
    expect(event.endDate.toJSDate().getTime() - MEETING).toBe(20 * 60_000);
    expect(event.summary).toBe('Coffee chat with Maya Okafor');
    expect(event.uid).toBe('meeting-0001@coffee-chats');
    expect(event.description).toContain('UX Researcher at Lumen Health');
    expect(event.description).toContain('Wednesday, 18 November 2026 at 10:00 (Europe/Amsterdam) · Video call');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://meet.example.com/abc');
  });

  it('in New York the same conversation is the same instant, described in New York time', () => {
    const file = meetingCalendarFile({ meeting: { ...meeting, place: 'Café Nord, Main St 4' }, contact, timeZone: 'America/New_York', locale: 'en-GB' });
    if (!file.ok) throw new Error(file.error);
    const event = parse(file.text);
    expect(event.startDate.toJSDate().getTime()).toBe(MEETING);
    expect(event.description).toContain('04:00 (America/New_York)');
    expect(event.location).toBe('Café Nord, Main St 4');
  });

  it('a rescheduled conversation keeps its UID with a higher SEQUENCE, so calendars move the entry', () => {
    const first = meetingCalendarFile({ meeting, contact, timeZone: 'UTC' });
    const moved = meetingCalendarFile({ meeting: { ...meeting, scheduledAt: MEETING + 86_400_000, updatedAt: meeting.updatedAt + 60_000 }, contact, timeZone: 'UTC' });
    if (!first.ok || !moved.ok) throw new Error('no file');
    expect(parse(moved.text).uid).toBe(parse(first.text).uid);
    expect(parse(moved.text).sequence).toBeGreaterThan(parse(first.text).sequence);
  });

  it('without a time there is no file, and says why', () => {
    expect(meetingCalendarFile({ meeting: { ...meeting, scheduledAt: undefined }, contact, timeZone: 'UTC' })).toEqual({ ok: false, error: 'Set a time first.' });
  });

  it('names the file after the person and the day', () => {
    expect(calendarFileName('Maya Okafor', MEETING)).toBe('coffee-chat-maya-okafor-2026-11-18.ics');
  });
});
