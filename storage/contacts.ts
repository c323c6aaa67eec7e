import { SlugSchema } from '@/lib/linkedin/profile';
import { profileUrlFor } from '@/lib/linkedin/url';
import { matchesContact, compareByDue, type ContactFilter } from '@/lib/contact-filter';
import { getDb, type CoffeeChatsDb } from './db';
import { assertPathsExist } from './paths';
import { refreshContact } from './followups';
import { stampContact } from './field-times';
import {
  ContactFieldsSchema,
  ContactPatchSchema,
  ContactSchema,
  NewContactSchema,
  slugFromTypedUrl,
  type ContactFields,
  type StoredContact,
} from '@/lib/model/contact';
import { type Interaction, type Meeting } from '@/lib/model/history';
import type { Namesake } from '@/lib/model/protocol';
import type { Task } from '@/lib/model/task';

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
 * Career paths ticked while saving are added to the ones the contact already has.
 */
export async function saveContact(
  slug: string,
  fields: ContactFields,
  now = Date.now(),
  db: CoffeeChatsDb = getDb(),
  chosen: { pathUids?: readonly string[] } = {},
): Promise<StoredContact> {
  const validSlug = SlugSchema.parse(slug);
  const validFields = ContactFieldsSchema.parse(fields);
  const ticked = chosen.pathUids && chosen.pathUids.length > 0 ? await assertPathsExist(chosen.pathUids, db) : [];
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const existing = await getContactBySlug(validSlug, db);
    const pathUids = ticked.length > 0 ? { pathUids: [...new Set([...(existing?.pathUids ?? []), ...ticked])] } : {};
    const contact = ContactSchema.parse({
      ...existing,
      ...validFields,
      ...pathUids,
      // A profile page shows only the latest jobs; keep a longer list read from the detail pages.
      experience: longer(validFields.experience, existing?.experience),
      education: longer(validFields.education, existing?.education),
      slug: validSlug,
      profileUrl: profileUrlFor(validSlug),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      profileReadAt: now,
    });
    const id = (await db.contacts.put(stampContact(existing, contact, now))) as number;
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
    const updated = stampContact(existing, ContactSchema.parse({ ...existing, ...patch, updatedAt: now }), now);
    await db.contacts.put(updated);
    return updated as StoredContact;
  });
}

/** Adds a person by name only (a lead without a LinkedIn profile yet). */
export async function addContact(input: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<StoredContact> {
  const contact = stampContact(undefined, ContactSchema.parse({ ...(input as object), createdAt: now, updatedAt: now }), now);
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const id = (await db.contacts.add(contact)) as number;
    return refreshContact(id, now, db);
  });
}

/**
 * "New contact": a person typed in by hand. With a LinkedIn address the row carries that profile
 * (one person, one row: a profile already saved is refused with its name, nothing is written).
 */
export async function addPerson(input: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<StoredContact> {
  const { linkedInUrl, ...fields } = NewContactSchema.parse(input);
  const slug = linkedInUrl ? slugFromTypedUrl(linkedInUrl)! : undefined;
  return db.transaction('rw', ALL_TABLES(db), async () => {
    if (slug) {
      const existing = await getContactBySlug(slug, db);
      if (existing) throw new Error(`${existing.name} is already one of your contacts with that LinkedIn profile.`);
    }
    return addContact({ ...fields, ...(slug ? { slug, profileUrl: profileUrlFor(slug) } : {}) }, now, db);
  });
}

/** Saved contacts with this name (letter case aside): "New contact" asks before adding a second row for one person. */
export async function namesakesOf(name: string, db: CoffeeChatsDb = getDb()): Promise<Namesake[]> {
  const wanted = name.trim();
  if (!wanted) return [];
  const rows = (await db.contacts.where('name').equalsIgnoreCase(wanted).limit(20).toArray()) as StoredContact[];
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      name: row.name,
      referrerName: row.referredBy === undefined ? undefined : (await db.contacts.get(row.referredBy))?.name,
      company: row.currentCompany,
      onLinkedIn: row.slug !== undefined,
    })),
  );
}

/** Edits from the options page (and the sidebar's path ticks): profile fields, notes, status, tags, email, career paths. */
export async function updateContact(id: number, patch: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  const valid = ContactPatchSchema.parse(patch);
  // A path chosen in a window that has since seen it deleted is refused, not stored dangling.
  if (valid.pathUids !== undefined) valid.pathUids = await assertPathsExist(valid.pathUids, db);
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const existing = await db.contacts.get(id);
    if (!existing) throw new Error('That contact no longer exists.');
    await db.contacts.put(stampContact(existing, ContactSchema.parse({ ...existing, ...valid, updatedAt: now }), now));
    return refreshContact(id, now, db);
  });
}

/** Everything a deleted contact had, so the deletion can be undone. */
export interface DeletedContact {
  contact: StoredContact;
  meetings: Meeting[];
  interactions: Interaction[];
  /** Their tasks (next actions promised); older undo records have none. */
  tasks?: Task[];
  /** Contacts this person had referred: they stay, without the link. */
  referred: number[];
}

/**
 * Deletes a contact with its meetings and interactions, in one transaction. The
 * people they referred stay, no longer linked to them (no dangling reference).
 */
export async function deleteContact(id: number, db: CoffeeChatsDb = getDb()): Promise<DeletedContact> {
  return db.transaction('rw', [db.contacts, db.meetings, db.interactions, db.tasks], async () => {
    const contact = (await db.contacts.get(id)) as StoredContact | undefined;
    if (!contact) throw new Error('That contact no longer exists.');
    const meetings = await db.meetings.where('contactId').equals(id).toArray();
    const interactions = await db.interactions.where('contactId').equals(id).toArray();
    const tasks = await db.tasks.where('contactId').equals(id).toArray();
    const referred = (await db.contacts.where('referredBy').equals(id).primaryKeys()) as number[];
    await db.contacts.where('referredBy').equals(id).modify((row) => {
      delete row.referredBy;
    });
    await db.meetings.where('contactId').equals(id).delete();
    await db.interactions.where('contactId').equals(id).delete();
    await db.tasks.where('contactId').equals(id).delete();
    await db.contacts.delete(id);
    return { contact, meetings, interactions, tasks, referred };
  });
}

/**
 * Undo for deleteContact: puts every row and referral link back under its old id. If the same
 * profile was saved again meanwhile (the sidebar was still open), that new row is folded into
 * the restored one rather than making the undo fail. Throws a sentence if it cannot.
 */
export async function restoreContact(deleted: DeletedContact, db: CoffeeChatsDb = getDb()) {
  const contact = ContactSchema.parse(deleted.contact);
  await db.transaction('rw', [db.contacts, db.meetings, db.interactions, db.tasks], async () => {
    if (await db.contacts.get(deleted.contact.id)) throw new Error(`${contact.name} is already back.`);
    const again = contact.slug === undefined ? undefined : await getContactBySlug(contact.slug, db);
    if (again) {
      // Saved again since: its history moves to the restored contact, its row goes.
      await db.meetings.where('contactId').equals(again.id).modify({ contactId: deleted.contact.id });
      await db.interactions.where('contactId').equals(again.id).modify({ contactId: deleted.contact.id });
      await db.contacts.where('referredBy').equals(again.id).modify({ referredBy: deleted.contact.id });
      await db.contacts.delete(again.id);
    }
    await db.contacts.put(contact);
    await db.meetings.bulkPut(deleted.meetings);
    await db.interactions.bulkPut(deleted.interactions);
    await db.tasks.bulkPut(deleted.tasks ?? []);
    await db.contacts.where('id').anyOf(deleted.referred).modify({ referredBy: contact.id });
  });
}

/** Contacts matching a filter, what is due soonest first, then the most recently updated. */
/**
 * The first `limit` rows of the whole book in `listContacts`' order (due soonest first, then nothing due,
 * most recently updated first), read by index: the contact book's first screen without reading every row.
 */
export async function listFirstContacts(limit: number, db: CoffeeChatsDb = getDb()): Promise<StoredContact[]> {
  return db.transaction('r', db.contacts, async () => {
    const due = (await db.contacts.orderBy('nextDueAt').limit(limit).toArray()) as StoredContact[];
    if (due.length === limit && limit > 0) {
      // Rows due at the same moment are ordered by updatedAt, which the index does not know: read the whole tie.
      const last = due[limit - 1]!.nextDueAt!;
      const tie = (await db.contacts.where('nextDueAt').equals(last).toArray()) as StoredContact[];
      return [...due.filter((contact) => contact.nextDueAt! < last), ...tie].sort(compareByDue).slice(0, limit);
    }
    // Rows with nothing due are not in the nextDueAt index: they follow, newest update first.
    const rest = (await db.contacts
      .orderBy('updatedAt')
      .reverse()
      .filter((contact) => contact.nextDueAt === undefined)
      .limit(limit - due.length)
      .toArray()) as StoredContact[];
    return [...due.sort(compareByDue), ...rest.sort(compareByDue)];
  });
}

export async function listContacts(filter: ContactFilter = {}, db: CoffeeChatsDb = getDb()): Promise<StoredContact[]> {
  // The narrower index first (a path's people, else a status); matchesContact checks the rest.
  const base = filter.pathUid
    ? db.contacts.where('pathUids').equals(filter.pathUid)
    : filter.status
      ? db.contacts.where('status').equals(filter.status)
      : db.contacts.toCollection();
  const rows = (await base.toArray()) as StoredContact[];
  return rows.filter((contact) => matchesContact(contact, filter)).sort(compareByDue);
}

