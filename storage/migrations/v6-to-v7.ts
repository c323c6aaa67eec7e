/**
 * v6 → v7, frozen: career paths and courses (issue 15). Contacts and meetings are indexed by the
 * paths they belong to (`*pathUids`, multi-entry), and three tables start empty: `paths` (the career
 * paths explored), `courses` (a course the user teaches or takes, from a course pack) and
 * `submissions` (students' findings a teacher imported). A row without `pathUids` belongs to no path,
 * so the upgrade has nothing to move.
 */
export const SCHEMA_V7 = Object.freeze({
  contacts: '++id, &slug, status, *tags, *pathUids, referredBy, nextDueAt, thankYouOverdueAt, updatedAt, name',
  meetings: '++id, &uid, contactId, heldAt, scheduledAt, *pathUids',
  interactions: '++id, &uid, contactId, [contactId+at], at',
  settings: 'id',
  templates: '++id, kind',
  tasks: '++id, &uid, contactId, meetingUid',
  paths: '++id, &uid, name, courseUid',
  courses: '++id, &uid, role',
  submissions: '++id, &uid, [course.uid+path.uid], importedAt',
});
