import { deriveStatus } from '@/lib/followups/status';

const T = Date.UTC(2026, 10, 16, 10);

describe('deriveStatus', () => {
  it.each([
    ['a request at 10:00:30 and a meeting logged for 10:00 (the form keeps minutes)', [{ kind: 'request-sent', at: T + 30_000 }, { kind: 'meeting', at: T }], 'met'],
    ['a meeting and a thank-you in the same minute', [{ kind: 'thank-you-sent', at: T }, { kind: 'meeting', at: T + 59_000 }], 'thanked'],
    ['a request a minute after a meeting still moves it', [{ kind: 'meeting', at: T }, { kind: 'request-sent', at: T + 60_000 }], 'requested'],
    ['a note moves nothing', [{ kind: 'meeting', at: T }, { kind: 'note', at: T + 1 }], 'met'],
  ])('%s', (_case, events, expected) => {
    expect(deriveStatus(events)).toBe(expected);
  });
});
