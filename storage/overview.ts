import type { LeadMatch } from '@/lib/model/protocol';
import { getDb, type CoffeeChatsDb } from './db';
import { findLeadsNamed } from './meetings';
import type { Interaction, StoredMeeting } from '@/lib/model/history';
import type { StoredContact } from '@/lib/model/contact';

export interface ContactOverview {
  contact: StoredContact;
  /** Newest first, at most five. */
  meetings: StoredMeeting[];
  lastInteraction: Interaction | null;
  referrerName?: string;
}


export async function leadMatchesFor(name: string | undefined, db: CoffeeChatsDb = getDb()): Promise<LeadMatch[]> {
  if (!name) return [];
  const leads = await findLeadsNamed(name, db);
  return Promise.all(
    leads.map(async (lead) => ({ id: lead.id, name: lead.name, referrerName: (await db.contacts.get(lead.referredBy!))?.name })),
  );
}

/** Everything the sidebar shows about a saved contact, read in one go. */
export async function getContactOverview(slug: string, db: CoffeeChatsDb = getDb()): Promise<ContactOverview | null> {
  const contact = (await db.contacts.where('slug').equals(slug).first()) as StoredContact | undefined;
  if (!contact) return null;
  const [meetings, lastInteraction, referrer] = await Promise.all([
    db.meetings.where('contactId').equals(contact.id).reverse().sortBy('heldAt'),
    db.interactions.where('[contactId+at]').between([contact.id, 0], [contact.id, Infinity]).last(),
    contact.referredBy !== undefined ? db.contacts.get(contact.referredBy) : undefined,
  ]);
  return {
    contact,
    meetings: meetings.slice(0, 5) as StoredMeeting[],
    lastInteraction: lastInteraction ?? null,
    referrerName: referrer?.name,
  };
}
