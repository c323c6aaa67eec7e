import { describe, expect, it } from 'vitest';
import { buildCoursePack, coursePackFileName, parseCoursePack } from '@/lib/course/pack';
import { MAX_COURSE_FILE_BYTES } from '@/lib/model/course';
import { course, T } from './build';

const packText = (value: unknown) => JSON.stringify(value);
const good = () => ({ format: 'coffee-chats-course-pack', version: 1, exportedAt: T, course: course() });
const parse = (text: string) => parseCoursePack(text, new TextEncoder().encode(text).length);

describe('a course pack', () => {
  it('exports the course as written and reads it back the same', () => {
    const built = buildCoursePack(course(), T);
    expect(built.ok).toBe(true);
    const read = parse((built as { value: string }).value);
    expect(read).toEqual({ ok: true, value: { format: 'coffee-chats-course-pack', version: 1, exportedAt: T, course: course() } });
    expect(coursePackFileName(course({ name: 'Santé & carrières 101' }))).toBe('coffee-chats-course-pack-sante-carrieres-101.json');
  });

  it.each([
    ['no name', course({ name: '  ' }), /name/],
    ['no career path', course({ paths: [] }), /add at least one career path/],
  ])('is not exported with %s, naming what to fix', (_, draft, message) => {
    const built = buildCoursePack(draft, T);
    expect(built.ok).toBe(false);
    expect((built as { message: string }).message).toMatch(message);
  });

  it.each([
    ['bad JSON', '{"format": "coffee-chats-course-pack", "version": 1,', /not valid JSON/],
    ['an empty file', '   ', /empty/],
    ['another app', packText({ format: 'someone-else', version: 1 }), /another app/],
    ['no format at all', packText({ hello: 'world' }), /not a Coffee Chats course pack/],
    ['a list, not a pack', packText([1, 2]), /not a Coffee Chats course pack/],
    ['a submission instead', packText({ format: 'coffee-chats-submission', version: 1 }), /This is a Coffee Chats submission, not a course pack/],
    ['a newer version', packText({ ...good(), version: 2 }), /newer version of Coffee Chats \(format 2\)/],
    ['an unknown version', packText({ ...good(), version: 'one' }), /unknown format version/],
    ['no version', packText({ format: 'coffee-chats-course-pack', course: {} }), /no format version/],
    ['a missing course name', packText({ ...good(), course: { ...course(), name: undefined } }), /course › name — missing/],
    ['a path without a name', packText({ ...good(), course: { ...course(), paths: [{ uid: 'path-x-000001', target: 3 }] } }), /course › paths › 1 › name — missing/],
    ['a question in no known area', packText({ ...good(), course: { ...course(), questions: [{ text: 'Why?', area: 'gossip' }] } }), /course › questions › 1 › area/],
    ['two paths with one name', packText({ ...good(), course: course({ paths: [{ uid: 'path-a-000001', name: 'UX', target: 3 }, { uid: 'path-b-000001', name: 'ux', target: 3 }] }) }), /both named “ux”/],
    ['a forbidden key', '{"format":"coffee-chats-course-pack","version":1,"__proto__":{"x":1}}', /forbidden key/],
  ])('refuses %s with a clear message', (_, text, message) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    expect((result as { message: string }).message).toMatch(message);
  });

  it('refuses a file over the size limit before reading it', () => {
    const result = parseCoursePack('', MAX_COURSE_FILE_BYTES + 1);
    expect(result).toEqual({ ok: false, message: 'The file is 5.1 MB; a Coffee Chats course pack is at most 5 MB.' });
  });

  it('reads a pack saved with a byte-order mark', () => {
    const text = `\uFEFF${(buildCoursePack(course(), T) as { value: string }).value}`;
    expect(parse(text).ok).toBe(true);
  });
});
