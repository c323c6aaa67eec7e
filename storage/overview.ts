import type { LeadMatch, MutualContact } from '@/lib/model/protocol';
import { profileSlugFromUrl } from '@/lib/linkedin/url';
import { getDb, type CoffeeChatsDb } from './db';
import { findLeadsNamed } from './meetings';
import { scheduledMeetingOf } from './schedule';
import { listTasksOf } from './tasks';
import type { StoredTask } from '@/lib/model/task';
import type { Interaction, StoredMeeting } from '@/lib/model/history';
import type { StoredContact } from '@/lib/model/contact';

export interface ContactOverview {
  contact: StoredContact;
  /** Newest first, at most five. */
  meetings: StoredMeeting[];
  lastInteraction: Interaction | null;
  referrerName?: string;
  /** The conversation scheduled and not yet logged. */
  scheduled: StoredMeeting | null;
  /** Their tasks, open and done. */
  tasks: StoredTask[];
}


export async function leadMatchesFor(name: string | undefined, db: CoffeeChatsDb = getDb()): Promise<LeadMatch[]> {
  if (!name) return [];
  const leads = await findLeadsNamed(name, db);
  return Promise.all(
    leads.map(async (lead) => ({ id: lead.id, name: lead.name, referrerName: (await db.contacts.get(lead.referredBy!))?.name })),
  );
}

/** Saved contacts among the page's mutual connections: by their profile when the page links it, else by name. */
export async function mutualContactsFor(
  mutuals: readonly { name: string; profileUrl?: string }[] | undefined,
  db: CoffeeChatsDb = getDb(),
): Promise<MutualContact[]> {
  const found = new Map<number, MutualContact>();
  for (const mutual of mutuals ?? []) {
    const slug = mutual.profileUrl ? profileSlugFromUrl(mutual.profileUrl) : null;
    const bySlug = slug ? await db.contacts.where('slug').equals(slug).first() : undefined;
    const rows = bySlug ? [bySlug] : await db.contacts.where('name').equalsIgnoreCase(mutual.name.trim()).toArray();
    // A namesake with another profile is someone else.
    const contact = rows.find((row) => !slug || row.slug === undefined || row.slug === slug);
    if (contact?.id !== undefined) found.set(contact.id, { id: contact.id, name: contact.name });
  }
  return [...found.values()];
}

/** Everything the sidebar shows about a saved contact, read in one go. */
export async function getContactOverview(slug: string, db: CoffeeChatsDb = getDb()): Promise<ContactOverview | null> {
  const contact = (await db.contacts.where('slug').equals(slug).first()) as StoredContact | undefined;
  if (!contact) return null;
  const [meetings, lastInteraction, referrer, scheduled, tasks] = await Promise.all([
    db.meetings.where('contactId').equals(contact.id).reverse().sortBy('heldAt'),
    db.interactions.where('[contactId+at]').between([contact.id, 0], [contact.id, Infinity]).last(),
    contact.referredBy !== undefined ? db.contacts.get(contact.referredBy) : undefined,
    scheduledMeetingOf(contact.id, db),
    listTasksOf(contact.id, db),
  ]);
  return {
    contact,
    // Held meetings only: the one still to come is `scheduled`.
    meetings: meetings.filter((m) => m.heldAt !== undefined).slice(0, 5) as StoredMeeting[],
    lastInteraction: lastInteraction ?? null,
    referrerName: referrer?.name,
    scheduled: scheduled ?? null,
    tasks: tasks.slice(0, 100),
  };
}
