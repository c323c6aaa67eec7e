import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, makeBackup, serializeBackup } from '@/lib/backup/format';
import { parseBackupFile } from '@/lib/backup/parse';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import { T0, backup, contact, interaction, meeting, template } from './build';

describe('makeBackup', () => {
  it('stamps the format, the version and the export time', () => {
    const made = makeBackup({ contacts: [], meetings: [], interactions: [], settings: undefined, templates: [] }, 1234);
    expect(made).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: 1234,
      contacts: [],
      meetings: [],
      interactions: [],
      settings: null,
      templates: [],
      tasks: [],
      paths: [],
      courses: [],
      submissions: [],
    });
  });

  it('drops a referral to a contact that was deleted, so the user’s own backup still imports', () => {
    const made = makeBackup(
      { contacts: [contact(1, { referredBy: 2 }), contact(3, { referredBy: 1 })], meetings: [], interactions: [], settings: null, templates: [] },
      T0,
    );
    expect(made.contacts.map((c) => c.referredBy)).toEqual([undefined, 1]);
    expect(made.contacts[0]).not.toHaveProperty('referredBy');
    const text = serializeBackup(made);
    expect(parseBackupFile(text, text.length).ok).toBe(true);
  });

  it('gives a backup that passes its own schema', () => {
    const made = backup({ contacts: [contact(1)], meetings: [meeting(1, 1)], settings: DEFAULT_SETTINGS });
    expect(BackupSchema.safeParse(made).success).toBe(true);
  });
});

describe('serializeBackup', () => {
  it('writes readable JSON that imports back to the same data', () => {
    const original = backup({
      contacts: [contact(1, { name: 'Zhang Wěi 张伟', notes: 'Met at "PyCon", 2024\nAsk about: teams; hiring' }), contact(2, { referredBy: 1, slug: undefined })],
      meetings: [meeting(5, 1, { questions: [{ text: 'How did you start?', answer: 'By accident' }] })],
      interactions: [interaction(9, 2, { kind: 'request-sent', channel: 'email' })],
      settings: { ...DEFAULT_SETTINGS, ownName: 'Ольга' },
      templates: [template('Short thanks')],
    });
    const text = serializeBackup(original);

    expect(text).toContain('\n  "format": "coffee-chats-backup",\n');
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = parseBackupFile(text, new TextEncoder().encode(text).byteLength);
    expect(parsed).toEqual({ ok: true, backup: original });
    expect(original.exportedAt).toBe(T0 + 86_400_000);
  });
});
