/**
 * Reads a course file (a course pack or a submission) the way a backup is read: everything is
 * checked before anything is stored, and every failure comes back as one sentence naming what is
 * wrong. Never throws.
 */
import type { z } from 'zod';
import { describeIssue, isObject, megabytes, readJsonText } from '@/lib/backup/issues';
import { COURSE_FILE_VERSION, COURSE_PACK_FORMAT, MAX_COURSE_FILE_BYTES, SUBMISSION_FORMAT } from '@/lib/model/course';

export type FileResult<T> = { ok: true; value: T } | { ok: false; message: string };

const NOUNS = { [COURSE_PACK_FORMAT]: 'course pack', [SUBMISSION_FORMAT]: 'submission' } as const;
type CourseFormat = keyof typeof NOUNS;

const SHOWN = 3;

/** A course file of the given format, checked whole: size, JSON, format, version, then every field. */
export function readCourseFile<S extends z.ZodType>(text: string, byteLength: number, format: CourseFormat, schema: S): FileResult<z.infer<S>> {
  const noun = NOUNS[format];
  try {
    if (byteLength > MAX_COURSE_FILE_BYTES) {
      return fail(`The file is ${megabytes(byteLength)} MB; a Coffee Chats ${noun} is at most ${megabytes(MAX_COURSE_FILE_BYTES)} MB.`);
    }
    const read = readJsonText(text);
    if (!read.ok) return fail(read.message ?? `The file is not valid JSON, so it cannot be read as a Coffee Chats ${noun} (it may be damaged or cut off).`);
    const { data } = read;
    if (!isObject(data) || Array.isArray(data) || !('format' in data)) return fail(`This JSON file is not a Coffee Chats ${noun}: it may come from another app.`);
    if (data.format !== format) {
      const other = typeof data.format === 'string' && data.format in NOUNS ? NOUNS[data.format as CourseFormat] : undefined;
      return fail(other ? `This is a Coffee Chats ${other}, not a ${noun}.` : `This JSON file comes from another app, not a Coffee Chats ${noun}.`);
    }
    const version = data.version;
    if (version !== COURSE_FILE_VERSION) {
      if (typeof version === 'number' && Number.isInteger(version) && version > COURSE_FILE_VERSION) {
        return fail(`This ${noun} was made by a newer version of Coffee Chats (format ${version}) — update the extension, then import it again.`);
      }
      if (version === undefined) return fail(`This ${noun} has no format version, so Coffee Chats cannot tell how to read it.`);
      return fail(`This ${noun} has an unknown format version (${JSON.stringify(version).slice(0, 20)}); this version of Coffee Chats reads version ${COURSE_FILE_VERSION}.`);
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => describeIssue(issue, data));
      const shown = problems.slice(0, SHOWN).join('; ');
      const more = problems.length > SHOWN ? `; and ${problems.length - SHOWN} more` : '';
      const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
      return fail(`This ${noun} has ${count}, so it cannot be imported: ${shown}${more}.`);
    }
    return { ok: true, value: result.data };
  } catch {
    return fail(`This file could not be read as a Coffee Chats ${noun}.`);
  }
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
