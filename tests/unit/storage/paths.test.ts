import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { saveContact, updateContact } from '@/storage/contacts';
import { logMeeting } from '@/storage/history';
import { savePrepQuestions, updateMeeting } from '@/storage/meetings';
import { createPath, deletePath, pathFindingsWithContacts, pathTimeline, restorePath, updatePath } from '@/storage/paths';

const T = new Date('2026-11-16T10:00:00').getTime();
const DAY = 86_400_000;
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`paths-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());
const person = (name: string) => ({ name, experience: [], education: [] });

async function met(slug: string, name: string, pathUid: string, heldAt: number, answer: string) {
  const contact = await saveContact(slug, person(name), T, db);
  await updateContact(contact.id, { pathUids: [pathUid] }, T, db);
  await savePrepQuestions(contact.id, [{ text: 'How did you start?', area: 'personal' }], T, db);
  const { meetingId } = await logMeeting(contact.id, heldAt, db);
  await updateMeeting(meetingId as number, { answers: [{ text: 'How did you start?', answer }] }, heldAt, db);
  return contact;
}

describe('a path page’s findings', () => {
  it('names the contact each person stands for, so the page can link to them', async () => {
    const path = await createPath({ name: 'Regulatory affairs' }, T, db);
    const ben = await met('ben', 'Ben Ortiz', path.uid, T + 2 * DAY, 'Through QA');
    const ada = await met('ada', 'Ada Mensah', path.uid, T + DAY, 'From the lab');
    const page = (await pathFindingsWithContacts(path.uid, db))!;
    const idOf = (name: string) => page.contactIds[page.findings.people.find((p) => p.name === name)!.key];
    expect(idOf('Ada Mensah')).toBe(ada.id);
    expect(idOf('Ben Ortiz')).toBe(ben.id);
    expect(page.findings.areas[0]!.questions[0]!.answers.map((a) => a.text)).toEqual(['From the lab', 'Through QA']);
  });

  it('is nothing for a path that no longer exists', async () => {
    expect(await pathFindingsWithContacts('gone-0000001', db)).toBeUndefined();
  });
});

describe('the term timeline', () => {
  it('counts held conversations per path and month, leaving out archived paths', async () => {
    const ra = await createPath({ name: 'Regulatory affairs', target: 3 }, T - 40 * DAY, db);
    const ux = await createPath({ name: 'UX research' }, T, db);
    await met('ada', 'Ada Mensah', ra.uid, T - 30 * DAY, 'From the lab');
    await met('ben', 'Ben Ortiz', ra.uid, T, 'Through QA');
    const cleo = await saveContact('cleo', person('Cleo Park'), T, db);
    const { meetingId } = await logMeeting(cleo.id, T + DAY, db);
    // Chosen for UX research in the meeting form, though Cleo is on no path.
    await db.meetings.update(meetingId as number, { pathUids: [ux.uid] });
    const archived = await createPath({ name: 'Old idea' }, T, db);
    await updatePath(archived.uid, { archivedAt: T }, T, db);

    const timeline = await pathTimeline(T + 2 * DAY, db);
    expect(timeline.months.map((ms) => new Date(ms).getMonth() + 1)).toEqual([10, 11]);
    expect(timeline.rows.map(({ name, byMonth, held, target }) => ({ name, byMonth, held, target }))).toEqual([
      { name: 'Regulatory affairs', byMonth: [1, 1], held: 2, target: 3 },
      { name: 'UX research', byMonth: [0, 1], held: 1, target: 5 },
    ]);
  });

  it('is empty without paths', async () => {
    expect(await pathTimeline(T, db)).toEqual({ months: [], rows: [] });
  });
});

describe('deleting a path', () => {
  it('stamps the removal on each contact, so a backup made before the deletion does not bring the path back on merge', async () => {
    const path = await createPath({ name: 'UX research' }, T, db);
    const maya = await met('maya', 'Maya Okafor', path.uid, T + DAY, 'A design bootcamp.');
    await deletePath(path.uid, T + 2 * DAY, db);
    const stored = await db.contacts.get(maya.id);
    expect(stored!.pathUids).toEqual([]);
    expect(stored!.fieldsAt?.pathUids).toBe(T + 2 * DAY);
  });

  it('stamps the undo too, so the restored membership wins a merge with a backup made after the deletion', async () => {
    const path = await createPath({ name: 'UX research' }, T, db);
    const maya = await met('maya', 'Maya Okafor', path.uid, T + DAY, 'A design bootcamp.');
    const deleted = await deletePath(path.uid, T + 2 * DAY, db);
    await restorePath(deleted!, T + 3 * DAY, db);
    const stored = await db.contacts.get(maya.id);
    expect(stored!.pathUids).toEqual([path.uid]);
    expect(stored!.fieldsAt?.pathUids).toBe(T + 3 * DAY);
  });
});
