import { getDb, type CoffeeChatsDb } from './db';
import { doneActionOf } from '@/lib/model/due';
import { newUid } from '@/lib/model/primitives';
import { dismissDue, refreshContact } from './followups';
import { stampContact, stampInteraction, stampMeeting } from './field-times';
import { scheduledMeetingOf } from './schedule';
import { InteractionSchema, MeetingSchema, type Interaction, type Meeting } from '@/lib/model/history';
import { type StoredContact } from '@/lib/model/contact';

/** Repository verbs for what happened with a contact: interactions and meetings. */

const HISTORY_TABLES = (db: CoffeeChatsDb) => [db.contacts, db.meetings, db.interactions, db.settings];

/** Logs one interaction (request sent, reply received, note…); status and what is due follow. */
export async function logInteraction(input: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<StoredContact> {
  const interaction = stampInteraction(undefined, InteractionSchema.parse({ uid: newUid(), ...(input as object) }), now);
  return db.transaction('rw', HISTORY_TABLES(db), async () => {
    if (!(await db.contacts.get(interaction.contactId))) throw new Error('That contact no longer exists.');
    await db.interactions.add(interaction);
    return refreshContact(interaction.contactId, now, db, { rederiveStatus: interaction.kind !== 'note' });
  });
}

/**
 * Records a meeting held now; a thank-you becomes due. On a contact with a conversation
 * scheduled, that meeting is the one logged: it keeps its mode, length and place, and was held
 * at its scheduled time (or now, if that is still to come — it happened early).
 */
export async function logMeeting(contactId: number, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  return db.transaction('rw', HISTORY_TABLES(db), async () => {
    if (!(await db.contacts.get(contactId))) throw new Error('That contact no longer exists.');
    const scheduled = await scheduledMeetingOf(contactId, db);
    const heldAt = scheduled?.scheduledAt !== undefined && scheduled.scheduledAt <= now ? scheduled.scheduledAt : now;
    const meeting = stampMeeting(scheduled, MeetingSchema.parse({ ...(scheduled ?? { uid: newUid(), contactId }), heldAt }), now);
    const meetingId = (await db.meetings.put(meeting)) as number;
    await db.interactions.add(stampInteraction(undefined, InteractionSchema.parse({ uid: newUid(), contactId, kind: 'meeting', at: heldAt }), now));
    const contact = await refreshContact(contactId, now, db, { rederiveStatus: true });
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
  if (action.effect === 'log-meeting') return (await logMeeting(contactId, now, db)).contact;
  if (action.effect === 'close') {
    return db.transaction('rw', HISTORY_TABLES(db), async () => {
      const current = await db.contacts.get(contactId);
      if (current) await db.contacts.put(stampContact(current, { ...current, status: 'closed', updatedAt: now }, now));
      return refreshContact(contactId, now, db);
    });
  }
  return dismissDue(contactId, now, db);
}

/** Every meeting, for the interview report. */
export async function listAllMeetings(db: CoffeeChatsDb = getDb()) {
  return (await db.meetings.toArray()) as (Meeting & { id: number })[];
}

/** A meeting or interaction taken out of the history, kept so the deletion can be undone. */
export interface DeletedHistory {
  contactId: number;
  meetings: (Meeting & { id: number })[];
  interactions: (Interaction & { id: number })[];
}

/**
 * Deletes one meeting, with the "meeting" entry logged with it; status and what is due follow
 * (a thank-you no longer owed disappears). Undo with `restoreHistory`.
 */
export async function deleteMeeting(meetingId: number, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<DeletedHistory> {
  return db.transaction('rw', HISTORY_TABLES(db), async () => {
    const meeting = (await db.meetings.get(meetingId)) as (Meeting & { id: number }) | undefined;
    if (!meeting) throw new Error('That meeting no longer exists.');
    const logged =
      meeting.heldAt === undefined
        ? []
        : ((await db.interactions.where('[contactId+at]').equals([meeting.contactId, meeting.heldAt]).filter((i) => i.kind === 'meeting').limit(1).toArray()) as (Interaction & { id: number })[]);
    await db.meetings.delete(meetingId);
    await db.interactions.bulkDelete(logged.map((i) => i.id));
    await refreshContact(meeting.contactId, now, db, { rederiveStatus: true });
    return { contactId: meeting.contactId, meetings: [meeting], interactions: logged };
  });
}

/** Deletes one logged interaction ("Mark request sent" by mistake); status and what is due follow. */
export async function deleteInteraction(interactionId: number, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<DeletedHistory> {
  return db.transaction('rw', HISTORY_TABLES(db), async () => {
    const interaction = (await db.interactions.get(interactionId)) as (Interaction & { id: number }) | undefined;
    if (!interaction) throw new Error('That entry no longer exists.');
    await db.interactions.delete(interactionId);
    await refreshContact(interaction.contactId, now, db, { rederiveStatus: interaction.kind !== 'note' });
    return { contactId: interaction.contactId, meetings: [], interactions: [interaction] };
  });
}

/** Undo for deleteMeeting and deleteInteraction: the same records under their old ids. Says why if it cannot. */
export async function restoreHistory(deleted: DeletedHistory, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<StoredContact> {
  return db.transaction('rw', HISTORY_TABLES(db), async () => {
    if (!(await db.contacts.get(deleted.contactId))) throw new Error('The contact was deleted since, so this cannot come back.');
    try {
      await db.meetings.bulkAdd(deleted.meetings.map((m) => MeetingSchema.parse(m)));
      await db.interactions.bulkAdd(deleted.interactions.map((i) => InteractionSchema.parse(i)));
    } catch {
      throw new Error('It was already put back, or another record took its place.');
    }
    return refreshContact(deleted.contactId, now, db, { rederiveStatus: true });
  });
}
