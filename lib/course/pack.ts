/**
 * Course packs: the file a teacher exports from the Instructor section and a student imports.
 * The pack carries the course as written (paths, questions with their areas, due dates, what the
 * presentation must contain); reading one checks it whole, so a bad file changes nothing.
 */
import { describeIssue } from '@/lib/backup/issues';
import type { z } from 'zod';
import { COURSE_FILE_VERSION, COURSE_PACK_FORMAT, CoursePackSchema, CoursePatchSchema, CourseSchema, type Course, type CoursePack } from '@/lib/model/course';
import { readCourseFile, type FileResult } from './file';

/** Two paths of one course may not share a uid or a name (each becomes one of the student's paths). */
function consistencyProblems(course: Pick<Course, 'paths'>): string[] {
  const problems: string[] = [];
  const uids = new Set<string>();
  const names = new Set<string>();
  for (const path of course.paths) {
    const name = path.name.toLocaleLowerCase('en');
    if (uids.has(path.uid)) problems.push(`two career paths share the id ${path.uid}`);
    if (names.has(name)) problems.push(`two career paths are both named “${path.name}”`);
    uids.add(path.uid);
    names.add(name);
  }
  return problems;
}

const LIST_LABELS: Record<string, string> = { paths: 'Career path', questions: 'Question', dueDates: 'Due date' };

/** "Career path 2: A career path needs a name" — a problem in the teacher's form, in its words. */
function formProblem(issue: z.core.$ZodIssue): string {
  const [list, index, field] = issue.path;
  const where = typeof list === 'string' && list in LIST_LABELS && typeof index === 'number' ? `${LIST_LABELS[list]} ${index + 1}` : undefined;
  const what = field === 'at' ? 'pick a date' : field === 'target' ? 'conversations to hold must be a whole number from 1 to 100' : issue.message;
  return where ? `${where}: ${what}` : what;
}

/** What is wrong with the fields the teacher changed, in the form's words (undefined when nothing is). */
export function coursePatchProblem(patch: unknown): string | undefined {
  const result = CoursePatchSchema.safeParse(patch);
  const problems = result.success ? (result.data.paths ? consistencyProblems({ paths: result.data.paths }) : []) : result.error.issues.map(formProblem);
  return problems.length > 0 ? `Not saved: ${problems.slice(0, 3).join('; ')}.` : undefined;
}

/** The pack file's text for the teacher's course, or what must be fixed first. */
export function buildCoursePack(course: unknown, now = Date.now()): FileResult<string> {
  const result = CourseSchema.safeParse(course);
  const problems = result.success
    ? [...(result.data.paths.length === 0 ? ['add at least one career path'] : []), ...consistencyProblems(result.data)]
    : result.error.issues.map((issue) => describeIssue(issue, course));
  if (!result.success || problems.length > 0) return { ok: false, message: `The course pack cannot be exported yet: ${problems.slice(0, 3).join('; ')}.` };
  const pack: CoursePack = { format: COURSE_PACK_FORMAT, version: COURSE_FILE_VERSION, exportedAt: now, course: result.data };
  return { ok: true, value: `${JSON.stringify(pack, null, 2)}\n` };
}

/** A course pack file the student picked, checked whole. */
export function parseCoursePack(text: string, byteLength: number): FileResult<CoursePack> {
  const result = readCourseFile(text, byteLength, COURSE_PACK_FORMAT, CoursePackSchema);
  if (!result.ok) return result;
  const problems = consistencyProblems(result.value.course);
  if (problems.length > 0) return { ok: false, message: `This course pack cannot be imported: ${problems.slice(0, 3).join('; ')}.` };
  return result;
}

/** "coffee-chats-course-pack-health-careers-101.json" */
export function coursePackFileName(course: Pick<Course, 'name'>): string {
  return `coffee-chats-course-pack-${fileSlug(course.name)}.json`;
}

export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 40)
    .replace(/-+$/u, '');
  return slug || 'course';
}
