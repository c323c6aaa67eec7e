import { badgeFor } from '@/lib/followups/badge';
import { dueKey, isOverdue, nextDue, type Due, type HistoryEvent, type ScheduleInput } from '@/lib/followups/next-due';
import { dueText } from '@/lib/model/due';
import { DEFAULT_CADENCES as DEFAULT_SCHEDULE } from '@/lib/model/settings';

const HOUR_MS = 3_600_000;

// Unit tests run in Europe/Amsterdam (vitest.config.ts): 2026-10-25 is a daylight-saving change.
const at = (iso: string) => new Date(iso).getTime();
const MON = at('2026-11-16T10:00:00'); // Monday 10:00 local
const ev = (kind: string, iso: string | number): HistoryEvent => ({ kind, at: typeof iso === 'number' ? iso : at(iso) });
const input = (history: HistoryEvent[], extra: Partial<ScheduleInput> = {}): ScheduleInput => ({
  createdAt: MON - 24 * HOUR_MS,
  history,
  ...extra,
});
// The step's words are rendered at display time, from its kind and values (lib/model/due.ts).
const pick = (due: Due | null) =>
  due && { kind: due.kind, dueAt: new Date(due.dueAt).toString().slice(0, 21), text: dueText(due.kind, { name: 'Maya Okafor', company: 'Lumen Health', values: due.values }) };

describe('nextDue', () => {
  it.each<[string, ScheduleInput, number, ReturnType<typeof pick>]>([
    ['nothing logged', input([]), MON, null],
    [
      'a meeting: thank-you due at once',
      input([ev('meeting', MON)]),
      MON,
      { kind: 'thank-you', dueAt: 'Mon Nov 16 2026 10:00', text: 'Send Maya a thank-you note' },
    ],
    ['thanked after the meeting: keep in touch in 8 weeks', input([ev('meeting', MON), ev('thank-you-sent', MON + HOUR_MS)]), MON,
      { kind: 'keep-in-touch', dueAt: 'Mon Jan 11 2027 11:00', text: 'Check in with Maya' }],
    ['request sent Monday: another person at the company after 3 business days', input([ev('request-sent', MON)]), MON,
      { kind: 'second-contact', dueAt: 'Thu Nov 19 2026 10:00', text: 'No reply yet: reach out to another person at Lumen Health' }],
    ['request sent Friday: business days skip the weekend', input([ev('request-sent', '2026-11-20T16:00:00')]), MON,
      { kind: 'second-contact', dueAt: 'Wed Nov 25 2026 16:00', text: 'No reply yet: reach out to another person at Lumen Health' }],
    ['7 business days later: one follow-up', input([ev('request-sent', MON)]), at('2026-11-25T10:00:00'),
      { kind: 'follow-up', dueAt: 'Wed Nov 25 2026 10:00', text: 'Follow up once with Maya' }],
    ['the 3-day step marked done: the follow-up is next', input([ev('request-sent', MON)], { dismissed: [`second-contact@${at('2026-11-19T10:00:00')}`] }), MON,
      { kind: 'follow-up', dueAt: 'Wed Nov 25 2026 10:00', text: 'Follow up once with Maya' }],
    ['followed up once: move on, no more nudges', input([ev('request-sent', MON), ev('follow-up-sent', MON + 200 * HOUR_MS)]), MON + 300 * HOUR_MS, null],
    ['a reply stops the nudges: scheduling the conversation is next', input([ev('request-sent', MON), ev('reply-received', MON + HOUR_MS)]), MON + 300 * HOUR_MS,
      { kind: 'schedule', dueAt: 'Mon Nov 16 2026 11:00', text: 'Maya replied: schedule your conversation' }],
    ['a lead someone suggested', input([], { referredByName: 'Tomás Lindqvist', createdAt: MON }), MON,
      { kind: 'reach-out', dueAt: 'Mon Nov 16 2026 10:00', text: 'Reach out to Maya Okafor (suggested by Tomás Lindqvist)' }],
    ['a lead already contacted is a request like any other', input([ev('request-sent', MON)], { referredByName: 'Tomás' }), MON,
      { kind: 'second-contact', dueAt: 'Thu Nov 19 2026 10:00', text: 'No reply yet: reach out to another person at Lumen Health' }],
    ['any logged contact resets keep-in-touch', input([ev('meeting', MON), ev('thank-you-sent', MON), ev('note', '2026-12-01T09:00:00')]), MON,
      { kind: 'keep-in-touch', dueAt: 'Tue Jan 26 2027 09:00', text: 'Check in with Maya' }],
    ['two check-ins without a reply: suggest closing',
      input([ev('meeting', MON), ev('thank-you-sent', MON), ev('check-in-sent', '2027-01-11T10:00:00'), ev('check-in-sent', '2027-03-08T10:00:00')]), MON,
      { kind: 'close', dueAt: 'Mon Mar 08 2027 10:00', text: 'No reply to 2 check-ins: consider closing Maya' }],
    ['a reply after a check-in starts the count again',
      input([ev('meeting', MON), ev('thank-you-sent', MON), ev('check-in-sent', '2027-01-11T10:00:00'), ev('reply-received', '2027-01-12T10:00:00'), ev('check-in-sent', '2027-03-08T10:00:00')]), MON,
      { kind: 'keep-in-touch', dueAt: 'Mon May 03 2027 10:00', text: 'Check in with Maya' }],
    ['closed by the user: only a thank-you owed still counts', input([ev('request-sent', MON)], { status: 'closed' }), MON, null],
    ['snoozed: the same step, later', input([ev('request-sent', MON)], { snoozed: { key: `second-contact@${at('2026-11-19T10:00:00')}`, until: at('2026-11-20T09:00:00') } }), MON,
      { kind: 'second-contact', dueAt: 'Fri Nov 20 2026 09:00', text: 'No reply yet: reach out to another person at Lumen Health' }],
    ['a snooze of an earlier step does not delay a new one', input([ev('request-sent', MON), ev('meeting', MON + HOUR_MS)], { snoozed: { key: `second-contact@${at('2026-11-19T10:00:00')}`, until: at('2026-11-30T09:00:00') } }), MON,
      { kind: 'thank-you', dueAt: 'Mon Nov 16 2026 11:00', text: 'Send Maya a thank-you note' }],
    ['keep-in-touch across the daylight-saving change keeps the wall-clock time',
      input([ev('meeting', '2026-09-14T10:00:00'), ev('thank-you-sent', '2026-09-14T18:00:00')]), MON,
      { kind: 'keep-in-touch', dueAt: 'Mon Nov 09 2026 18:00', text: 'Check in with Maya' }],
  ])('%s', (_name, scheduleInput, now, expected) => {
    expect(pick(nextDue(scheduleInput, DEFAULT_SCHEDULE, now))).toEqual(expected);
  });

  it('counts a thank-you as overdue 24 real hours later, also when the clocks go back', () => {
    // 20:00 summer time; the clocks go back that night, so 24 hours later it is 19:00 winter time.
    const due = nextDue(input([ev('meeting', '2026-10-24T20:00:00')]))!;
    expect(isOverdue(due, at('2026-10-25T18:59:00'))).toBe(false);
    expect(isOverdue(due, at('2026-10-25T19:00:00'))).toBe(true);
  });

  it('follows the cadences in the settings', () => {
    const due = nextDue(input([ev('meeting', MON), ev('thank-you-sent', MON)]), { ...DEFAULT_SCHEDULE, keepInTouchWeeks: 2 }, MON);
    expect(new Date(due!.dueAt).toString().slice(0, 21)).toBe('Mon Nov 30 2026 10:00');
  });

  it('names a step by the logged moment it follows from, for "mark done" and "snooze"', () => {
    expect(dueKey({ kind: 'follow-up', since: 5 })).toBe('follow-up@5');
    expect(nextDue(input([ev('request-sent', MON)]), DEFAULT_SCHEDULE, MON)!.key).toBe(`second-contact@${MON}`);
  });
});

describe('badgeFor', () => {
  it.each([
    [0, '', 'Coffee Chats'],
    [1, '1', 'Coffee Chats: 1 thank-you note due'],
    [2, '2', 'Coffee Chats: 2 thank-you notes due'],
    [120, '99+', 'Coffee Chats: 120 thank-you notes due'],
  ])('%i due → badge %j', (count, text, title) => {
    expect(badgeFor(count)).toMatchObject({ text, title });
  });

  it('names what else is due today without the bidi controls a name may carry (issue 12, item 11)', () => {
    expect(badgeFor(0, 0, ['Reach out to Jonas\u202Egnp.exe']).title).toBe('Coffee Chats. Also due today: Reach out to Jonasgnp.exe.');
  });
});
