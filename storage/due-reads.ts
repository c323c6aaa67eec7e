import { addDays, endOfDay } from 'date-fns';
import { COURSE_DUE_DAYS_AHEAD } from '@/lib/course/due';
import { taskDueAt } from '@/lib/model/due';
import type { StoredContact } from '@/lib/model/contact';
import type { CourseDueDate, StoredCourse } from '@/lib/model/course';
import type { StoredTask } from '@/lib/model/task';
import { getDb, type CoffeeChatsDb } from './db';

/**
 * What is owed, read by index: the popup's list, the badge and the reminders. Reads only, and no
 * schema: the popup's first screen loads this module, Dexie and React, and nothing it does not show.
 * Writes that change what is due are in followups.ts and tasks.ts.
 */

/** Contacts with something due before `until` (everything by default), soonest first. */
export async function listDueFollowUps(until = Number.MAX_SAFE_INTEGER, db: CoffeeChatsDb = getDb()): Promise<StoredContact[]> {
  return (await db.contacts.where('nextDueAt').below(until).toArray()) as StoredContact[];
}

/** Contacts whose next step is a thank-you note (due, overdue or snoozed): few, so filtering them is cheap. */
const owedThankYous = (db: CoffeeChatsDb) => db.contacts.where('thankYouOverdueAt').aboveOrEqual(0);

/**
 * How many thank-you notes are due at `now` (or overdue). One the user snoozed
 * ("remind me tomorrow") does not count until its snooze ends, as the popup
 * lists it under that day too.
 */
export function countDueThankYous(now: number, db: CoffeeChatsDb = getDb()): Promise<number> {
  return owedThankYous(db)
    .filter((contact) => (contact.thankYouDueAt ?? 0) <= now)
    .count();
}

/**
 * The next moment the badge changes by itself: a thank-you turning overdue, or
 * a snoozed one coming due again.
 */
export async function nextBadgeMoment(now: number, db: CoffeeChatsDb = getDb()): Promise<number | undefined> {
  const moments = (await owedThankYous(db).toArray())
    .flatMap((contact) => [contact.thankYouDueAt, contact.thankYouOverdueAt])
    .filter((at): at is number => at !== undefined && at > now);
  return moments.length > 0 ? Math.min(...moments) : undefined;
}

/** How many thank-you notes are late at `now`. */
export function countOverdueThankYous(now: number, db: CoffeeChatsDb = getDb()): Promise<number> {
  return db.contacts.where('thankYouOverdueAt').belowOrEqual(now).count();
}

/** Contacts with something due from `from` on, soonest first, at most `limit` (the popup's "Later"). */
export async function listUpcoming(from: number, limit: number, db: CoffeeChatsDb = getDb()): Promise<StoredContact[]> {
  return (await db.contacts.where('nextDueAt').aboveOrEqual(from).limit(limit).toArray()) as StoredContact[];
}

/** The contacts whose thank-you note is late at `now`. */
export async function listOverdueThankYous(now: number, db: CoffeeChatsDb = getDb()): Promise<StoredContact[]> {
  return (await db.contacts.where('thankYouOverdueAt').belowOrEqual(now).toArray()) as StoredContact[];
}

/** Every task not done yet (few: a handful per conversation), for the popup and the badge. */
export async function listOpenTasks(db: CoffeeChatsDb = getDb()): Promise<StoredTask[]> {
  return (await db.tasks.filter((task) => task.doneAt === undefined).toArray()) as StoredTask[];
}

/** Open tasks with the contact each is on (the popup lists them by name). */
export async function listOpenTasksWithContacts(db: CoffeeChatsDb = getDb()): Promise<{ task: StoredTask; contact: StoredContact }[]> {
  const tasks = await listOpenTasks(db);
  const contacts = await db.contacts.bulkGet([...new Set(tasks.map((t) => t.contactId))]);
  const byId = new Map(contacts.filter((c) => c !== undefined).map((c) => [c.id!, c as StoredContact]));
  return tasks.flatMap((task) => (byId.has(task.contactId) ? [{ task, contact: byId.get(task.contactId)! }] : []));
}

/**
 * What is due today besides thank-you notes (the badge's tooltip names them): each contact's
 * next step due by the end of `today`, and each open task due by then.
 */
export async function listOtherDueToday(endOfToday: number, db: CoffeeChatsDb = getDb()) {
  const [contacts, tasks] = await Promise.all([
    db.contacts.where('nextDueAt').belowOrEqual(endOfToday).filter((c) => c.nextDueKind !== 'thank-you').toArray(),
    listOpenTasksWithContacts(db),
  ]);
  return { contacts: contacts as StoredContact[], tasks: tasks.filter(({ task }) => taskDueAt(task) <= endOfToday) };
}

export type CourseDue = Pick<CourseDueDate, 'label' | 'at'> & { courseName: string };

/** The due dates of the courses taken, from `from` on (say, the start of today), soonest first. */
export async function listCourseDueDates(from: number, db: CoffeeChatsDb = getDb()): Promise<CourseDue[]> {
  const courses = (await db.courses.where('role').equals('taking').toArray()) as StoredCourse[];
  return courses
    .flatMap((course) => course.dueDates.filter((due) => due.at >= from).map((due) => ({ courseName: course.name, label: due.label, at: due.at })))
    .sort((a, b) => a.at - b.at || a.courseName.localeCompare(b.courseName, 'en'));
}

/** How many upcoming contacts the popup lists under "Later". */
const LATER_LIMIT = 5;

/**
 * Everything the popup lists on `day` (its local midnight): each contact's next step due within the
 * week and the next few after it, open tasks, and the due dates of courses taken in the days ahead.
 */
export async function listOwed(day: number, db: CoffeeChatsDb = getDb()) {
  const weekEnd = endOfDay(addDays(day, 7)).getTime();
  const courseEnd = endOfDay(addDays(day, COURSE_DUE_DAYS_AHEAD)).getTime();
  const [due, later, tasks, courseDues] = await Promise.all([
    listDueFollowUps(weekEnd, db),
    listUpcoming(weekEnd, LATER_LIMIT, db),
    listOpenTasksWithContacts(db),
    listCourseDueDates(day, db),
  ]);
  return { contacts: [...due, ...later], tasks, courseDues: courseDues.filter((due) => due.at <= courseEnd).slice(0, 3) };
}
export type Owed = Awaited<ReturnType<typeof listOwed>>;
