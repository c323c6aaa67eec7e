import { groupItems, groupOf } from '@/lib/followups/groups';

const at = (iso: string) => new Date(iso).getTime();
const NOW = at('2026-11-18T15:00:00'); // Wednesday afternoon, Europe/Amsterdam

describe('groupOf', () => {
  it.each([
    ['a thank-you past its 24 hours', { dueAt: at('2026-11-17T10:00:00'), overdueAt: at('2026-11-18T10:00:00') }, 'Overdue'],
    ['a thank-you still within its 24 hours', { dueAt: at('2026-11-17T16:00:00'), overdueAt: at('2026-11-18T16:00:00') }, 'Today'],
    ['a follow-up from yesterday', { dueAt: at('2026-11-17T09:00:00') }, 'Overdue'],
    ['a follow-up this morning', { dueAt: at('2026-11-18T08:00:00') }, 'Today'],
    ['a follow-up tonight', { dueAt: at('2026-11-18T23:30:00') }, 'Today'],
    ['next Tuesday', { dueAt: at('2026-11-24T10:00:00') }, 'This week'],
    ['in a month', { dueAt: at('2026-12-18T10:00:00') }, 'Later'],
  ])('%s → %s', (_name, item, group) => {
    expect(groupOf(item, NOW)).toBe(group);
  });

  it('keeps the order of the headings and drops empty ones', () => {
    const groups = groupItems([{ dueAt: at('2026-12-18T10:00:00') }, { dueAt: at('2026-11-17T09:00:00') }], NOW);
    expect(groups.map(([name, items]) => [name, items.length])).toEqual([['Overdue', 1], ['Later', 1]]);
  });
});
