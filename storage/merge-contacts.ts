import { getDb, type CoffeeChatsDb } from './db';
import { refreshContact } from './followups';
import { stampContact } from './field-times';
import { ContactSchema, type StoredContact } from '@/lib/model/contact';
import { PATH_LIMITS } from '@/lib/model/career-path';
import type { Meeting } from '@/lib/model/history';

/** Everything a merge changed, so it can be undone exactly. */
export interface MergedContacts {
  survivorBefore: StoredContact;
  absorbed: StoredContact;
  meetingIds: number[];
  interactionIds: number[];
  /** Contacts the absorbed one had referred. */
  referredIds: number[];
  /** Meetings whose leads pointed to the absorbed contact, with their leads as they were. */
  leadsBefore: { id: number; leads: Meeting['leads'] }[];
}

const TABLES = (db: CoffeeChatsDb) => [db.contacts, db.meetings, db.interactions, db.settings];

/** The survivor's values, with what only the other one had filled in; notes of both are kept. */
function combined(survivor: StoredContact, other: StoredContact): StoredContact {
  const merged: StoredContact = { ...survivor };
  for (const field of ['headline', 'location', 'currentTitle', 'currentCompany', 'about', 'photoUrl', 'email', 'slug', 'profileUrl', 'profileReadAt', 'prepQuestions', 'snoozed'] as const) {
    if (merged[field] === undefined && other[field] !== undefined) (merged as Record<string, unknown>)[field] = other[field];
  }
  if (merged.experience.length < other.experience.length) merged.experience = other.experience;
  if (merged.education.length < other.education.length) merged.education = other.education;
  const notes = [survivor.notes, other.notes].map((n) => n.trim()).filter(Boolean);
  merged.notes = [...new Set(notes)].join('\n\n');
  merged.tags = [...new Set([...survivor.tags, ...other.tags])].slice(0, 20);
  merged.dismissedDue = [...new Set([...survivor.dismissedDue, ...other.dismissedDue])].slice(-50);
  // One person on the paths either copy was on.
  if (survivor.pathUids !== undefined || other.pathUids !== undefined) {
    merged.pathUids = [...new Set([...(survivor.pathUids ?? []), ...(other.pathUids ?? [])])].slice(0, PATH_LIMITS.perRecord);
  }
  const referrer = survivor.referredBy ?? other.referredBy;
  merged.referredBy = referrer === survivor.id || referrer === other.id ? undefined : referrer;
  merged.createdAt = Math.min(survivor.createdAt, other.createdAt);
  return merged;
}

/**
 * One person saved twice (a lead typed by name, then their profile saved): `absorbedId` goes
 * into `survivorId`. Meetings, interactions, notes, referrals and leads move to the survivor;
 * what only the other had fills the survivor's empty fields. Undo with `unmergeContacts`.
 */
export async function mergeContacts(survivorId: number, absorbedId: number, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<MergedContacts> {
  if (survivorId === absorbedId) throw new Error('Pick two different contacts to merge.');
  return db.transaction('rw', TABLES(db), async () => {
    const survivor = (await db.contacts.get(survivorId)) as StoredContact | undefined;
    const absorbed = (await db.contacts.get(absorbedId)) as StoredContact | undefined;
    if (!survivor || !absorbed) throw new Error('One of these contacts no longer exists.');
    if (survivor.slug !== undefined && absorbed.slug !== undefined && survivor.slug !== absorbed.slug) {
      throw new Error(`${survivor.name} and ${absorbed.name} are two different LinkedIn profiles, so they cannot be one person.`);
    }
    const meetingIds = (await db.meetings.where('contactId').equals(absorbedId).primaryKeys()) as number[];
    const interactionIds = (await db.interactions.where('contactId').equals(absorbedId).primaryKeys()) as number[];
    const referredIds = ((await db.contacts.where('referredBy').equals(absorbedId).primaryKeys()) as number[]).filter((id) => id !== survivorId);
    const withLeads = await db.meetings.filter((m) => m.leads.some((lead) => lead.contactId === absorbedId)).toArray();
    const leadsBefore = withLeads.map((m) => ({ id: m.id!, leads: m.leads }));

    // The absorbed row goes first, so its profile link can move to the survivor.
    await db.contacts.delete(absorbedId);
    const merged = ContactSchema.parse({ ...combined(survivor, absorbed), updatedAt: now });
    await db.contacts.put(stampContact(survivor, merged, now));
    await db.meetings.where('contactId').equals(absorbedId).modify({ contactId: survivorId });
    await db.interactions.where('contactId').equals(absorbedId).modify({ contactId: survivorId });
    await db.contacts.where('id').anyOf(referredIds).modify({ referredBy: survivorId });
    for (const { id, leads } of leadsBefore) {
      await db.meetings.update(id, { leads: leads.map((lead) => (lead.contactId === absorbedId ? { ...lead, contactId: survivorId } : lead)) });
    }
    await refreshContact(survivorId, now, db, { rederiveStatus: true });
    return { survivorBefore: survivor, absorbed, meetingIds, interactionIds, referredIds, leadsBefore };
  });
}

/** Undo for mergeContacts: both contacts as they were, each with their own history. Says why if it cannot. */
export async function unmergeContacts(merged: MergedContacts, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  await db.transaction('rw', TABLES(db), async () => {
    if (!(await db.contacts.get(merged.survivorBefore.id))) throw new Error(`${merged.survivorBefore.name} was deleted since the merge.`);
    if (await db.contacts.get(merged.absorbed.id)) throw new Error(`Another contact now has the id of ${merged.absorbed.name}.`);
    const { slug } = merged.absorbed;
    await db.contacts.put(ContactSchema.parse(merged.survivorBefore));
    if (slug !== undefined && (await db.contacts.where('slug').equals(slug).count()) > 0) {
      throw new Error(`The profile ${slug} was saved again since the merge.`);
    }
    await db.contacts.add(ContactSchema.parse(merged.absorbed));
    await db.meetings.where('id').anyOf(merged.meetingIds).modify({ contactId: merged.absorbed.id });
    await db.interactions.where('id').anyOf(merged.interactionIds).modify({ contactId: merged.absorbed.id });
    await db.contacts.where('id').anyOf(merged.referredIds).modify({ referredBy: merged.absorbed.id });
    for (const { id, leads } of merged.leadsBefore) await db.meetings.update(id, { leads });
    await refreshContact(merged.survivorBefore.id, now, db, { touch: false, rederiveStatus: true });
    await refreshContact(merged.absorbed.id, now, db, { touch: false, rederiveStatus: true });
  });
}
