/**
 * What is due for a contact, in words, the same everywhere it is shown (popup, sidebar,
 * contact book): the step's text, and when — a thank-you until its deadline, anything else
 * from its day on.
 */
import { dueText, type DueKind } from '@/lib/model/due';
import type { DueValues } from '@/lib/model/contact';
import { dayAndTime, relativeTime } from '@/lib/format';
import { groupOf, type Groupable } from './groups';

export interface DueFields {
  name: string;
  currentCompany?: string;
  nextDueKind?: DueKind;
  nextDueAt?: number;
  nextDueValues?: DueValues;
  thankYouOverdueAt?: number;
}

export interface DueWords {
  kind: DueKind;
  /** "Send Maya a thank-you note" */
  text: string;
  /** "due in 5 hours", "overdue since yesterday" */
  when: string;
  late: boolean;
  /** The moment `when` speaks of: a thank-you's deadline, or the step's own time. */
  at: number;
}

/** When something is due, in words: "due in 5 hours" until its deadline, "overdue since …" after. */
export function whenWords(item: Groupable, now: number, locale?: string): Pick<DueWords, 'when' | 'late' | 'at'> {
  const late = groupOf(item, now) === 'Overdue';
  const at = item.overdueAt ?? item.dueAt;
  return { when: late ? `overdue since ${relativeTime(at, now, locale)}` : `due ${relativeTime(at, now, locale)}`, late, at };
}

export function dueWords(contact: DueFields, now: number, locale?: string): DueWords | null {
  const kind = contact.nextDueKind;
  const dueAt = contact.nextDueAt;
  if (kind === undefined || dueAt === undefined) return null;
  const overdueAt = overdueAtOf(contact);
  const meetingAt = contact.nextDueValues?.meetingAt;
  return {
    kind,
    text: dueText(kind, {
      name: contact.name,
      company: contact.currentCompany,
      values: contact.nextDueValues,
      meetingWhen: meetingAt === undefined ? undefined : dayAndTime(meetingAt, now, locale),
    }),
    ...whenWords({ dueAt, overdueAt }, now, locale),
  };
}

/**
 * When a step turns late: a thank-you at its deadline; preparing for a conversation only once it
 * has started (it shows from the day before, and stays under Today on the day); anything else once
 * its day has passed (no value here).
 */
export function overdueAtOf(contact: Pick<DueFields, 'nextDueKind' | 'nextDueValues' | 'thankYouOverdueAt'>): number | undefined {
  if (contact.nextDueKind === 'thank-you') return contact.thankYouOverdueAt;
  if (contact.nextDueKind === 'prepare') return contact.nextDueValues?.meetingAt;
  return undefined;
}
