/**
 * The scheduled conversation as a calendar file (RFC 5545), written by the `ics` library: any
 * calendar app imports it. The start is a UTC instant, so every calendar shows it at the right
 * hour wherever the user is; the description also says the time in the user's own time zone.
 * A rescheduled conversation keeps its UID with a higher SEQUENCE, so calendars update the entry.
 */
import { createEvent, type EventAttributes } from 'ics';
import { MEETING_MODE_LABELS, type Meeting } from '@/lib/model/history';
import { DEFAULT_MEETING_MINUTES } from './next-due';

export interface CalendarInput {
  meeting: Pick<Meeting, 'uid' | 'scheduledAt' | 'mode' | 'durationMin' | 'place' | 'updatedAt'>;
  contact: { name: string; currentTitle?: string; currentCompany?: string; profileUrl?: string };
  /** The user's IANA time zone ("Europe/Amsterdam"), for the words in the description. */
  timeZone: string;
  locale?: string;
}

const isLink = (text: string) => /^https?:\/\//iu.test(text);

/** The .ics text, or an error in words. */
export function meetingCalendarFile({ meeting, contact, timeZone, locale }: CalendarInput): { ok: true; text: string } | { ok: false; error: string } {
  if (meeting.scheduledAt === undefined) return { ok: false, error: 'Set a time first.' };
  const role = [contact.currentTitle, contact.currentCompany].filter(Boolean).join(' at ');
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(meeting.scheduledAt);
  const place = meeting.place?.trim();
  const attributes: EventAttributes = {
    start: meeting.scheduledAt,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: meeting.durationMin ?? DEFAULT_MEETING_MINUTES },
    title: `Coffee chat with ${contact.name}`,
    description: [
      `Informational interview with ${contact.name}${role ? `, ${role}` : ''}.`,
      `${when} (${timeZone})${meeting.mode ? ` · ${MEETING_MODE_LABELS[meeting.mode]}` : ''}`,
      contact.profileUrl,
    ]
      .filter(Boolean)
      .join('\n'),
    ...(place && !isLink(place) ? { location: place } : {}),
    ...(place && isLink(place) ? { url: place } : {}),
    uid: `${meeting.uid}@coffee-chats`,
    sequence: Math.floor((meeting.updatedAt ?? 0) / 1000) % 2_000_000_000,
    productId: 'coffee-chats',
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) return { ok: false, error: 'Could not make the calendar file.' };
  return { ok: true, text: value };
}

/** "coffee-chat-maya-okafor-2026-11-18.ics" */
export function calendarFileName(name: string, at: number): string {
  const slug = name.normalize('NFKD').replace(/[^\w\s-]/gu, '').trim().toLowerCase().replace(/\s+/gu, '-') || 'contact';
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `coffee-chat-${slug}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.ics`;
}
