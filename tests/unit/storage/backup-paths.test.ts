/**
 * Career paths in a backup (issue 15): they travel with the contacts and conversations that name
 * them, merge field by field like every other record, and a file written before paths existed
 * still imports.
 */
import { serializeBackup, type Backup } from '@/lib/backup/format';
import { parseBackupFile } from '@/lib/backup/parse';
import { describePlan } from '@/lib/backup/plan';
import { applyImport, exportBackup, previewImport } from '@/storage/backup';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { getContactBySlug, saveContact, updateContact } from '@/storage/contacts';
import { listAllMeetings, logMeeting } from '@/storage/history';
import { updateMeeting } from '@/storage/meetings';
import { createPath, getPath, listPaths, updatePath } from '@/storage/paths';

const T = Date.UTC(2026, 10, 16, 9);
const HOUR = 3_600_000;
const dbs: CoffeeChatsDb[] = [];
const fresh = () => {
  const db = openDb(`backup-paths-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});
const person = (name: string) => ({ name, experience: [], education: [] });

/** What the user would pick in the file dialog: the export, written and read back. */
async function fileOf(db: CoffeeChatsDb, at: number): Promise<Backup> {
  const text = serializeBackup(await exportBackup(at, db));
  const parsed = parseBackupFile(text, text.length);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.backup;
}

/** One browser: a path, Maya on it, and a conversation that explored another path too. */
async function seed(db: CoffeeChatsDb) {
  const ra = await createPath({ name: 'Regulatory affairs', why: 'I like rules that protect patients', target: 4, term: 'Autumn 2026' }, T, db);
  const msl = await createPath({ name: 'Medical science liaison' }, T, db);
  const maya = await saveContact('maya', person('Maya Okafor'), T, db);
  await updateContact(maya.id, { pathUids: [ra.uid] }, T + 1, db);
  const { meetingId } = await logMeeting(maya.id, T + 2, db);
  await updateMeeting(meetingId as number, { pathUids: [ra.uid, msl.uid], takeaways: ['Start in quality'] }, T + 3, db);
  return { ra, msl, maya };
}

describe('career paths in a backup', () => {
  it('go into an empty browser with the contacts and conversations on them', async () => {
    const source = fresh();
    const { ra, msl } = await seed(source);
    const file = await fileOf(source, T + 10);

    const target = fresh();
    expect(describePlan(await previewImport(file, target))).toContain('career paths: 2 added, 0 updated');
    await applyImport(file, T + 20, target);

    expect(await getPath(ra.uid, target)).toMatchObject({ name: 'Regulatory affairs', why: 'I like rules that protect patients', target: 4, term: 'Autumn 2026' });
    expect((await listPaths({}, target)).map((path) => path.name)).toEqual(['Medical science liaison', 'Regulatory affairs']);
    expect((await getContactBySlug('maya', target))?.pathUids).toEqual([ra.uid]);
    expect((await listAllMeetings(target))[0]).toMatchObject({ pathUids: [ra.uid, msl.uid], takeaways: ['Start in quality'] });

    // Importing the same file again changes nothing.
    const again = await applyImport(file, T + 30, target);
    expect(again.counts).toMatchObject({ paths: 0, pathsUpdated: 0, updated: 0, meetingsUpdated: 0 });
    expect(await target.paths.count()).toBe(2);
  });

  it('merge field by field: a new name written in one browser and a new target in the other both arrive', async () => {
    const laptop = fresh();
    const { ra } = await seed(laptop);
    const desktop = fresh();
    await applyImport(await fileOf(laptop, T + 10), T + 20, desktop);

    await updatePath(ra.uid, { name: 'Regulatory affairs (medical devices)' }, T + HOUR, laptop);
    await updatePath(ra.uid, { target: 6, why: 'Devices reach patients fast' }, T + 2 * HOUR, desktop);

    // Each way round, the same path ends up on both sides.
    const plan = await applyImport(await fileOf(laptop, T + 3 * HOUR), T + 3 * HOUR, desktop);
    expect(plan.counts).toMatchObject({ paths: 0, pathsUpdated: 1 });
    await applyImport(await fileOf(desktop, T + 4 * HOUR), T + 4 * HOUR, laptop);
    for (const db of [laptop, desktop]) {
      expect(await getPath(ra.uid, db)).toMatchObject({ name: 'Regulatory affairs (medical devices)', target: 6, why: 'Devices reach patients fast' });
      expect(await db.paths.count()).toBe(2);
    }
  });

  it('a contact’s paths ticked in one browser and notes written in the other both arrive', async () => {
    const laptop = fresh();
    const { ra, msl, maya } = await seed(laptop);
    const desktop = fresh();
    await applyImport(await fileOf(laptop, T + 10), T + 20, desktop);
    const there = (await getContactBySlug('maya', desktop))!;

    await updateContact(maya.id, { pathUids: [ra.uid, msl.uid] }, T + HOUR, laptop);
    await updateContact(there.id, { notes: 'Prefers email' }, T + 2 * HOUR, desktop);
    await applyImport(await fileOf(laptop, T + 3 * HOUR), T + 3 * HOUR, desktop);

    expect(await getContactBySlug('maya', desktop)).toMatchObject({ notes: 'Prefers email', pathUids: [ra.uid, msl.uid] });
  });

  it('the same path made by hand in two browsers becomes one, and its people follow it', async () => {
    const laptop = fresh();
    const { ra } = await seed(laptop);
    const desktop = fresh();
    const mine = await createPath({ name: 'regulatory affairs' }, T + HOUR, desktop);
    const jonas = await saveContact('jonas', person('Jonas Weber'), T + HOUR, desktop);
    await updateContact(jonas.id, { pathUids: [mine.uid] }, T + HOUR, desktop);

    await applyImport(await fileOf(laptop, T + 2 * HOUR), T + 2 * HOUR, desktop);

    expect((await listPaths({}, desktop)).map((path) => path.name).sort()).toEqual(['Medical science liaison', 'regulatory affairs']);
    expect(await getPath(ra.uid, desktop)).toBeUndefined();
    expect((await getContactBySlug('maya', desktop))?.pathUids).toEqual([mine.uid]);
    expect((await getContactBySlug('jonas', desktop))?.pathUids).toEqual([mine.uid]);
  });

  it('a file written before career paths existed still imports, and leaves the paths here alone', async () => {
    const source = fresh();
    await saveContact('maya', person('Maya Okafor'), T, source);
    const { paths: _none, ...old } = await exportBackup(T + 10, source);
    void _none;
    const text = JSON.stringify(old);
    expect(text).not.toContain('"paths"');
    const parsed = parseBackupFile(text, text.length);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;

    const target = fresh();
    const kept = await createPath({ name: 'UX research' }, T, target);
    const plan = await applyImport(parsed.backup, T + 20, target);
    expect(describePlan(plan)).not.toContain('career paths');
    expect(await getContactBySlug('maya', target)).toMatchObject({ name: 'Maya Okafor' });
    expect((await listPaths({}, target)).map((path) => path.uid)).toEqual([kept.uid]);
  });

  it('refuses a file that names one path twice, and changes nothing', async () => {
    const source = fresh();
    await seed(source);
    const file = await exportBackup(T + 10, source);
    const text = serializeBackup({ ...file, paths: [file.paths[0]!, { ...file.paths[0]!, name: 'Another name' }] });
    const parsed = parseBackupFile(text, text.length);
    expect(parsed).toMatchObject({ ok: false });
    expect(parsed.ok ? '' : parsed.message).toMatch(/Career path 2 \(Another name\): uid/u);
  });
});
