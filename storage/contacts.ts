import { nextDue, DEFAULT_SCHEDULE, type HistoryEvent } from '@/lib/followups/next-due';
import { profileUrlFor } from '@/lib/linkedin/url';
import { SlugSchema } from '@/lib/linkedin/profile';
import { getDb, type CoffeeChatsDb } from './db';
import {
  ContactFieldsSchema,
  ContactSchema,
  InteractionSchema,
  MeetingSchema,
  type Contact,
  type ContactFields,
  type StoredContact,
} from './schemas';

/** Repository verbs: the only code that reads or writes the Dexie tables. */

export async function getContactBySlug(slug: string, db: CoffeeChatsDb = getDb()) {
  return (await db.contacts.where('slug').equals(slug).first()) as StoredContact | undefined;
}

export async function getContact(id: number, db: CoffeeChatsDb = getDb()) {
  return (await db.contacts.get(id)) as StoredContact | undefined;
}

/**
 * Saves the person at `/in/<slug>/`: creates the contact, or updates the one
 * already saved under that slug. Never creates a second row for one slug.
 */
export async function saveContact(
  slug: string,
  fields: ContactFields,
  now = Date.now(),
  db: CoffeeChatsDb = getDb(),
): Promise<StoredContact> {
  const validSlug = SlugSchema.parse(slug);
  const validFields = ContactFieldsSchema.parse(fields);
  return db.transaction('rw', db.contacts, async () => {
    const existing = await getContactBySlug(validSlug, db);
    const contact = ContactSchema.parse({
      ...existing,
      ...validFields,
      slug: validSlug,
      profileUrl: profileUrlFor(validSlug),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    const id = await db.contacts.put(contact);
    return { ...contact, id } as StoredContact;
  });
}

async function history(contactId: number, db: CoffeeChatsDb): Promise<HistoryEvent[]> {
  const rows = await db.interactions.where('contactId').equals(contactId).toArray();
  return rows.map(({ kind, at }) => ({ kind, at }));
}

/** Recomputes what is due for one contact; call inside the write's transaction. */
async function refreshDue(contactId: number, now: number, db: CoffeeChatsDb) {
  const contact = await db.contacts.get(contactId);
  if (!contact) throw new Error(`No contact with id ${contactId}`);
  const due = nextDue(await history(contactId, db), DEFAULT_SCHEDULE);
  const updated = ContactSchema.parse({
    ...contact,
    updatedAt: now,
    nextDueKind: due?.kind,
    nextDueAt: due?.dueAt,
    thankYouDueAt: due?.kind === 'thank-you' ? due.dueAt : undefined,
  });
  // put() replaces the row, so fields that became undefined leave the indexes.
  await db.contacts.put(updated);
  return updated as StoredContact;
}

/** Records a meeting held at `heldAt` (now by default); a thank-you becomes due. */
export async function logMeeting(contactId: number, heldAt = Date.now(), db: CoffeeChatsDb = getDb()) {
  const meeting = MeetingSchema.parse({ contactId, heldAt });
  const interaction = InteractionSchema.parse({ contactId, kind: 'meeting', at: heldAt });
  return db.transaction('rw', [db.contacts, db.meetings, db.interactions], async () => {
    await db.meetings.add(meeting);
    await db.interactions.add(interaction);
    return refreshDue(contactId, heldAt, db);
  });
}

export async function markThankYouSent(contactId: number, at = Date.now(), db: CoffeeChatsDb = getDb()) {
  const interaction = InteractionSchema.parse({ contactId, kind: 'thank-you-sent', at });
  return db.transaction('rw', [db.contacts, db.interactions], async () => {
    await db.interactions.add(interaction);
    return refreshDue(contactId, at, db);
  });
}

/** Contacts with something due, soonest first: an index read, not a scan. */
export async function listDueFollowUps(db: CoffeeChatsDb = getDb()): Promise<StoredContact[]> {
  return (await db.contacts.orderBy('nextDueAt').toArray()) as StoredContact[];
}

/** How many contacts are owed a thank-you note (due or overdue). */
export async function countDueThankYous(db: CoffeeChatsDb = getDb()): Promise<number> {
  return db.contacts.where('thankYouDueAt').aboveOrEqual(0).count();
}

export async function listContacts(db: CoffeeChatsDb = getDb()): Promise<StoredContact[]> {
  return (await db.contacts.orderBy('updatedAt').reverse().toArray()) as StoredContact[];
}

export async function countMeetings(contactId: number, db: CoffeeChatsDb = getDb()) {
  return db.meetings.where('contactId').equals(contactId).count();
}

export type { Contact };
