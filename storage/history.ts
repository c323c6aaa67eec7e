import { getDb, type CoffeeChatsDb } from './db';
import { doneActionOf } from '@/lib/model/due';
import { newUid } from '@/lib/model/primitives';
import { dismissDue, refreshContact } from './followups';
import { InteractionSchema, MeetingSchema, type Meeting } from '@/lib/model/history';
import { type StoredContact } from '@/lib/model/contact';

/** Repository verbs for what happened with a contact: interactions and meetings. */

const HISTORY_TABLES = (db: CoffeeChatsDb) => [db.contacts, db.meetings, db.interactions, db.settings];

/** Logs one interaction (request sent, reply received, note…); status and what is due follow. */
export async function logInteraction(input: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<StoredContact> {
  const interaction = InteractionSchema.parse({ uid: newUid(), ...(input as object) });
  return db.transaction('rw', HISTORY_TABLES(db), async () => {
    if (!(await db.contacts.get(interaction.contactId))) throw new Error('That contact no longer exists.');
    await db.interactions.add(interaction);
    return refreshContact(interaction.contactId, now, db, { rederiveStatus: interaction.kind !== 'note' });
  });
}

/** Records a meeting held at `heldAt` (now by default); a thank-you becomes due. */
export async function logMeeting(contactId: number, heldAt = Date.now(), db: CoffeeChatsDb = getDb()) {
  const meeting = MeetingSchema.parse({ uid: newUid(), contactId, heldAt, updatedAt: heldAt });
  const interaction = InteractionSchema.parse({ uid: newUid(), contactId, kind: 'meeting', at: heldAt });
  return db.transaction('rw', HISTORY_TABLES(db), async () => {
    if (!(await db.contacts.get(contactId))) throw new Error('That contact no longer exists.');
    const meetingId = await db.meetings.add(meeting);
    await db.interactions.add(interaction);
    const contact = await refreshContact(contactId, heldAt, db, { rederiveStatus: true });
    return { contact, meetingId };
  });
}

export function markThankYouSent(contactId: number, at = Date.now(), db: CoffeeChatsDb = getDb()) {
  return logInteraction({ contactId, kind: 'thank-you-sent', at }, at, db);
}

export async function listInteractions(contactId: number, db: CoffeeChatsDb = getDb()) {
  return db.interactions.where('[contactId+at]').between([contactId, 0], [contactId, Infinity]).reverse().toArray();
}

export async function listMeetings(contactId: number, db: CoffeeChatsDb = getDb()) {
  return db.meetings.where('contactId').equals(contactId).toArray();
}

/**
 * "Done" for whatever is due next for a contact: logs the message it stands
 * for (thank-you sent, follow-up sent…), or marks a suggestion done, or closes.
 */
export async function completeDue(contactId: number, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<StoredContact> {
  const contact = await db.contacts.get(contactId);
  if (!contact) throw new Error('That contact no longer exists.');
  if (contact.nextDueKind === undefined) throw new Error('Nothing is due for this contact any more.');
  const action = doneActionOf(contact.nextDueKind);
  if (action.logs) return logInteraction({ contactId, kind: action.logs, at: now }, now, db);
  if (action.effect === 'close') {
    return db.transaction('rw', HISTORY_TABLES(db), async () => {
      await db.contacts.update(contactId, { status: 'closed', updatedAt: now });
      return refreshContact(contactId, now, db);
    });
  }
  return dismissDue(contactId, now, db);
}

/** Every meeting, for the interview report. */
export async function listAllMeetings(db: CoffeeChatsDb = getDb()) {
  return (await db.meetings.toArray()) as (Meeting & { id: number })[];
}
