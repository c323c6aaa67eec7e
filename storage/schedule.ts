import { getDb, type CoffeeChatsDb } from './db';
import { refreshContact } from './followups';
import { newUid } from '@/lib/model/primitives';
import { MeetingSchema, ScheduleSchema, type StoredMeeting } from '@/lib/model/history';
import type { StoredContact } from '@/lib/model/contact';

/** Repository verbs for the conversation agreed after a reply: schedule, reschedule, cancel. */

const TABLES = (db: CoffeeChatsDb) => [db.contacts, db.meetings, db.interactions, db.settings];

/** The contact's scheduled conversation not yet logged as held, if any. */
export async function scheduledMeetingOf(contactId: number, db: CoffeeChatsDb = getDb()): Promise<StoredMeeting | undefined> {
  const open = await db.meetings
    .where('contactId')
    .equals(contactId)
    .filter((m) => m.heldAt === undefined && m.scheduledAt !== undefined)
    .sortBy('scheduledAt');
  return open.at(-1) as StoredMeeting | undefined;
}

/**
 * Records the agreed time, how, where and how long. Sent again, it reschedules the same
 * conversation (only the fields given change); the status becomes "scheduled", and preparing
 * and logging follow the new time.
 */
export async function scheduleMeeting(input: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  const { contactId, ...when } = ScheduleSchema.parse(input);
  return db.transaction('rw', TABLES(db), async () => {
    if (!(await db.contacts.get(contactId))) throw new Error('That contact no longer exists.');
    const existing = await scheduledMeetingOf(contactId, db);
    const meeting = MeetingSchema.parse({
      ...(existing ?? { uid: newUid(), contactId }),
      scheduledAt: when.at,
      mode: when.mode ?? existing?.mode,
      durationMin: when.durationMin ?? existing?.durationMin,
      place: when.place ?? existing?.place,
      updatedAt: now,
    });
    const meetingId = (await db.meetings.put(meeting)) as number;
    const contact = await refreshContact(contactId, now, db, { rederiveStatus: true });
    return { contact, meeting: { ...meeting, id: meetingId } as StoredMeeting };
  });
}

/** Cancels the scheduled conversation: the contact is back to "replied", with "schedule" next. */
export async function cancelSchedule(contactId: number, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<StoredContact> {
  return db.transaction('rw', TABLES(db), async () => {
    const existing = await scheduledMeetingOf(contactId, db);
    if (!existing) throw new Error('Nothing is scheduled with this contact.');
    await db.meetings.delete(existing.id);
    return refreshContact(contactId, now, db, { rederiveStatus: true });
  });
}
