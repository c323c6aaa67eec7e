import { serializeBackup } from '@/lib/backup/format';
import { parseBackupFile } from '@/lib/backup/parse';
import { describePlan } from '@/lib/backup/plan';
import { applyImport, exportBackup, previewImport } from '@/storage/backup';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { addContact, saveContact, updateContact } from '@/storage/contacts';
import { logInteraction, logMeeting } from '@/storage/history';
import { getSettings } from '@/storage/settings';
import { updateMeeting } from '@/storage/meetings';
import { saveSettings } from '@/storage/followups';
import { createTeachingCourse, importCoursePack, importSubmissions, updateTeachingCourse } from '@/storage/courses';
import { course, submission } from '../course/build';

const T = Date.UTC(2026, 10, 16, 9);
const dbs: CoffeeChatsDb[] = [];
const fresh = () => {
  const db = openDb(`backup-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});
const person = (name: string, extra: object = {}) => ({ name, experience: [], education: [], ...extra });

async function seed(db: CoffeeChatsDb) {
  const ada = await saveContact('ada', person('Ada Lovelace', { currentCompany: 'Engines, "Analytical" Ltd' }), T, db);
  await updateContact(ada.id, { notes: 'line one\nline two, with a comma', tags: ['alumni'] }, T + 1, db);
  await logMeeting(ada.id, T + 2, db);
  await addContact({ name: 'Лев Толстой', referredBy: ada.id }, T + 3, db);
  await saveSettings({ ...(await getSettings(db)), ownName: 'Sam' }, T, db);
  return ada;
}

describe('backup round trip', () => {
  it('exports everything and imports it into an empty book unchanged', async () => {
    const source = fresh();
    await seed(source);
    const text = serializeBackup(await exportBackup(T + 10, source));
    const parsed = parseBackupFile(text, text.length);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;

    const target = fresh();
    expect(describePlan(await previewImport(parsed.backup, target))).toMatch(/^2 new, 0 updated, 0 unchanged · meetings: 1 added, 0 updated · interactions: 1 added, 0 updated/u);
    await applyImport(parsed.backup, T + 20, target);

    const strip = (rows: object[]) => rows.map((r) => ({ ...r, id: undefined, referredBy: undefined, contactId: undefined }));
    expect(strip(await target.contacts.orderBy('name').toArray())).toEqual(strip(await source.contacts.orderBy('name').toArray()));
    const lead = await target.contacts.where('name').equals('Лев Толстой').first();
    const ada = await target.contacts.where('slug').equals('ada').first();
    expect(lead!.referredBy).toBe(ada!.id);
    expect(await target.meetings.where('contactId').equals(ada!.id!).count()).toBe(1);
    expect((await getSettings(target)).ownName).toBe('Sam');
  });

  it('merges by profile: the newer copy wins, and importing twice adds nothing', async () => {
    const source = fresh();
    const ada = await seed(source);
    const backup = await exportBackup(T + 10, source);

    const target = fresh();
    const local = await saveContact('ada', person('Ada (older)'), T - 100, target);
    await logInteraction({ contactId: local.id, kind: 'request-sent', at: T - 50 }, T - 50, target);
    await updateContact(local.id, { notes: 'mine' }, T - 40, target);
    await applyImport(backup, T + 20, target);
    expect(await target.contacts.count()).toBe(2);
    expect((await target.contacts.get(local.id))!).toMatchObject({ name: 'Ada Lovelace', status: 'met' });
    expect(await target.interactions.where('contactId').equals(local.id).count()).toBe(2);

    const again = await previewImport(backup, target);
    expect(again.counts).toMatchObject({ added: 0, updated: 0, unchanged: 2, meetings: 0, interactions: 0 });

    // A local edit newer than the backup is kept.
    await updateContact(local.id, { notes: 'newer, mine' }, T + 30, target);
    await applyImport(backup, T + 40, target);
    expect((await target.contacts.get(local.id))!.notes).toBe('newer, mine');
    expect(ada.id).toBeGreaterThan(0);
  });

  it('changes nothing when a write fails halfway', async () => {
    const source = fresh();
    await seed(source);
    const backup = await exportBackup(T + 10, source);
    const target = fresh();
    await saveContact('someone', person('Someone'), T, target);
    const before = await exportBackup(T, target);
    // The contacts are already added when the meetings fail: the transaction takes them back.
    const spy = vi.spyOn(target.meetings, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyImport(backup, T + 20, target)).rejects.toThrow('disk full');
    spy.mockRestore();
    const after = await exportBackup(T, target);
    expect(after.contacts).toEqual(before.contacts);
    expect(after.interactions).toEqual(before.interactions);
  });
});

describe('tasks in a backup', () => {
  it('travel with their contact, and importing twice adds them once', async () => {
    const source = fresh();
    const ada = await seed(source);
    const { meetingId } = await logMeeting(ada.id, T + 5, source);
    await updateMeeting(meetingId, { nextActions: [{ text: 'Send Ada my portfolio', dueAt: T + 86_400_000 }] }, T + 6, source);
    const text = serializeBackup(await exportBackup(T + 10, source));
    const parsed = parseBackupFile(text, text.length);
    if (!parsed.ok) throw new Error('did not parse');
    expect(parsed.backup.tasks).toHaveLength(1);

    const target = fresh();
    await saveContact('someone-else', person('Someone Else'), T, target);
    await applyImport(parsed.backup, T + 20, target);
    await applyImport(parsed.backup, T + 30, target);
    const tasks = await target.tasks.toArray();
    expect(tasks.map((t) => t.text)).toEqual(['Send Ada my portfolio']);
    expect((await target.contacts.get(tasks[0]!.contactId))!.name).toBe('Ada Lovelace');
  });

  it('a file written before tasks existed still imports (no tasks)', async () => {
    const source = fresh();
    await seed(source);
    const { tasks: _none, ...older } = await exportBackup(T + 10, source);
    void _none;
    const text = JSON.stringify(older);
    const parsed = parseBackupFile(text, text.length);
    expect(parsed.ok && parsed.backup.tasks).toEqual([]);
  });
});

describe('courses in a backup', () => {
  /** A teacher's course with its class submissions, and a course taken from a pack with its career paths. */
  async function seedCourses(db: CoffeeChatsDb) {
    const taught = await createTeachingCourse('Careers in biotech', T, db);
    await updateTeachingCourse(taught.uid, { term: 'Spring 2027' }, T + 1, db);
    await importSubmissions([{ fileName: 'ana.json', submission: submission('Ana Silva') }], T + 2, db);
    await importCoursePack(pack(), T + 3, db);
    return taught;
  }
  const pack = () => ({ format: 'coffee-chats-course-pack' as const, version: 1 as const, exportedAt: T, course: course() });
  const rows = async (db: CoffeeChatsDb) => ({
    courses: (await db.courses.toArray()).map(({ id: _id, ...row }) => row).sort((a, b) => a.uid.localeCompare(b.uid)),
    submissions: (await db.submissions.toArray()).map(({ id: _id, ...row }) => row),
  });

  it('travel to another browser: the courses taught and taken, and the class submissions', async () => {
    const source = fresh();
    await seedCourses(source);
    const text = serializeBackup(await exportBackup(T + 10, source));
    const parsed = parseBackupFile(text, text.length);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const target = fresh();
    const plan = await applyImport(parsed.backup, T + 20, target);
    expect(describePlan(plan)).toContain('courses: 2 added, 0 updated · class submissions: 1 added, 0 updated');
    expect(await rows(target)).toEqual(await rows(source));
    // Importing the same file again changes nothing.
    expect((await applyImport(parsed.backup, T + 30, target)).counts).toMatchObject({ courses: 0, coursesUpdated: 0, submissions: 0, submissionsUpdated: 0 });
    expect(await rows(target)).toEqual(await rows(source));
  });

  it('merge with the same course edited here: each field keeps its later write', async () => {
    const source = fresh();
    const taught = await seedCourses(source);
    const text = serializeBackup(await exportBackup(T + 10, source));
    const target = fresh();
    const parsed = parseBackupFile(text, text.length);
    if (!parsed.ok) throw new Error('the backup did not parse');
    await applyImport(parsed.backup, T + 20, target);
    // Later, each browser edits a different field of the taught course.
    await updateTeachingCourse(taught.uid, { name: 'Careers in biotech and pharma' }, T + 40, source);
    await updateTeachingCourse(taught.uid, { presentation: 'Ten minutes, no slides.' }, T + 50, target);
    const later = parseBackupFile(serializeBackup(await exportBackup(T + 60, source)), 1);
    if (!later.ok) throw new Error('the backup did not parse');
    expect((await applyImport(later.backup, T + 70, target)).counts.coursesUpdated).toBe(1);
    const merged = await target.courses.where('uid').equals(taught.uid).first();
    expect(merged).toMatchObject({ name: 'Careers in biotech and pharma', term: 'Spring 2027', presentation: 'Ten minutes, no slides.', role: 'teaching' });
  });

  it('a file written before courses were backed up still imports (no courses)', async () => {
    const source = fresh();
    await seed(source);
    const { courses: _c, submissions: _s, ...old } = await exportBackup(T + 10, source);
    const text = JSON.stringify(old);
    const parsed = parseBackupFile(text, text.length);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.courses).toEqual([]);
    const target = fresh();
    expect(describePlan(await applyImport(parsed.backup, T + 20, target))).not.toContain('courses');
  });
});
