import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCoursePack, parseCoursePack } from '@/lib/course/pack';
import { readSubmissionFiles } from '@/lib/course/submission';
import { AREAS } from '@/lib/model/prep';
import type { Course } from '@/lib/model/course';

const uid = fc.stringMatching(/^[0-9A-Za-z-]{8,40}$/u);
const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim() === s && s.length > 0);
const day = fc.integer({ min: 0, max: Date.UTC(2199, 0, 1) });

const courseArb: fc.Arbitrary<Course> = fc.record({
  uid,
  name: text(200),
  paths: fc.uniqueArray(fc.record({ uid, name: text(120), target: fc.integer({ min: 1, max: 100 }), why: fc.option(text(500), { nil: undefined }), dueAt: fc.option(day, { nil: undefined }) }), {
    minLength: 1,
    maxLength: 5,
    selector: (path) => path.name.toLocaleLowerCase('en'),
  }).filter((paths) => new Set(paths.map((path) => path.uid)).size === paths.length),
  questions: fc.array(fc.record({ text: text(500), area: fc.constantFrom(...AREAS), required: fc.boolean() }), { maxLength: 5 }),
  dueDates: fc.array(fc.record({ uid, label: text(200), at: day }), { maxLength: 3 }),
}).map((course) => ({ ...course, paths: course.paths.map(({ why, dueAt, ...path }) => ({ ...path, ...(why === undefined ? {} : { why }), ...(dueAt === undefined ? {} : { dueAt }) })) }));

describe('course files, whatever they hold', () => {
  it('a pack the teacher exports reads back as the same course', () => {
    fc.assert(
      fc.property(courseArb, (course) => {
        const built = buildCoursePack(course, 0);
        expect(built.ok).toBe(true);
        const text = (built as { value: string }).value;
        const read = parseCoursePack(text, new TextEncoder().encode(text).length);
        expect(read.ok && read.value.course).toEqual(course);
      }),
    );
  });

  it('reading picked files never throws, and every file is either read or named with a reason', () => {
    const file = fc.record({ name: fc.constantFrom('a.json', 'b.zip', 'c.txt', 'd.JSON'), bytes: fc.uint8Array({ maxLength: 200 }) });
    fc.assert(
      fc.property(fc.array(file, { maxLength: 4 }), fc.boolean(), (files, zipped) => {
        const picked = zipped ? [{ name: 'all.zip', bytes: zipSync(Object.fromEntries(files.map((f, i) => [`s${i}/${f.name}`, f.bytes]))) }] : files;
        const read = readSubmissionFiles(picked);
        expect(read.submissions).toEqual([]);
        if (!zipped) expect(read.errors.map((error) => error.fileName)).toEqual(files.map((f) => f.name));
        else expect(read.errors.length).toBeGreaterThan(0);
      }),
    );
  });
});
