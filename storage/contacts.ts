import { SlugSchema } from '@/lib/linkedin/profile';
import { profileUrlFor } from '@/lib/linkedin/url';
import { matchesContact, compareByDue, type ContactFilter } from '@/lib/contact-filter';
import { getDb, type CoffeeChatsDb } from './db';
import { refreshContact } from './followups';
import { ContactFieldsSchema, ContactPatchSchema, ContactSchema, type ContactFields, type StoredContact } from '@/lib/model/contact';
import { type Interaction, type Meeting } from '@/lib/model/history';

/** Repository verbs for contacts: the only code that writes the contacts table. */

const ALL_TABLES = (db: CoffeeChatsDb) => [db.contacts, db.meetings, db.interactions, db.settings];

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
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const existing = await getContactBySlug(validSlug, db);
    const contact = ContactSchema.parse({
      ...existing,
      ...validFields,
      // A profile page shows only the latest jobs; keep a longer list read from the detail pages.
      experience: longer(validFields.experience, existing?.experience),
      education: longer(validFields.education, existing?.education),
      slug: validSlug,
      profileUrl: profileUrlFor(validSlug),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      profileReadAt: now,
    });
    const id = (await db.contacts.put(contact)) as number;
    return refreshContact(id, now, db);
  });
}

function longer<T>(fresh: T[], stored: T[] | undefined): T[] {
  return stored && stored.length > fresh.length ? stored : fresh;
}

/**
 * The detail pages (/details/experience/, /details/education/) list everything:
 * they replace the saved contact's lists. Nothing happens for someone not saved.
 */
export async function completeHistory(
  slug: string,
  lists: Partial<Pick<ContactFields, 'experience' | 'education'>>,
  now = Date.now(),
  db: CoffeeChatsDb = getDb(),
): Promise<StoredContact | undefined> {
  const valid = ContactFieldsSchema.pick({ experience: true, education: true }).partial().parse(lists);
  return db.transaction('rw', [db.contacts], async () => {
    const existing = await getContactBySlug(SlugSchema.parse(slug), db);
    if (!existing) return undefined;
    const patch = Object.fromEntries(Object.entries(valid).filter(([, list]) => list && list.length > 0));
    if (Object.keys(patch).length === 0) return existing;
    const updated = ContactSchema.parse({ ...existing, ...patch, updatedAt: now });
    await db.contacts.put(updated);
    return updated as StoredContact;
  });
}

/** Adds a person by name only (a lead without a LinkedIn profile yet). */
export async function addContact(input: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<StoredContact> {
  const contact = ContactSchema.parse({ ...(input as object), createdAt: now, updatedAt: now });
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const id = (await db.contacts.add(contact)) as number;
    return refreshContact(id, now, db);
  });
}

/** Edits from the options page: profile fields, notes, status, tags, email. */
export async function updateContact(id: number, patch: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  const valid = ContactPatchSchema.parse(patch);
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const existing = await db.contacts.get(id);
    if (!existing) throw new Error('That contact no longer exists.');
    await db.contacts.put(ContactSchema.parse({ ...existing, ...valid, updatedAt: now }));
    return refreshContact(id, now, db);
  });
}

/** Everything a deleted contact had, so the deletion can be undone. */
export interface DeletedContact {
  contact: StoredContact;
  meetings: Meeting[];
  interactions: Interaction[];
  /** Contacts this person had referred: they stay, without the link. */
  referred: number[];
}

/**
 * Deletes a contact with its meetings and interactions, in one transaction. The
 * people they referred stay, no longer linked to them (no dangling reference).
 */
export async function deleteContact(id: number, db: CoffeeChatsDb = getDb()): Promise<DeletedContact> {
  return db.transaction('rw', [db.contacts, db.meetings, db.interactions], async () => {
    const contact = (await db.contacts.get(id)) as StoredContact | undefined;
    if (!contact) throw new Error('That contact no longer exists.');
    const meetings = await db.meetings.where('contactId').equals(id).toArray();
    const interactions = await db.interactions.where('contactId').equals(id).toArray();
    const referred = (await db.contacts.where('referredBy').equals(id).primaryKeys()) as number[];
    await db.contacts.where('referredBy').equals(id).modify((row) => {
      delete row.referredBy;
    });
    await db.meetings.where('contactId').equals(id).delete();
    await db.interactions.where('contactId').equals(id).delete();
    await db.contacts.delete(id);
    return { contact, meetings, interactions, referred };
  });
}

/** Undo for deleteContact: puts every row and referral link back under its old id. */
export async function restoreContact(deleted: DeletedContact, db: CoffeeChatsDb = getDb()) {
  const contact = ContactSchema.parse(deleted.contact);
  await db.transaction('rw', [db.contacts, db.meetings, db.interactions], async () => {
    await db.contacts.put(contact);
    await db.meetings.bulkPut(deleted.meetings);
    await db.interactions.bulkPut(deleted.interactions);
    await db.contacts.where('id').anyOf(deleted.referred).modify({ referredBy: contact.id });
  });
}

/** Contacts matching a filter, what is due soonest first, then the most recently updated. */
export async function listContacts(filter: ContactFilter = {}, db: CoffeeChatsDb = getDb()): Promise<StoredContact[]> {
  const base = filter.status ? db.contacts.where('status').equals(filter.status) : db.contacts.toCollection();
  const rows = (await base.toArray()) as StoredContact[];
  return rows.filter((contact) => matchesContact(contact, filter)).sort(compareByDue);
}

