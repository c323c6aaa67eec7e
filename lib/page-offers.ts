/**
 * What the page on screen may offer to a saved contact. Reading a page never writes: the sidebar
 * shows these offers and only the user's click applies one (the background's acceptList and
 * fillFromPage). A list that would get shorter says so before anyone clicks.
 */
import type { Profile } from './linkedin/profile';
import { CONTACT_FIELDS, PAGE_FIELDS, type Contact } from './model/contact';
import type { ListName, PageLists } from './model/protocol';

const NOUNS: Record<ListName, [one: string, many: string]> = { experience: ['job', 'jobs'], education: ['school', 'schools'] };

export interface ListOffer {
  list: ListName;
  /** "LinkedIn now shows 4 jobs (3 saved)." */
  text: string;
  /** The button: "Update jobs", or "Replace saved jobs" when the list would get shorter. */
  action: string;
  shrinks: boolean;
}

const count = (n: number, list: ListName) => `${n} ${NOUNS[list][n === 1 ? 0 : 1]}`;

/** One offer per list a detail page showed that differs from the saved one. */
export function listOffers(contact: Pick<Contact, ListName>, lists: PageLists): ListOffer[] {
  const offers: ListOffer[] = [];
  for (const list of ['experience', 'education'] as const) {
    const shown = lists[list];
    const saved = contact[list];
    if (!shown?.length || JSON.stringify(shown) === JSON.stringify(saved)) continue;
    const shrinks = shown.length < saved.length;
    offers.push({
      list,
      shrinks,
      text: shrinks
        ? `LinkedIn now shows ${count(shown.length, list)}; you have ${count(saved.length, list)} saved. Replacing them removes ${saved.length - shown.length}.`
        : `LinkedIn now shows ${count(shown.length, list)}${saved.length > 0 ? ` (${saved.length} saved)` : ''}. Update?`,
      action: shrinks ? `Replace saved ${NOUNS[list][1]}` : `Update ${NOUNS[list][1]}`,
    });
  }
  return offers;
}

/**
 * The labels of what a contact saved without its profile (a lead added by URL) would gain from the
 * page: the fields still empty that the page shows. Empty once the profile has been read into it.
 */
export function fillableFields(
  contact: Pick<Contact, 'profileReadAt' | ListName> & Partial<Pick<Contact, PageFieldKey>>,
  profile: Partial<Profile>,
): string[] {
  if (contact.profileReadAt !== undefined) return [];
  const labels: string[] = [];
  for (const field of PAGE_FIELDS) {
    if (field !== 'name' && !contact[field] && profile[field]) labels.push(CONTACT_FIELDS[field].label.toLowerCase());
  }
  for (const list of ['experience', 'education'] as const) {
    if (contact[list].length === 0 && (profile[list]?.length ?? 0) > 0) labels.push(list);
  }
  return labels;
}

type PageFieldKey = (typeof PAGE_FIELDS)[number];
