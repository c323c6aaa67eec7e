/**
 * Reads a backup file the user picked. Everything is checked here, before the import is
 * planned, so a bad file never writes half its records. Never throws: each failure comes
 * back as a sentence the options page shows as it is.
 */
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupSchema,
  MAX_BACKUP_BYTES,
  type Backup,
} from './format';
import { describeIssue, isObject, megabytes, problemsMessage, readJsonText, recordLabel } from './issues';

export { MAX_BACKUP_BYTES } from './format';

export type ParseResult = { ok: true; backup: Backup } | { ok: false; message: string };


export function parseBackupFile(text: string, byteLength: number): ParseResult {
  try {
    return parse(text, byteLength);
  } catch {
    // Nothing below should throw; if it does, the user still gets an answer, not a stack.
    return fail('This file could not be read as a Coffee Chats backup.');
  }
}

function parse(text: string, byteLength: number): ParseResult {
  if (byteLength > MAX_BACKUP_BYTES) {
    return fail(`The file is ${megabytes(byteLength)} MB; a Coffee Chats backup is at most ${megabytes(MAX_BACKUP_BYTES)} MB.`);
  }
  const read = readJsonText(text);
  if (!read.ok) return fail(read.message ?? notJsonMessage(read.notJson ?? ''));
  const { data } = read;

  if (!isObject(data) || Array.isArray(data) || !('format' in data)) {
    return fail('This JSON file is not a Coffee Chats backup: it may come from another app.');
  }
  if (data.format !== BACKUP_FORMAT) {
    return fail('This JSON file comes from another app, not Coffee Chats.');
  }
  const versionProblem = checkVersion(data.version);
  if (versionProblem) return fail(versionProblem);

  const result = BackupSchema.safeParse(data);
  if (!result.success) {
    return fail(problemsMessage(result.error.issues.map((issue) => describeIssue(issue, data))));
  }
  const problems = consistencyProblems(result.data);
  if (problems.length > 0) return fail(problemsMessage(problems));
  return { ok: true, backup: result.data };
}

function fail(message: string): ParseResult {
  return { ok: false, message };
}

function checkVersion(version: unknown): string | undefined {
  if (version === BACKUP_VERSION) return undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return `This backup was made by a newer version of Coffee Chats (format ${version}) — update the extension, then import it again.`;
  }
  if (version === undefined) return 'This backup has no format version, so Coffee Chats cannot tell how to read it.';
  const shown = JSON.stringify(version).slice(0, 20);
  return `This backup has an unknown format version (${shown}); this version of Coffee Chats reads version ${BACKUP_VERSION}.`;
}

function notJsonMessage(body: string): string {
  const start = body.trimStart();
  const first = start[0];
  if (first === '{' || first === '[') {
    return isCutOff(start)
      ? 'The file is cut off: it ends before the backup does. Export it again, and wait for the download to finish.'
      : 'The file is damaged: it is not valid JSON, so it cannot be read as a Coffee Chats backup.';
  }
  if (/^BEGIN:VCARD/i.test(start)) return 'This looks like a vCard file (.vcf), not a Coffee Chats backup (.json).';
  if (first === '<') return 'This looks like a web page or XML file, not a Coffee Chats backup (.json).';
  const firstLine = start.slice(0, start.search(/\r|\n|$/));
  if (/[,;\t]/.test(firstLine)) return 'This looks like a CSV file, not a Coffee Chats backup (.json).';
  return 'This file is not a Coffee Chats backup (.json): it is not JSON.';
}

/** True when every bracket and string that was opened is still open at the end: a cut-off download. */
function isCutOff(json: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const char = json[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return inString || depth > 0;
}

/** References the schema cannot see: ids must be unique and every link must land inside the file. */
function consistencyProblems(backup: Backup): string[] {
  const problems: string[] = [];
  const indexById = new Map<number, number>();
  const indexBySlug = new Map<string, number>();
  backup.contacts.forEach((contact, index) => {
    const label = recordLabel('contacts', index, contact);
    const sameId = indexById.get(contact.id);
    if (sameId !== undefined) problems.push(`${label}: id — ${contact.id} is also the id of contact ${sameId + 1}`);
    else indexById.set(contact.id, index);
    if (contact.slug === undefined) return;
    const sameSlug = indexBySlug.get(contact.slug);
    if (sameSlug !== undefined) {
      problems.push(`${label}: slug — the LinkedIn profile ${contact.slug} is also contact ${sameSlug + 1}`);
    } else indexBySlug.set(contact.slug, index);
  });
  const missing = (id: number) => `contact id ${id} is not in the file`;
  backup.contacts.forEach((contact, index) => {
    if (contact.referredBy !== undefined && !indexById.has(contact.referredBy)) {
      problems.push(`${recordLabel('contacts', index, contact)}: referredBy — ${missing(contact.referredBy)}`);
    }
  });
  backup.meetings.forEach((meeting, index) => {
    if (!indexById.has(meeting.contactId)) problems.push(`${recordLabel('meetings', index)}: contactId — ${missing(meeting.contactId)}`);
  });
  backup.interactions.forEach((interaction, index) => {
    if (!indexById.has(interaction.contactId)) {
      problems.push(`${recordLabel('interactions', index)}: contactId — ${missing(interaction.contactId)}`);
    }
  });
  problems.push(...sharedUids('paths', backup.paths, 'career path'), ...sharedUids('courses', backup.courses, 'course'), ...sharedUids('submissions', backup.submissions, 'submission'));
  return problems;
}

/** Records matched by uid on import: a second one with the same uid in the file is named. */
function sharedUids(collection: string, records: readonly { uid: string }[], what: string): string[] {
  const seen = new Set<string>();
  return records.flatMap((record, index) => {
    const again = seen.has(record.uid);
    seen.add(record.uid);
    return again ? [`${recordLabel(collection, index, record)}: uid — another ${what} in the file has the same uid`] : [];
  });
}
