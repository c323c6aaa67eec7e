import { addDays, endOfDay, startOfDay } from 'date-fns';

export type DueGroup = 'Overdue' | 'Today' | 'This week' | 'Later';
export const DUE_GROUPS: DueGroup[] = ['Overdue', 'Today', 'This week', 'Later'];

export interface Groupable {
  dueAt: number;
  /** Set for thank-you notes: late from then on. */
  overdueAt?: number;
}

/**
 * Which heading an item goes under, on the user's local calendar: a thank-you
 * is overdue 24 hours after the meeting; anything else once its day has passed.
 */
export function groupOf(item: Groupable, now: number): DueGroup {
  if (item.overdueAt !== undefined ? now >= item.overdueAt : item.dueAt < startOfDay(now).getTime()) return 'Overdue';
  if (item.dueAt <= endOfDay(now).getTime()) return 'Today';
  if (item.dueAt <= endOfDay(addDays(now, 7)).getTime()) return 'This week';
  return 'Later';
}

export function groupItems<T extends Groupable>(items: readonly T[], now: number): [DueGroup, T[]][] {
  const groups = new Map<DueGroup, T[]>(DUE_GROUPS.map((g) => [g, []]));
  for (const item of items) groups.get(groupOf(item, now))!.push(item);
  return DUE_GROUPS.map((g) => [g, groups.get(g)!] as [DueGroup, T[]]).filter(([, list]) => list.length > 0);
}
