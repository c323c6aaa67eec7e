/**
 * v5 → v6, frozen: a `tasks` table for the next actions promised in a conversation ("send Maya
 * my portfolio"), each on one contact, from one meeting's debrief. Nothing existing changes, so
 * the upgrade has nothing to move: the new table starts empty.
 */
export const SCHEMA_V6 = Object.freeze({
  contacts: '++id, &slug, status, *tags, referredBy, nextDueAt, thankYouOverdueAt, updatedAt, name',
  meetings: '++id, &uid, contactId, heldAt, scheduledAt',
  interactions: '++id, &uid, contactId, [contactId+at], at',
  settings: 'id',
  templates: '++id, kind',
  tasks: '++id, &uid, contactId, meetingUid',
});
