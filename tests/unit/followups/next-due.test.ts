import { badgeFor } from '@/lib/followups/badge';
import { HOUR_MS, isOverdue, nextDue, type HistoryEvent } from '@/lib/followups/next-due';

const T = Date.UTC(2026, 10, 20, 15, 0);

describe('nextDue', () => {
  it.each<[string, HistoryEvent[], ReturnType<typeof nextDue>]>([
    ['nothing logged', [], null],
    ['a meeting: thank-you due now, late after 24 h', [{ kind: 'meeting', at: T }], { kind: 'thank-you', dueAt: T, overdueAt: T + 24 * HOUR_MS }],
    ['thanked after the meeting', [{ kind: 'meeting', at: T }, { kind: 'thank-you-sent', at: T + HOUR_MS }], null],
    [
      'a second meeting after the thanks',
      [
        { kind: 'meeting', at: T },
        { kind: 'thank-you-sent', at: T + HOUR_MS },
        { kind: 'meeting', at: T + 48 * HOUR_MS },
      ],
      { kind: 'thank-you', dueAt: T + 48 * HOUR_MS, overdueAt: T + 72 * HOUR_MS },
    ],
    ['history out of order', [{ kind: 'thank-you-sent', at: T + HOUR_MS }, { kind: 'meeting', at: T }], null],
  ])('%s', (_name, history, expected) => {
    expect(nextDue(history)).toEqual(expected);
  });

  it('counts as overdue from the 24th hour on', () => {
    const due = nextDue([{ kind: 'meeting', at: T }])!;
    expect(isOverdue(due, T + 24 * HOUR_MS - 1)).toBe(false);
    expect(isOverdue(due, T + 24 * HOUR_MS)).toBe(true);
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
});
