import {
  CoursePatchSchema,
  CourseSchema,
  StoredCourseSchema,
  StoredSubmissionSchema,
  type Course,
  type CoursePack,
  type CoursePath,
  type CourseQuestion,
  type StoredCourse,
  type StoredSubmission,
  type Submission,
} from '@/lib/model/course';
import type { StoredCareerPath } from '@/lib/model/career-path';
import { newUid } from '@/lib/model/primitives';
import { getDb, type CoffeeChatsDb } from './db';
import { createPath, getPath, updatePath } from './paths';

/**
 * Courses: the one a teacher writes (kept to edit and export again) and the ones a student took
 * from a pack (the pack's paths become the student's career paths, keeping the teacher's uids), and
 * the submissions a teacher imported for the class view.
 */

type Row<T> = T & { id: number };

export async function listCourses(role: StoredCourse['role'], db: CoffeeChatsDb = getDb()): Promise<Row<StoredCourse>[]> {
  const courses = (await db.courses.where('role').equals(role).toArray()) as Row<StoredCourse>[];
  return courses.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.createdAt - b.createdAt);
}

async function getCourse(uid: string, db: CoffeeChatsDb): Promise<Row<StoredCourse> | undefined> {
  return (await db.courses.where('uid').equals(uid).first()) as Row<StoredCourse> | undefined;
}

/** A new course the user teaches, named; the rest is written in the form afterwards. */
export async function createTeachingCourse(name: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<Row<StoredCourse>> {
  const course = StoredCourseSchema.parse({ uid: newUid(), name, paths: [], questions: [], dueDates: [], role: 'teaching', createdAt: now, updatedAt: now });
  const id = (await db.courses.add(course)) as number;
  return { ...course, id };
}

/** The teacher's edit: only the fields named change (a list the teacher touched is written whole). */
export async function updateTeachingCourse(uid: string, patch: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<Row<StoredCourse>> {
  const valid = CoursePatchSchema.parse(patch);
  return db.transaction('rw', db.courses, async () => {
    const existing = await getCourse(uid, db);
    if (!existing || existing.role !== 'teaching') throw new Error('That course no longer exists.');
    const fieldsAt = { ...existing.fieldsAt };
    for (const key of Object.keys(valid)) fieldsAt[key] = now;
    const next = StoredCourseSchema.parse({ ...existing, ...valid, updatedAt: now, fieldsAt });
    await db.courses.put({ ...next, id: existing.id });
    return { ...next, id: existing.id };
  });
}

export interface PackImport {
  course: Course;
  /** Paths new to this browser, and paths already here that the pack changed. */
  added: string[];
  updated: string[];
  /** Nothing was written: the same pack was imported before. */
  unchanged: boolean;
}

const PATH_FIELDS = ['name', 'why', 'target', 'dueAt'] as const;

function samePathFields(a: Partial<CoursePath> | undefined, b: Partial<CoursePath>, key: (typeof PATH_FIELDS)[number]) {
  return a !== undefined && a[key] === b[key];
}

/**
 * A student imports a course pack. The course is kept (questions, due dates, what the presentation
 * must contain); each of its paths becomes a career path with the teacher's uid, or updates the path
 * already here with that uid — only the fields the teacher changed since the last import, so the
 * student's own edits stay and the same pack imported twice changes nothing. All or nothing: a
 * path whose name clashes with one of the student's own paths stops the import, and nothing changes.
 */
export async function importCoursePack(pack: CoursePack, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<PackImport> {
  const course = CourseSchema.parse(pack.course);
  return db.transaction('rw', [db.courses, db.paths], async () => {
    const existing = await getCourse(course.uid, db);
    if (existing?.role === 'teaching') throw new Error(`You teach “${existing.name}” in this browser: its pack is for your students to import.`);
    const before = new Map((existing?.paths ?? []).map((path) => [path.uid, path]));
    const result: PackImport = { course, added: [], updated: [], unchanged: true };
    for (const path of course.paths) {
      const here = await getPath(path.uid, db);
      if (!here) {
        await createPathFromPack(path, course, now, db);
        result.added.push(path.name);
        continue;
      }
      const previous = before.get(path.uid);
      const patch: Record<string, unknown> = {};
      for (const key of PATH_FIELDS) {
        // A field the pack did not change since the last import is left as the student keeps it.
        if (samePathFields(previous, path, key) || here[key] === path[key]) continue;
        patch[key] = path[key] ?? null;
      }
      if (Object.keys(patch).length > 0) {
        await updatePath(path.uid, patch, now, db);
        result.updated.push(path.name);
      }
    }
    const submissionUids = { ...existing?.submissionUids };
    for (const path of course.paths) submissionUids[path.uid] ??= newUid();
    const next = StoredCourseSchema.parse({ ...course, role: 'taking', submissionUids, createdAt: existing?.createdAt ?? now, updatedAt: now });
    if (!existing || courseContent(existing) !== courseContent(next)) {
      await db.courses.put(existing ? { ...next, id: existing.id } : next);
      result.unchanged = false;
    }
    if (result.added.length > 0 || result.updated.length > 0) result.unchanged = false;
    return result;
  });
}

/** What a course row says, without its bookkeeping (id, times), to tell whether an import changes it. */
function courseContent(course: StoredCourse): string {
  return JSON.stringify([CourseSchema.parse(course), course.role, course.submissionUids]);
}

async function createPathFromPack(path: CoursePath, course: Course, now: number, db: CoffeeChatsDb) {
  try {
    await createPath({ name: path.name, why: path.why, target: path.target, dueAt: path.dueAt, term: course.term || undefined }, now, db, { uid: path.uid, courseUid: course.uid });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason} Rename yours, then import the course pack again.`, { cause: error });
  }
}

export interface TakenCourse {
  course: Row<StoredCourse>;
  /** The course's paths as they are here (a path the student deleted is missing). */
  paths: { coursePath: CoursePath; path: StoredCareerPath | undefined }[];
}

/** The courses the student takes, each with its paths as stored. */
export async function listTakenCourses(db: CoffeeChatsDb = getDb()): Promise<TakenCourse[]> {
  const courses = await listCourses('taking', db);
  const result: TakenCourse[] = [];
  for (const course of courses) {
    const stored = (await db.paths.where('uid').anyOf(course.paths.map((path) => path.uid)).toArray()) as StoredCareerPath[];
    const byUid = new Map(stored.map((path) => [path.uid, path]));
    result.push({ course, paths: course.paths.map((coursePath) => ({ coursePath, path: byUid.get(coursePath.uid) })) });
  }
  return result;
}

/**
 * The questions a course asks for conversations on these paths (a contact's or meeting's
 * `pathUids`): required ones first, each once — what the prep panel can offer beside its own.
 */
export async function courseQuestionsFor(pathUids: readonly string[], db: CoffeeChatsDb = getDb()): Promise<(CourseQuestion & { course: string })[]> {
  if (pathUids.length === 0) return [];
  const paths = (await db.paths.where('uid').anyOf([...pathUids]).toArray()) as StoredCareerPath[];
  const courseUids = [...new Set(paths.map((path) => path.courseUid).filter((uid): uid is string => uid !== undefined))];
  const courses = (await db.courses.where('uid').anyOf(courseUids).toArray()) as StoredCourse[];
  const seen = new Set<string>();
  const questions = courses.flatMap((course) => course.questions.map((question) => ({ ...question, course: course.name }))).filter((question) => {
    const key = question.text.toLocaleLowerCase('en');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...questions.filter((question) => question.required), ...questions.filter((question) => !question.required)];
}

/** This student's submission uid for a path of a course taken (made on the first export, then kept). */
export async function submissionUid(courseUid: string, pathUid: string, db: CoffeeChatsDb = getDb()): Promise<string> {
  return db.transaction('rw', db.courses, async () => {
    const course = await getCourse(courseUid, db);
    if (!course) throw new Error('That course is no longer here.');
    const known = course.submissionUids?.[pathUid];
    if (known) return known;
    const uid = newUid();
    await db.courses.update(course.id, { submissionUids: { ...course.submissionUids, [pathUid]: uid } });
    return uid;
  });
}

export interface SubmissionsImport {
  added: number;
  updated: number;
  unchanged: number;
}

/** Submissions the teacher picked: one row per submission uid; a later file replaces an earlier one. */
export async function importSubmissions(files: readonly { fileName: string; submission: Submission }[], now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<SubmissionsImport> {
  return db.transaction('rw', db.submissions, async () => {
    const result: SubmissionsImport = { added: 0, updated: 0, unchanged: 0 };
    // Within one import, the latest file of each uid wins.
    const latest = new Map<string, { fileName: string; submission: Submission }>();
    for (const file of files) {
      const seen = latest.get(file.submission.uid);
      if (!seen || file.submission.submittedAt > seen.submission.submittedAt) latest.set(file.submission.uid, file);
    }
    const existing = new Map(((await db.submissions.where('uid').anyOf([...latest.keys()]).toArray()) as Row<StoredSubmission>[]).map((row) => [row.uid, row]));
    const rows: StoredSubmission[] = [];
    for (const { fileName, submission } of latest.values()) {
      const before = existing.get(submission.uid);
      if (before && before.submittedAt >= submission.submittedAt) {
        result.unchanged += 1;
        continue;
      }
      const row = StoredSubmissionSchema.parse({ ...submission, importedAt: now, fileName: fileName.slice(0, 500) });
      rows.push(before ? { ...row, id: before.id } : row);
      if (before) result.updated += 1;
      else result.added += 1;
    }
    await db.submissions.bulkPut(rows);
    return result;
  });
}

export async function listSubmissions(db: CoffeeChatsDb = getDb()): Promise<StoredSubmission[]> {
  return (await db.submissions.toArray()) as StoredSubmission[];
}

/** The class submissions handed in for one course. */
export async function submissionsOf(courseUid: string, db: CoffeeChatsDb = getDb()): Promise<Row<StoredSubmission>[]> {
  return (await db.submissions.filter((submission) => submission.course.uid === courseUid).toArray()) as Row<StoredSubmission>[];
}

/**
 * Removes a course and, for one taught, the class submissions handed in for it (`restoreCourse` undoes
 * it). The career paths a course taken added stay: they and their conversations are the student's.
 */
export async function deleteCourse(uid: string, db: CoffeeChatsDb = getDb()) {
  return db.transaction('rw', [db.courses, db.submissions], async () => {
    const course = await getCourse(uid, db);
    if (!course) return undefined;
    const submissions = course.role === 'teaching' ? await submissionsOf(uid, db) : [];
    await db.submissions.bulkDelete(submissions.map((submission) => submission.id));
    await db.courses.delete(course.id);
    return { course, submissions };
  });
}

/** Undoes `deleteCourse`: the course and its class submissions come back as they were. */
export async function restoreCourse(deleted: NonNullable<Awaited<ReturnType<typeof deleteCourse>>>, db: CoffeeChatsDb = getDb()) {
  await db.transaction('rw', [db.courses, db.submissions], async () => {
    if (await getCourse(deleted.course.uid, db)) throw new Error(`The course “${deleted.course.name}” is here again already.`);
    await db.courses.put(deleted.course);
    await db.submissions.bulkPut(deleted.submissions);
  });
}
