import { describe, expect, it } from 'vitest';
import type { CoursePack } from '@/lib/model/course';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import {
  courseQuestionsFor,
  createTeachingCourse,
  deleteCourse,
  importCoursePack,
  importSubmissions,
  listSubmissions,
  listTakenCourses,
  restoreCourse,
  submissionUid,
  updateTeachingCourse,
} from '@/storage/courses';
import { listCourseDueDates } from '@/storage/due-reads';
import { createPath, listPaths, updatePath } from '@/storage/paths';
import { course, DAY, submission, T } from '../course/build';

let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`courses-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const pack = (extra: Parameters<typeof course>[0] = {}): CoursePack => ({ format: 'coffee-chats-course-pack', version: 1, exportedAt: T, course: course(extra) });

describe('a student imports a course pack', () => {
  it('gets the course’s paths as career paths with the teacher’s uids, and its questions and due dates', async () => {
    const result = await importCoursePack(pack(), T, db);
    expect(result).toMatchObject({ added: ['Regulatory affairs', 'Medical science liaison'], updated: [], unchanged: false });
    const paths = await listPaths({}, db);
    expect(paths.map((p) => [p.uid, p.name, p.courseUid, p.target, p.term])).toEqual([
      ['path-msl-0001', 'Medical science liaison', 'course-health-101', 4, 'Autumn 2026'],
      ['path-regaffairs', 'Regulatory affairs', 'course-health-101', 3, 'Autumn 2026'],
    ]);
    const [taken] = await listTakenCourses(db);
    expect(taken!.course).toMatchObject({ role: 'taking', name: 'Health careers 101', presentation: expect.stringContaining('Five slides') as string });
    expect(taken!.paths.map((p) => p.path?.name)).toEqual(['Regulatory affairs', 'Medical science liaison']);
    expect(await courseQuestionsFor(['path-regaffairs'], db)).toEqual(course().questions.map((question) => ({ ...question, course: 'Health careers 101' })));
    expect(await courseQuestionsFor(['some-other-path'], db)).toEqual([]);
    expect(await listCourseDueDates(T, db)).toEqual([{ courseName: 'Health careers 101', label: 'Presentation', at: T + 5 * DAY }]);
    expect(await listCourseDueDates(T + 6 * DAY, db)).toEqual([]);
  });

  it('changes nothing when the same pack is imported twice', async () => {
    await importCoursePack(pack(), T, db);
    const before = { paths: await db.paths.toArray(), courses: await db.courses.toArray() };
    const again = await importCoursePack(pack(), T + DAY, db);
    expect(again).toMatchObject({ added: [], updated: [], unchanged: true });
    expect({ paths: await db.paths.toArray(), courses: await db.courses.toArray() }).toEqual(before);
  });

  it('on a newer pack updates what the teacher changed and keeps what the student changed', async () => {
    await importCoursePack(pack(), T, db);
    await updatePath('path-regaffairs', { why: 'My own reason' }, T + DAY, db);
    const changed = course();
    changed.paths[0] = { ...changed.paths[0]!, target: 5 };
    changed.paths.push({ uid: 'path-bioprocess', name: 'Bioprocess engineering', target: 3 });
    const result = await importCoursePack({ ...pack(), course: changed }, T + 2 * DAY, db);
    expect(result).toMatchObject({ added: ['Bioprocess engineering'], updated: ['Regulatory affairs'] });
    const reg = (await listPaths({}, db)).find((p) => p.uid === 'path-regaffairs')!;
    expect([reg.target, reg.why]).toEqual([5, 'My own reason']);
    expect(await db.paths.count()).toBe(3);
  });

  it('stops, changing nothing, when a path’s name clashes with one of the student’s own', async () => {
    await createPath({ name: 'Medical Science Liaison' }, T, db);
    await expect(importCoursePack(pack(), T, db)).rejects.toThrow(/already have a career path named “Medical Science Liaison”.*Rename yours/);
    expect((await listPaths({}, db)).map((p) => p.name)).toEqual(['Medical Science Liaison']);
    expect(await db.courses.count()).toBe(0);
  });

  it('keeps one submission uid per path, so a re-submitted file replaces the earlier one', async () => {
    await importCoursePack(pack(), T, db);
    const first = await submissionUid('course-health-101', 'path-regaffairs', db);
    expect(await submissionUid('course-health-101', 'path-regaffairs', db)).toBe(first);
    expect(await submissionUid('course-health-101', 'path-msl-0001', db)).not.toBe(first);
  });
});

describe('the teacher’s course', () => {
  it('is kept to edit later; an edit changes only the fields it names', async () => {
    const created = await createTeachingCourse('Health careers 101', T, db);
    await updateTeachingCourse(created.uid, { presentation: 'Five slides' }, T + DAY, db);
    await updateTeachingCourse(created.uid, { paths: course().paths }, T + 2 * DAY, db);
    const stored = await db.courses.get(created.id);
    expect(stored).toMatchObject({ name: 'Health careers 101', presentation: 'Five slides', paths: course().paths, role: 'teaching' });
    await expect(importCoursePack({ ...pack(), course: { ...course(), uid: created.uid } }, T, db)).rejects.toThrow(/You teach/);
  });
});

describe('the teacher imports submissions', () => {
  it('keeps one row per submission: the same file twice changes nothing, a later one replaces it', async () => {
    const ada = submission('Ada');
    expect(await importSubmissions([{ fileName: 'a.json', submission: ada }, { fileName: 'b.json', submission: submission('Ben') }], T, db)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await importSubmissions([{ fileName: 'a.json', submission: ada }], T + 1, db)).toEqual({ added: 0, updated: 0, unchanged: 1 });
    const later = { ...ada, submittedAt: T + DAY, findings: { ...ada.findings, funnel: { ...ada.findings.funnel, conversations: 3 } } };
    expect(await importSubmissions([{ fileName: 'a2.json', submission: later }], T + 2, db)).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const stored = await listSubmissions(db);
    expect(stored).toHaveLength(2);
    expect(stored.find((s) => s.uid === ada.uid)).toMatchObject({ fileName: 'a2.json', findings: { funnel: { conversations: 3 } } });
  });
});

describe('deleting a course', () => {
  it('takes a taught course’s class submissions with it, and restoring brings both back as they were', async () => {
    const taught = await createTeachingCourse('Health careers 101', T, db);
    await importSubmissions([{ fileName: 'a.json', submission: submission('Ana Silva', { course: { uid: taught.uid, name: taught.name } }) }, { fileName: 'b.json', submission: submission('Ben Okoro') }], T, db);
    const before = { courses: await db.courses.toArray(), submissions: await db.submissions.toArray() };
    const deleted = await deleteCourse(taught.uid, db);
    expect(deleted?.submissions.map((s) => s.student.name)).toEqual(['Ana Silva']);
    expect(await db.courses.count()).toBe(0);
    // A submission for another course stays.
    expect((await listSubmissions(db)).map((s) => s.student.name)).toEqual(['Ben Okoro']);
    await restoreCourse(deleted!, db);
    expect({ courses: await db.courses.toArray(), submissions: await db.submissions.toArray() }).toEqual(before);
  });

  it('leaves a taken course’s career paths, and says when the course is back already', async () => {
    await importCoursePack({ format: 'coffee-chats-course-pack', version: 1, exportedAt: T, course: course() }, T, db);
    const paths = await listPaths({}, db);
    const deleted = await deleteCourse(course().uid, db);
    expect(await listPaths({}, db)).toEqual(paths);
    await importCoursePack({ format: 'coffee-chats-course-pack', version: 1, exportedAt: T, course: course() }, T + 1, db);
    await expect(restoreCourse(deleted!, db)).rejects.toThrow('The course “Health careers 101” is here again already.');
    expect(await deleteCourse('no-such-course', db)).toBeUndefined();
  });
});
