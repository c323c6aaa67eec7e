/** Search and order for the contact list: pure, shared by the options page and its tests. */
import { contactFieldsWhere, fieldText, type Contact } from './model/contact';

/** The text fields the search reads (`searchable` in lib/model/contact.ts). */
const SEARCHED = contactFieldsWhere('searchable');

export interface ContactFilter {
  /** Words to find in name, headline, company, schools and tags (all words must match). */
  query?: string;
  status?: string;
  /** Only the contacts on this career path (its uid). */
  pathUid?: string;
}

export type FilterableContact = Pick<Contact, 'name'> & Partial<Pick<Contact, (typeof SEARCHED)[number]>> & {
  education?: readonly { school?: string }[];
  experience?: readonly { company?: string }[];
  tags?: readonly string[];
  status?: string;
  pathUids?: readonly string[];
  nextDueAt?: number;
  updatedAt: number;
};

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function searchTextOf(contact: FilterableContact): string {
  return fold(
    [
      ...SEARCHED.map((key) => fieldText(key, contact[key])),
      ...(contact.education ?? []).map((e) => e.school),
      ...(contact.experience ?? []).map((e) => e.company),
      ...(contact.tags ?? []),
    ]
      .filter(Boolean)
      .join(' \u0000 '),
  );
}

export function matchesContact(contact: FilterableContact, filter: ContactFilter): boolean {
  if (filter.status && contact.status !== filter.status) return false;
  if (filter.pathUid && !contact.pathUids?.includes(filter.pathUid)) return false;
  const words = fold(filter.query ?? '').split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchTextOf(contact);
  return words.every((word) => text.includes(word));
}

/** Due soonest first; contacts with nothing due after, most recently updated first. */
export function compareByDue(a: FilterableContact, b: FilterableContact): number {
  const da = a.nextDueAt ?? Infinity;
  const dbb = b.nextDueAt ?? Infinity;
  if (da !== dbb) return da - dbb;
  return b.updatedAt - a.updatedAt;
}
