import { relativeTime } from '@/lib/format';

const NOW = Date.UTC(2026, 10, 21, 12);
const MIN = 60_000;

describe('relativeTime', () => {
  it.each([
    [0, 'now'],
    [5 * MIN, 'in 5 minutes'],
    [-3 * 60 * MIN, '3 hours ago'],
    [24 * 60 * MIN, 'tomorrow'],
    [3 * 24 * 60 * MIN, 'in 3 days'],
    [8 * 24 * 60 * MIN, 'next week'],
    [56 * 24 * 60 * MIN, 'in 2 months'],
  ])('%i ms → %s', (offset, text) => {
    expect(relativeTime(NOW + offset, NOW, 'en')).toBe(text);
  });
});
