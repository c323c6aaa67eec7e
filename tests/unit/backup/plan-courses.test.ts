/**
 * Courses and class submissions merged from a backup (lib/backup/plan-courses.ts): two browsers
 * edit the same course on their own, then each imports the other's file.
 */
import { planCourses } from '@/lib/backup/plan-courses';
import { StoredCourseSchema, StoredSubmissionSchema, type StoredCourse, type StoredSubmission } from '@/lib/model/course';
import { course, DAY, submission, T } from '../course/build';

type Row<R> = R & { id: number };

const stored = (extra: Partial<StoredCourse> = {}, id = 1): Row<StoredCourse> => ({
  ...StoredCourseSchema.parse({ ...course(), role: 'taking', createdAt: T, updatedAt: T, fieldsAt: { name: T, term: T, presentation: T }, ...extra }),
  id,
});
const kept = (student: string, submittedAt: number, id = 1): Row<StoredSubmission> => ({
  ...StoredSubmissionSchema.parse({ ...submission(student, { submittedAt }), importedAt: submittedAt }),
  id,
});

/** What a browser holds after importing the other's courses. */
function imported(local: Row<StoredCourse>[], file: Row<StoredCourse>[]): StoredCourse[] {
  const plan = planCourses({ courses: file, submissions: [] }, { courses: local, submissions: [] });
  const result = new Map<string, StoredCourse>(local.map((row) => [row.uid, row]));
  for (const { record } of plan.updated) result.set(record.uid, record);
  for (const row of plan.added) result.set(row.uid, row);
  return [...result.values()];
}

describe('courses from a backup', () => {
  it('adds a course this browser never had, without the file’s id', () => {
    const plan = planCourses({ courses: [stored({}, 7)], submissions: [] }, { courses: [], submissions: [] });
    expect(plan.added).toHaveLength(1);
    expect(plan.added[0]).not.toHaveProperty('id');
    expect(plan.updated).toEqual([]);
  });

  it('merges each field by its later write, and both browsers end with the same course', () => {
    const here = stored({ name: 'Health careers 102', fieldsAt: { name: T + DAY, term: T, presentation: T }, updatedAt: T + DAY }, 1);
    const there = stored({ presentation: 'Ten minutes.', fieldsAt: { name: T, term: T, presentation: T + 2 * DAY }, updatedAt: T + 2 * DAY }, 9);
    const a = imported([here], [there]);
    const b = imported([there], [here]);
    expect(a[0]).toMatchObject({ name: 'Health careers 102', presentation: 'Ten minutes.', term: 'Autumn 2026' });
    const { id: _a, ...left } = a[0] as Row<StoredCourse>;
    const { id: _b, ...right } = b[0] as Row<StoredCourse>;
    expect(left).toEqual(right);
  });

  it('keeps the course taught or taken as it is here, and adds up the submission ids a student was given', () => {
    const here = stored({ role: 'teaching', submissionUids: { 'path-regaffairs': 'sub-mine-0001' } });
    const there = stored({ role: 'taking', submissionUids: { 'path-msl-0001': 'sub-theirs-001', 'path-regaffairs': 'sub-other-0001' } });
    const plan = planCourses({ courses: [there], submissions: [] }, { courses: [here], submissions: [] });
    expect(plan.updated[0]!.record).toMatchObject({ role: 'teaching', submissionUids: { 'path-regaffairs': 'sub-mine-0001', 'path-msl-0001': 'sub-theirs-001' } });
  });

  it('changes nothing when the file has nothing newer', () => {
    const here = stored();
    expect(planCourses({ courses: [stored({}, 5)], submissions: [] }, { courses: [here], submissions: [] }).updated).toEqual([]);
  });
});

describe('class submissions from a backup', () => {
  it('adds new ones, replaces one by a later file of the same uid, keeps one newer here', () => {
    const plan = planCourses(
      { courses: [], submissions: [kept('Ana', T + DAY, 3), kept('Ben', T, 4), kept('Cy', T, 5)] },
      { courses: [], submissions: [kept('Ana', T, 1), kept('Ben', T + DAY, 2)] },
    );
    expect(plan.submissionsAdded.map((s) => s.student.name)).toEqual(['Cy']);
    expect(plan.submissionsReplaced).toEqual([{ id: 1, record: { ...kept('Ana', T + DAY), id: 1 } }]);
  });
});
