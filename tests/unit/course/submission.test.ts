import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { classView } from '@/lib/course/class-view';
import { buildSubmission, parseSubmission, readSubmissionFiles, submissionFileName } from '@/lib/course/submission';
import { MAX_COURSE_FILE_BYTES } from '@/lib/model/course';
import { findings, submission, T } from './build';

const json = (value: unknown) => strToU8(JSON.stringify(value));
const parse = (text: string) => parseSubmission(text, text.length);

describe('a submission', () => {
  const input = { uid: 'sub-ada-regaffairs', course: { uid: 'course-health-101', name: 'Health careers 101' }, path: { uid: 'path-regaffairs', name: 'Regulatory affairs' }, student: 'Ada Lovelace', findings: findings([['Q?', 'a specialist', 'A.']]) };

  it('carries the path’s findings as given, under the student’s name, and reads back the same', () => {
    const built = buildSubmission(input, T);
    expect(built.ok).toBe(true);
    const read = parse((built as { value: string }).value);
    expect(read.ok && read.value).toMatchObject({ uid: 'sub-ada-regaffairs', student: { name: 'Ada Lovelace' }, path: { name: 'Regulatory affairs' }, findings: input.findings });
    expect(submissionFileName('Regulatory affairs', 'Ada Lovelace')).toBe('coffee-chats-submission-regulatory-affairs-ada-lovelace.json');
  });

  it('asks for the student’s name when it is missing', () => {
    expect(buildSubmission({ ...input, student: ' ' }, T)).toEqual({ ok: false, message: 'Type your name first: the teacher needs to know whose submission it is.' });
  });

  it.each([
    ['bad JSON', '{"format":', /not valid JSON/],
    ['a course pack instead', JSON.stringify({ format: 'coffee-chats-course-pack', version: 1 }), /This is a Coffee Chats course pack, not a submission/],
    ['another app', JSON.stringify({ format: 'x', version: 1 }), /another app/],
    ['a newer version', JSON.stringify({ ...submission('Ada'), version: 3 }), /newer version/],
    ['no student', JSON.stringify({ ...submission('Ada'), student: undefined }), /student — missing/],
    ['no findings', JSON.stringify({ ...submission('Ada'), findings: undefined }), /findings — missing/],
    ['a bad path id', JSON.stringify({ ...submission('Ada'), path: { uid: '../x', name: 'X' } }), /path › uid/],
  ])('refuses %s', (_, text, message) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    expect((result as { message: string }).message).toMatch(message);
  });

  it('refuses a file over the size limit', () => {
    expect(parseSubmission('', MAX_COURSE_FILE_BYTES + 1)).toMatchObject({ ok: false, message: expect.stringMatching(/at most 5 MB/) as string });
  });
});

describe('reading many submissions', () => {
  it('reads several JSON files and reports a bad one without dropping the rest', () => {
    const read = readSubmissionFiles([
      { name: 'ada.json', bytes: json(submission('Ada')) },
      { name: 'broken.json', bytes: strToU8('{"format": "coffee') },
      { name: 'notes.txt', bytes: strToU8('hello') },
      { name: 'ben.json', bytes: json(submission('Ben')) },
    ]);
    expect(read.submissions.map((s) => [s.fileName, s.submission.student.name])).toEqual([['ada.json', 'Ada'], ['ben.json', 'Ben']]);
    expect(read.errors.map((e) => e.fileName)).toEqual(['broken.json', 'notes.txt']);
    expect(read.errors[0]!.message).toMatch(/not valid JSON/);
  });

  it('reads every .json of an LMS “download all submissions” zip: Canvas prefixes, Moodle folders, and skips the rest', () => {
    const zip = zipSync({
      // Canvas: one flat folder, each file prefixed with the student's name and ids.
      'lovelaceada_1234_5678_coffee-chats-submission-regulatory-affairs.json': json(submission('Ada Lovelace')),
      // Moodle / Brightspace: a folder per student.
      'Ben Okafor_98765_assignsubmission_file_/coffee-chats-submission.json': json(submission('Ben Okafor')),
      'Cara Diaz - 3 Dec 2026/submission.json': strToU8('not json'),
      'Cara Diaz - 3 Dec 2026/slides.pdf': strToU8('%PDF-1.7'),
      '__MACOSX/._submission.json': strToU8('junk'),
      'index.html': strToU8('<html></html>'),
    });
    const read = readSubmissionFiles([{ name: 'Health careers 101 submissions.zip', bytes: zip }]);
    expect(read.submissions.map((s) => s.submission.student.name).sort()).toEqual(['Ada Lovelace', 'Ben Okafor']);
    expect(read.submissions[0]!.fileName).toMatch(/^Health careers 101 submissions\.zip › /u);
    expect(read.errors).toEqual([{ fileName: 'Health careers 101 submissions.zip › Cara Diaz - 3 Dec 2026/submission.json', message: expect.stringMatching(/not valid JSON/) as string }]);
  });

  it('skips a zip entry that unpacks past the size limit (a zip bomb) and still reads the others', () => {
    const zip = zipSync({ 'bomb.json': new Uint8Array(MAX_COURSE_FILE_BYTES + 10).fill(32), 'ada/ok.json': json(submission('Ada')) }, { level: 9 });
    expect(zip.length).toBeLessThan(MAX_COURSE_FILE_BYTES / 100);
    const read = readSubmissionFiles([{ name: 'all.zip', bytes: zip }]);
    expect(read.submissions.map((s) => s.submission.student.name)).toEqual(['Ada']);
    expect(read.errors).toEqual([{ fileName: 'all.zip › bomb.json', message: expect.stringMatching(/Too large/) as string }]);
  });

  it('says so for a damaged zip or one without submissions', () => {
    const read = readSubmissionFiles([
      { name: 'cut.zip', bytes: zipSync({ 'a.json': json(submission('Ada')) }).slice(0, 40) },
      { name: 'empty.zip', bytes: zipSync({ 'readme.txt': strToU8('hi') }) },
    ]);
    expect(read.submissions).toEqual([]);
    expect(read.errors.map((e) => e.message)).toEqual([expect.stringMatching(/damaged or not a zip/), 'The zip holds no .json files.']);
  });
});

describe('the class view', () => {
  it('groups by course and path, counts students and conversations, and puts each student’s answers to a question side by side', () => {
    const other = submission('Cleo', { uid: 'sub-cleo-msl', path: { uid: 'path-msl-0001', name: 'Medical science liaison' } });
    const ben = submission('Ben', { findings: findings([['what does a typical week look like', 'a reviewer at an agency', 'Reading dossiers'], ['Who else?', 'a reviewer at an agency', 'Ask Dana']], 2) });
    const [course] = classView([ben, submission('Ada'), other]);
    expect(course!.name).toBe('Health careers 101');
    expect(course!.paths.map((p) => [p.name, p.students, p.conversations])).toEqual([
      ['Medical science liaison', ['Cleo'], 1],
      ['Regulatory affairs', ['Ada', 'Ben'], 3],
    ]);
    const week = course!.paths[1]!.areas[0]!.questions[0]!;
    expect(week.text).toBe('What does a typical week look like?');
    expect(week.students).toEqual([
      { student: 'Ada', answers: [{ person: 'a regulatory specialist at a medical-device maker', text: 'Ada: submissions and meetings' }] },
      { student: 'Ben', answers: [{ person: 'a reviewer at an agency', text: 'Reading dossiers' }] },
    ]);
    expect(course!.paths[1]!.areas[0]!.questions[1]!.students.map((s) => s.student)).toEqual(['Ben']);
  });
});

describe('a zip whose headers lie about the size', () => {
  it('unpacks no more than the header declares, so a lying zip bomb cannot fill the memory', () => {
    const zip = zipSync({ 'bomb.json': new Uint8Array(MAX_COURSE_FILE_BYTES * 4).fill(32) }, { level: 9 });
    // Patch the declared uncompressed size (local header at 22, central directory entry at 24) to 100 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(22, 100, true);
    let central = zip.length - 4;
    while (view.getUint32(central, true) !== 0x02014b50) central -= 1;
    view.setUint32(central + 24, 100, true);
    const read = readSubmissionFiles([{ name: 'liar.zip', bytes: zip }]);
    expect(read.submissions).toEqual([]);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]!.fileName).toBe('liar.zip › bomb.json');
  });
});
