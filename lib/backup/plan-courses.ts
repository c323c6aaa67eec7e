/**
 * Courses and submissions in a backup against the ones this browser has. A course is matched by its
 * uid (the course pack's, the same in every browser) and merged field by field, the later write
 * winning; the submission uids a student was given add up, and whether the course is taught or taken
 * stays as it is here. A submission is matched by its uid, and the later one (a re-submitted file)
 * wins, as when it is imported from its file. A course or submission this browser never had is added.
 * Pure: the storage layer reads the rows and writes what this decides.
 */
import { COURSE_WRITTEN_FIELDS, type StoredCourse, type StoredSubmission } from '@/lib/model/course';
import { mergeFields } from './field-times';
import { omitId } from './format';

type Row<T> = T & { id: number };

export interface CoursesPlan {
  /** Courses new to this browser, as they will be added (no id). */
  added: StoredCourse[];
  /** Courses both have, with what the backup wrote later merged in. */
  updated: { id: number; record: Row<StoredCourse> }[];
  submissionsAdded: StoredSubmission[];
  /** Submissions both have, where the backup's was submitted later. */
  submissionsReplaced: { id: number; record: Row<StoredSubmission> }[];
}

export function planCourses(
  incoming: { courses: readonly StoredCourse[]; submissions: readonly StoredSubmission[] },
  local: { courses: readonly Row<StoredCourse>[]; submissions: readonly Row<StoredSubmission>[] },
): CoursesPlan {
  const courses = new Map(local.courses.map((course) => [course.uid, course]));
  const plan: CoursesPlan = { added: [], updated: [], submissionsAdded: [], submissionsReplaced: [] };
  for (const course of incoming.courses.map(omitId)) {
    const mine = courses.get(course.uid);
    // The file's parser refuses two courses with one uid; should one slip through, the first counts.
    if (mine?.id === -1) continue;
    if (mine === undefined) {
      courses.set(course.uid, { ...course, id: -1 });
      plan.added.push(course);
      continue;
    }
    const { record, taken } = mergeFields<Row<StoredCourse>>(mine, { ...course, id: mine.id, role: mine.role }, COURSE_WRITTEN_FIELDS);
    const submissionUids = { ...course.submissionUids, ...mine.submissionUids };
    const moreUids = Object.keys(submissionUids).length > Object.keys(mine.submissionUids ?? {}).length;
    if (taken.length > 0 || moreUids) plan.updated.push({ id: mine.id, record: moreUids ? { ...record, submissionUids } : record });
  }
  const submissions = new Map(local.submissions.map((submission) => [submission.uid, submission]));
  for (const submission of incoming.submissions.map(omitId)) {
    const mine = submissions.get(submission.uid);
    if (mine?.id === -1) continue;
    if (mine === undefined) {
      submissions.set(submission.uid, { ...submission, id: -1 });
      plan.submissionsAdded.push(submission);
    } else if (submission.submittedAt > mine.submittedAt) {
      plan.submissionsReplaced.push({ id: mine.id, record: { ...submission, id: mine.id } });
    }
  }
  return plan;
}
