import { contactsToCsv } from '@/lib/backup/csv';
import { serializeBackup, type Backup } from '@/lib/backup/format';
import { MAX_BACKUP_BYTES, parseBackupFile } from '@/lib/backup/parse';
import { contactsToVcard } from '@/lib/backup/vcard';
import { backup, contact, interaction, meeting } from './build';
import { course, T } from '../course/build';

const storedCourse = () => ({ ...course(), role: 'taking', createdAt: T, updatedAt: T });

const bytes = (text: string) => new TextEncoder().encode(text).byteLength;
const read = (text: string) => parseBackupFile(text, bytes(text));
const messageOf = (text: string, byteLength = bytes(text)) => {
  const result = parseBackupFile(text, byteLength);
  return result.ok ? 'ok' : result.message;
};

const sample = () =>
  backup({
    contacts: [contact(1, { name: 'Ada Lovelace' }), contact(2), contact(3)],
    meetings: [meeting(1, 1)],
    interactions: [interaction(1, 1), interaction(2, 2)],
  });
/** Loose on purpose: these tests break the file in ways the types forbid. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
/** The sample backup as JSON, after a change made on its plain-JSON form. */
const edited = (edit: (json: Json) => void) => {
  const json = JSON.parse(serializeBackup(sample())) as Json;
  edit(json);
  return JSON.stringify(json);
};

describe('parseBackupFile accepts', () => {
  it('a backup it wrote, with or without a byte order mark', () => {
    const text = serializeBackup(sample());
    expect(read(text)).toEqual({ ok: true, backup: sample() });
    expect(read(`\uFEFF${text}`).ok).toBe(true);
  });

  it('the words __proto__ and constructor inside text, where they are only words', () => {
    const text = serializeBackup(backup({ contacts: [contact(1, { notes: 'Asked about __proto__ and constructor bugs' })] }));
    expect(read(text).ok).toBe(true);
  });
});

describe('parseBackupFile refuses, saying why', () => {
  it.each<[string, string, string]>([
    ['an empty file', '', 'The file is empty.'],
    ['a file of blank lines', ' \r\n\n', 'The file is empty.'],
    ['our own CSV export renamed .json', contactsToCsv([contact(1)]), 'This looks like a CSV file, not a Coffee Chats backup (.json).'],
    ['a semicolon CSV', 'name;email\nAda;ada@example.com', 'This looks like a CSV file, not a Coffee Chats backup (.json).'],
    ['a vCard', contactsToVcard([contact(1)]), 'This looks like a vCard file (.vcf), not a Coffee Chats backup (.json).'],
    ['an HTML page', '<!doctype html><title>x</title>', 'This looks like a web page or XML file, not a Coffee Chats backup (.json).'],
    ['plain text', 'hello there', 'This file is not a Coffee Chats backup (.json): it is not JSON.'],
    ['a download cut off halfway', serializeBackup(sample()).slice(0, 700), 'The file is cut off: it ends before the backup does. Export it again, and wait for the download to finish.'],
    ['a download cut off inside a string', '{"format": "coffee-ch', 'The file is cut off: it ends before the backup does. Export it again, and wait for the download to finish.'],
    ['JSON with a trailing comma', '{"format": "coffee-chats-backup",}', 'The file is damaged: it is not valid JSON, so it cannot be read as a Coffee Chats backup.'],
    ['another app’s JSON', '{"name": "my-package", "version": "1.0.0"}', 'This JSON file is not a Coffee Chats backup: it may come from another app.'],
    ['a JSON list', '[1, 2, 3]', 'This JSON file is not a Coffee Chats backup: it may come from another app.'],
    ['a JSON string', '"coffee-chats-backup"', 'This JSON file is not a Coffee Chats backup: it may come from another app.'],
    ['JSON null', 'null', 'This JSON file is not a Coffee Chats backup: it may come from another app.'],
    ['another format name', '{"format": "coffee-chats-export", "version": 1}', 'This JSON file comes from another app, not Coffee Chats.'],
  ])('%s', (_case, text, message) => {
    expect(messageOf(text)).toBe(message);
  });

  it.each<[string, unknown, string]>([
    ['a newer version', 2, 'This backup was made by a newer version of Coffee Chats (format 2) — update the extension, then import it again.'],
    ['an older version', 0, 'This backup has an unknown format version (0); this version of Coffee Chats reads version 1.'],
    ['a version that is text', '1', 'This backup has an unknown format version ("1"); this version of Coffee Chats reads version 1.'],
    ['no version', undefined, 'This backup has no format version, so Coffee Chats cannot tell how to read it.'],
  ])('%s', (_case, version, message) => {
    expect(messageOf(edited((json) => (json.version = version)))).toBe(message);
  });

  const prefix = 'This backup has a problem, so it cannot be imported: ';
  it.each<[string, (json: Json) => void, string]>([
    ['a name that is a number', (json) => (json.contacts[2].name = 42), 'Contact 3: name — expected text.'],
    ['a missing name', (json) => delete json.contacts[2].name, 'Contact 3: name — missing.'],
    ['an empty name', (json) => (json.contacts[1].name = ' '), 'Contact 2: name — empty.'],
    ['a bad email', (json) => (json.contacts[0].email = 'ada at home'), 'Contact 1 (Ada Lovelace): email — that is not an email address.'],
    ['a plain-http profile link', (json) => (json.contacts[0].profileUrl = 'http://example.com'), 'Contact 1 (Ada Lovelace): profileUrl — only https URLs.'],
    ['a tag that is a number', (json) => (json.contacts[1].tags = ['ok', 5]), 'Contact 2 (Person 2): tags › 2 — expected text.'],
    ['a negative date', (json) => (json.contacts[0].createdAt = -1), 'Contact 1 (Ada Lovelace): createdAt — must be at least 0.'],
    // Issue 12, item 6: past what Date can hold (8.64e15), such a date would break every refresh after import.
    ['a date beyond what Date can hold', (json) => (json.interactions[0].at = 8_700_000_000_000_000), 'Interaction 1: at — a date after the year 2200, out of range.'],
    ['a contact without its id', (json) => delete json.contacts[0].id, 'Contact 1 (Ada Lovelace): id — missing.'],
    ['a meeting contactId that is text', (json) => (json.meetings[0].contactId = 'one'), 'Meeting 1: contactId — expected a number.'],
    ['an unknown interaction kind', (json) => (json.interactions[1].kind = 'wave'), 'Interaction 2: kind — "wave" is not a known value.'],
    ['a note limit the app does not offer', (json) => (json.settings = { noteLimit: 250 }), 'Settings: noteLimit — must be one of 200, 300.'],
    ['contacts that are not a list', (json) => (json.contacts = {}), 'contacts — expected a list.'],
    ['no export date', (json) => delete json.exportedAt, 'exportedAt — missing.'],
    ['a meeting for a contact not in the file', (json) => (json.meetings[0].contactId = 99), 'Meeting 1: contactId — contact id 99 is not in the file.'],
    ['an interaction for a contact not in the file', (json) => (json.interactions[1].contactId = 99), 'Interaction 2: contactId — contact id 99 is not in the file.'],
    ['a referrer not in the file', (json) => (json.contacts[1].referredBy = 99), 'Contact 2 (Person 2): referredBy — contact id 99 is not in the file.'],
    ['the same LinkedIn profile twice', (json) => (json.contacts[2].slug = 'person-1'), 'Contact 3 (Person 3): slug — the LinkedIn profile person-1 is also contact 1.'],
    ['the same id twice', (json) => (json.contacts[2].id = 1), 'Contact 3 (Person 3): id — 1 is also the id of contact 1.'],
    ['a course without a name', (json) => (json.courses = [{ ...storedCourse(), name: '' }]), 'Course 1: name — empty.'],
    ['a course neither taught nor taken', (json) => (json.courses = [{ ...storedCourse(), role: 'auditing' }]), 'Course 1 (Health careers 101): role — must be one of "teaching", "taking".'],
    ['the same course twice', (json) => (json.courses = [storedCourse(), storedCourse()]), 'Course 2 (Health careers 101): uid — another course in the file has the same uid.'],
  ])('%s', (_case, edit, problem) => {
    expect(messageOf(edited(edit))).toBe(prefix + problem);
  });

  it('lists only the first three problems when there are many', () => {
    const text = edited((json) => {
      for (const each of json.contacts) each.name = 7;
      json.meetings[0].heldAt = 'yesterday';
      json.interactions[0].at = null;
    });
    expect(messageOf(text)).toBe(
      'This backup has 5 problems, so it cannot be imported: Contact 1: name — expected text; Contact 2: name — expected text; Contact 3: name — expected text; and 2 more.',
    );
  });

  it('checks the size before reading anything', () => {
    const valid = serializeBackup(sample());
    expect(messageOf(valid, 50 * 1024 * 1024)).toBe('The file is 50 MB; a Coffee Chats backup is at most 30 MB.');
    expect(messageOf('', MAX_BACKUP_BYTES + 1)).toBe('The file is 31 MB; a Coffee Chats backup is at most 30 MB.');
    expect(messageOf(valid, MAX_BACKUP_BYTES)).toBe('ok');
  });
});

describe('parseBackupFile and prototype pollution', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it.each<[string, string, string]>([
    ['at the top', '{"__proto__": {"polluted": "yes"}, "format": "coffee-chats-backup"}', '__proto__'],
    ['inside a contact', edited((json) => (json.contacts[1] = JSON.parse('{"__proto__": {"polluted": "yes"}}'))), '__proto__'],
    ['as constructor.prototype', edited((json) => (json.settings = JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'))), 'prototype'],
    ['as constructor', '{"format": "coffee-chats-backup", "constructor": 1}', 'constructor'],
  ])('refuses a forbidden key %s and leaves Object.prototype alone', (_case, text, key) => {
    expect(text).toContain(`"${key}"`);
    expect(messageOf(text)).toBe(`The file contains a forbidden key (${key}), so it was not imported.`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('parseBackupFile never throws', () => {
  it.each<[string, string]>([
    ['lone surrogates', '\uD800{"a": "\uDC00"}'],
    ['nesting deep enough to overflow', `${'['.repeat(200_000)}${']'.repeat(200_000)}`],
    ['a huge number', '{"format": "coffee-chats-backup", "version": 1e400}'],
  ])('on %s', (_case, text) => {
    const result = read(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  it('returns the data zod made, not the raw JSON (unknown keys dropped)', () => {
    const result = read(edited((json) => (json.contacts[0].isAdmin = true)));
    expect(result.ok && (result.backup as Backup).contacts[0]).not.toHaveProperty('isAdmin');
  });
});
