import { dueWords } from '@/lib/followups/due-words';
import { groupOf } from '@/lib/followups/groups';
import { nextDue, type HistoryEvent, type ScheduleInput } from '@/lib/followups/next-due';
import { dayAndTime } from '@/lib/format';
import { DEFAULT_CADENCES } from '@/lib/model/settings';

// Unit tests run in Europe/Amsterdam (vitest.config.ts): the clocks go back on Sunday 25 October 2026.
const at = (iso: string) => new Date(iso).getTime();
const local = (ms: number) => new Date(ms).toString().slice(0, 21);
const REQUEST: HistoryEvent = { kind: 'request-sent', at: at('2026-11-09T09:00:00') };
const REPLY: HistoryEvent = { kind: 'reply-received', at: at('2026-11-12T15:00:00') };
const replied = (extra: Partial<ScheduleInput> = {}): ScheduleInput => ({ createdAt: REQUEST.at, history: [REQUEST, REPLY], ...extra });
const step = (input: ScheduleInput, now: number) => nextDue(input, DEFAULT_CADENCES, now);

/** What the popup shows for a contact whose next step is `input`'s, at `now`. */
function shown(input: ScheduleInput, now: number) {
  const due = step(input, now)!;
  const contact = { name: 'Maya Okafor', nextDueKind: due.kind, nextDueAt: due.dueAt, nextDueValues: due.values };
  const words = dueWords(contact, now, 'en-GB')!;
  return { text: words.text, group: groupOf({ dueAt: due.dueAt, overdueAt: words.late ? now : due.kind === 'prepare' ? due.values?.meetingAt : undefined }, now) };
}

describe('scheduling a conversation', () => {
  const meeting = at('2026-11-18T10:00:00'); // Wednesday 10:00
  const scheduled = replied({ scheduled: { at: meeting, durationMin: 30 } });

  it('after a reply, scheduling is the next step', () => {
    expect(step(replied(), at('2026-11-12T16:00:00'))).toMatchObject({ kind: 'schedule', dueAt: REPLY.at });
  });

  it.each([
    ['two days before: nothing yet, shown later in the week', '2026-11-16T09:00:00', 'Prepare for Maya Okafor — Wed 18 Nov 10:00', 'This week'],
    ['the day before', '2026-11-17T08:00:00', 'Prepare for Maya Okafor — tomorrow 10:00', 'Today'],
    ['on the day, before the time', '2026-11-18T09:00:00', 'Prepare for Maya Okafor — today 10:00', 'Today'],
    ['once it is over', '2026-11-18T10:30:00', 'Log your conversation with Maya Okafor', 'Today'],
    ['the day after, not logged yet', '2026-11-19T09:00:00', 'Log your conversation with Maya Okafor', 'Overdue'],
  ])('%s', (_name, now, text, group) => {
    expect(shown(scheduled, at(now))).toEqual({ text, group });
  });

  it('prepare is due from the start of the day before, on the local calendar', () => {
    expect(local(step(scheduled, at('2026-11-16T09:00:00'))!.dueAt)).toBe('Tue Nov 17 2026 00:00');
  });

  it('rescheduling moves every step that follows', () => {
    const moved = replied({ scheduled: { at: at('2026-11-24T14:00:00'), durationMin: 45 } });
    expect(local(step(moved, at('2026-11-18T11:00:00'))!.dueAt)).toBe('Mon Nov 23 2026 00:00');
    expect(step(moved, at('2026-11-24T14:44:00'))!.kind).toBe('prepare');
    expect(local(step(moved, at('2026-11-24T14:45:00'))!.dueAt)).toBe('Tue Nov 24 2026 14:45');
  });

  it('cancelled (no scheduled meeting any more): back to "schedule"', () => {
    expect(step(replied(), at('2026-11-19T09:00:00'))!.kind).toBe('schedule');
  });

  it('a meeting with no length counts 30 minutes before "log it" comes up', () => {
    const noLength = replied({ scheduled: { at: meeting } });
    expect(step(noLength, at('2026-11-18T10:29:00'))!.kind).toBe('prepare');
    expect(step(noLength, at('2026-11-18T10:30:00'))!.kind).toBe('log-meeting');
  });

  it('marking preparation done leaves nothing until the conversation is over', () => {
    const prepKey = step(scheduled, at('2026-11-17T08:00:00'))!.key;
    const dismissed = replied({ scheduled: { at: meeting, durationMin: 30 }, dismissed: [prepKey] });
    expect(step(dismissed, at('2026-11-17T08:00:00'))).toBeNull();
    expect(step(dismissed, at('2026-11-18T11:00:00'))!.kind).toBe('log-meeting');
  });

  it('across the daylight-saving change: the reminder starts at midnight of the day before', () => {
    // Monday 26 October 10:00 (winter time); Sunday 25 October is 25 hours long.
    const afterChange = replied({ scheduled: { at: at('2026-10-26T10:00:00'), durationMin: 30 } });
    const due = step(afterChange, at('2026-10-23T09:00:00'))!;
    expect(local(due.dueAt)).toBe('Sun Oct 25 2026 00:00');
    expect(due.dueAt).toBe(at('2026-10-26T10:00:00') - 34 * 3_600_000 - 1 * 3_600_000);
  });

  it('the logged thank-you wins over a scheduled meeting (the one just held)', () => {
    const held = replied({ history: [REQUEST, REPLY, { kind: 'meeting', at: meeting }], scheduled: undefined });
    expect(step(held, meeting + 60_000)!.kind).toBe('thank-you');
  });
});

describe('in another time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('after a flight to New York the reminder follows the new calendar, and the meeting stays the same moment', () => {
    const meeting = Date.UTC(2026, 10, 18, 15, 0); // 16:00 in Amsterdam, 10:00 in New York
    const input = replied({ scheduled: { at: meeting, durationMin: 30 } });
    const inAmsterdam = step(input, Date.UTC(2026, 10, 16, 12))!;
    expect(local(inAmsterdam.dueAt)).toBe('Tue Nov 17 2026 00:00');
    expect(dayAndTime(meeting, Date.UTC(2026, 10, 17, 12), 'en-GB')).toBe('tomorrow 16:00');

    process.env.TZ = 'America/New_York';
    const inNewYork = step(input, Date.UTC(2026, 10, 16, 12))!;
    expect(local(inNewYork.dueAt)).toBe('Tue Nov 17 2026 00:00');
    expect(inNewYork.dueAt - inAmsterdam.dueAt).toBe(6 * 3_600_000);
    expect(inNewYork.values?.meetingAt).toBe(meeting);
    expect(dayAndTime(meeting, Date.UTC(2026, 10, 17, 12), 'en-GB')).toBe('tomorrow 10:00');
  });
});
