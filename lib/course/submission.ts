/**
 * Submissions: one file per path a student hands in (that path's findings, anonymised as the
 * student chose), and reading many of them at once — several files, or the single zip that a
 * learning-management system makes with "download all submissions" (Canvas prefixes each file with
 * the student's name, Moodle and Brightspace put it in a folder per student).
 */
import { unzipSync } from 'fflate';
import type { Findings } from '@/lib/model/findings';
import {
  COURSE_FILE_VERSION,
  MAX_COURSE_FILE_BYTES,
  MAX_SUBMISSIONS_ZIP_BYTES,
  SUBMISSION_FORMAT,
  SubmissionSchema,
  type Course,
  type CoursePath,
  type Submission,
} from '@/lib/model/course';
import { megabytes } from '@/lib/backup/issues';
import { readCourseFile, type FileResult } from './file';
import { fileSlug } from './pack';

/** The most submission files read from one zip. */
export const MAX_ZIP_ENTRIES = 2_000;

export interface SubmissionInput {
  /** Stays the same each time this student exports this path, so a re-submitted file replaces the earlier one. */
  uid: string;
  course: Pick<Course, 'uid' | 'name'>;
  path: Pick<CoursePath, 'uid' | 'name'>;
  student: string;
  /** The findings as they leave the machine: the anonymised copy when the student chose it. */
  findings: Findings;
}

/** The submission file's text, or what is missing (say, the student's name). */
export function buildSubmission(input: SubmissionInput, now = Date.now()): FileResult<string> {
  const submission = {
    format: SUBMISSION_FORMAT,
    version: COURSE_FILE_VERSION,
    uid: input.uid,
    submittedAt: now,
    course: { uid: input.course.uid, name: input.course.name },
    path: { uid: input.path.uid, name: input.path.name },
    student: { name: input.student },
    findings: input.findings,
  };
  const result = SubmissionSchema.safeParse(submission);
  if (!result.success) {
    const first = result.error.issues[0];
    return { ok: false, message: first?.path[0] === 'student' ? 'Type your name first: the teacher needs to know whose submission it is.' : `The submission cannot be made: ${first?.message ?? 'it is not valid'}.` };
  }
  return { ok: true, value: `${JSON.stringify(result.data, null, 2)}\n` };
}

/** "coffee-chats-submission-regulatory-affairs-ada-lovelace.json" */
export function submissionFileName(pathName: string, student: string): string {
  return `coffee-chats-submission-${fileSlug(pathName)}-${fileSlug(student)}.json`;
}

export function parseSubmission(text: string, byteLength: number): FileResult<Submission> {
  return readCourseFile(text, byteLength, SUBMISSION_FORMAT, SubmissionSchema);
}

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SubmissionsRead {
  submissions: { fileName: string; submission: Submission }[];
  /** Each file (or zip entry) that could not be read, and why; the others are still read. */
  errors: { fileName: string; message: string }[];
}

const decoder = new TextDecoder('utf-8');

function isZip(file: PickedFile): boolean {
  const [a, b, c, d] = file.bytes;
  return /\.zip$/iu.test(file.name) || (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04);
}

/** Checked on a picked file's size before it is read into memory: why it is refused, if it is. */
export function pickedFileTooLarge(name: string, size: number): string | undefined {
  if (/\.zip$/iu.test(name)) return size > MAX_SUBMISSIONS_ZIP_BYTES ? `The zip is ${megabytes(size)} MB; at most ${megabytes(MAX_SUBMISSIONS_ZIP_BYTES)} MB is read.` : undefined;
  return size > MAX_COURSE_FILE_BYTES ? `The file is ${megabytes(size)} MB; a Coffee Chats submission is at most ${megabytes(MAX_COURSE_FILE_BYTES)} MB.` : undefined;
}

/** A folder of the zip's own making (macOS resource forks, hidden files): not a student's file. */
function isJunk(name: string): boolean {
  return name.split('/').some((part) => part === '__MACOSX' || part.startsWith('.'));
}

/** Reads every submission among the files picked: JSON files, and every .json inside a zip. */
export function readSubmissionFiles(files: readonly PickedFile[]): SubmissionsRead {
  const read: SubmissionsRead = { submissions: [], errors: [] };
  const readJson = (fileName: string, bytes: Uint8Array) => {
    const result = bytes.length > MAX_COURSE_FILE_BYTES ? parseSubmission('', bytes.length) : parseSubmission(decoder.decode(bytes), bytes.length);
    if (result.ok) read.submissions.push({ fileName, submission: result.value });
    else read.errors.push({ fileName, message: result.message });
  };
  for (const file of files) {
    if (isZip(file)) readZip(file, read, readJson);
    else if (/\.json$/iu.test(file.name)) readJson(file.name, file.bytes);
    else read.errors.push({ fileName: file.name, message: 'Not a submission: pick the .json files or the .zip of all submissions.' });
  }
  return read;
}

function readZip(file: PickedFile, read: SubmissionsRead, readJson: (fileName: string, bytes: Uint8Array) => void) {
  const tooLarge = pickedFileTooLarge('.zip', file.bytes.length);
  if (tooLarge) {
    read.errors.push({ fileName: file.name, message: tooLarge });
    return;
  }
  const tooBig: string[] = [];
  let total = 0;
  let count = 0;
  let entries: Record<string, Uint8Array>;
  try {
    // Only .json entries are inflated, each into a buffer no larger than the size its header
    // declares (fflate writes no further), and only while the declared sizes stay within bounds:
    // a zip bomb is refused before it is unpacked.
    entries = unzipSync(file.bytes, {
      filter: (entry) => {
        if (!/\.json$/iu.test(entry.name) || isJunk(entry.name)) return false;
        if (entry.originalSize > MAX_COURSE_FILE_BYTES || entry.size > MAX_COURSE_FILE_BYTES) {
          tooBig.push(entry.name);
          return false;
        }
        if (count >= MAX_ZIP_ENTRIES || total + entry.originalSize > MAX_SUBMISSIONS_ZIP_BYTES) {
          tooBig.push(entry.name);
          return false;
        }
        count += 1;
        total += entry.originalSize;
        return true;
      },
    });
  } catch {
    read.errors.push({ fileName: file.name, message: 'The zip is damaged or not a zip file, so nothing in it was read.' });
    return;
  }
  for (const name of tooBig) read.errors.push({ fileName: `${file.name} › ${name}`, message: `Too large to be a submission (over ${megabytes(MAX_COURSE_FILE_BYTES)} MB, or past what one import reads), so it was skipped.` });
  const names = Object.keys(entries).sort();
  if (names.length === 0 && tooBig.length === 0) read.errors.push({ fileName: file.name, message: 'The zip holds no .json files.' });
  for (const name of names) readJson(`${file.name} › ${name}`, entries[name]!);
}
