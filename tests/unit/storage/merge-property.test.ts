/**
 * Two browsers start from one backup, each edits on its own, then each imports the other's
 * backup. Whatever was written on either side must be there on both afterwards: for every field
 * either side wrote, both books end with the value written last (fast-check picks the edits).
 */
import fc from 'fast-check';
import { serializeBackup } from '@/lib/backup/format';
import { parseBackupFile } from '@/lib/backup/parse';
import { applyImport, exportBackup } from '@/storage/backup';
import { updateContact } from '@/storage/contacts';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { listAllMeetings, logInteraction, logMeeting } from '@/storage/history';
import { linkLeadToProfile, updateMeeting } from '@/storage/meetings';
import { saveContact } from '@/storage/contacts';

const T = Date.UTC(2026, 10, 16, 9);
const MINUTE = 60_000;
const dbs: CoffeeChatsDb[] = [];
const fresh = () => {
  const db = openDb(`merge-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

async function backupOf(db: CoffeeChatsDb, at: number) {
  const text = serializeBackup(await exportBackup(at, db));
  const parsed = parseBackupFile(text, text.length);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.backup;
}

/** The one book both browsers start from: Maya met once, Jonas a lead she suggested (by name). */
async function startingBook() {
  const db = fresh();
  const maya = await saveContact('maya', { name: 'Maya Okafor', experience: [], education: [] }, T, db);
  await logInteraction({ contactId: maya.id, kind: 'request-sent', at: T }, T, db);
  const { meetingId } = await logMeeting(maya.id, T + MINUTE, db);
  await updateMeeting(meetingId as number, { leads: [{ name: 'Jonas Weber' }] }, T + 2 * MINUTE, db);
  return db;
}

type Who = 'maya' | 'jonas';
type Edit =
  | { side: 'a' | 'b'; kind: 'notes' | 'headline'; who: Who; value: string }
  | { side: 'a' | 'b'; kind: 'tags'; who: Who; value: string[] }
  | { side: 'a' | 'b'; kind: 'email'; who: Who; value: string }
  | { side: 'a' | 'b'; kind: 'takeaways'; value: string[] }
  | { side: 'a' | 'b'; kind: 'durationMin'; value: number }
  | { side: 'a' | 'b'; kind: 'answer'; question: string; value: string }
  | { side: 'a'; kind: 'link' };

const word = fc.stringMatching(/^[a-z]{1,8}$/u);
const side = fc.constantFrom<'a' | 'b'>('a', 'b');
const who = fc.constantFrom<Who>('maya', 'jonas');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ side, kind: fc.constantFrom('notes' as const, 'headline' as const), who, value: word }),
  fc.record({ side, kind: fc.constant('tags' as const), who, value: fc.uniqueArray(word, { maxLength: 3 }) }),
  fc.record({ side, kind: fc.constant('email' as const), who, value: word.map((w) => `${w}@example.com`) }),
  fc.record({ side, kind: fc.constant('takeaways' as const), value: fc.array(word, { minLength: 1, maxLength: 3 }) }),
  fc.record({ side, kind: fc.constant('durationMin' as const), value: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ side, kind: fc.constant('answer' as const), question: fc.constantFrom('How did you start?', 'What would you do again?'), value: word }),
  fc.constant({ side: 'a' as const, kind: 'link' as const }),
);

const KEYS = ['maya.notes', 'maya.headline', 'maya.tags', 'maya.email', 'jonas.notes', 'jonas.headline', 'jonas.tags', 'jonas.email', 'jonas.slug', 'jonas.profileUrl', 'meeting.takeaways', 'meeting.durationMin', 'meeting.questions'];
const CONTACT_FIELD = { notes: 'notes', headline: 'headline', tags: 'tags', email: 'email' } as const;

async function contactNamed(db: CoffeeChatsDb, who: Who) {
  const rows = await db.contacts.toArray();
  const row = rows.find((c) => (who === 'maya' ? c.slug === 'maya' : c.name === 'Jonas Weber'));
  if (!row?.id) throw new Error(`no ${who}`);
  return row as typeof row & { id: number };
}

/** What a reader sees of one field in one book: the key names the record and the field. */
async function read(db: CoffeeChatsDb, key: string): Promise<unknown> {
  const [record, field] = key.split('.') as [string, string];
  if (record === 'meeting') {
    const [meeting] = await listAllMeetings(db);
    return JSON.parse(JSON.stringify((meeting as Record<string, unknown>)[field] ?? null));
  }
  const contact = await contactNamed(db, record as Who);
  return JSON.parse(JSON.stringify((contact as Record<string, unknown>)[field] ?? null));
}

async function apply(db: CoffeeChatsDb, change: Edit, at: number): Promise<string[]> {
  if (change.kind === 'link') {
    const jonas = await contactNamed(db, 'jonas');
    if (jonas.slug !== undefined) return [];
    await linkLeadToProfile(jonas.id, 'jonas-weber', {}, at, db);
    return ['jonas.slug', 'jonas.profileUrl'];
  }
  if (change.kind === 'takeaways' || change.kind === 'durationMin' || change.kind === 'answer') {
    const [meeting] = await listAllMeetings(db);
    const patch =
      change.kind === 'answer'
        ? { answers: [{ text: change.question, answer: change.value }] }
        : { [change.kind]: change.value };
    await updateMeeting(meeting!.id, patch, at, db);
    return [`meeting.${change.kind === 'answer' ? 'questions' : change.kind}`];
  }
  const contact = await contactNamed(db, change.who);
  await updateContact(contact.id, { [CONTACT_FIELD[change.kind]]: change.value }, at, db);
  return [`${change.who}.${CONTACT_FIELD[change.kind]}`];
}

describe('a backup moved between two browsers', () => {
  it('keeps, on both sides, every field either side wrote (the later write where both did)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
        const origin = await startingBook();
        const start = await backupOf(origin, T + 3 * MINUTE);
        const a = fresh();
        const b = fresh();
        await applyImport(start, T + 3 * MINUTE, a);
        await applyImport(start, T + 3 * MINUTE, b);

        // Each edit at its own minute; the value the writer saw right after is what must survive.
        const expected = new Map<string, unknown>();
        let at = T + 10 * MINUTE;
        for (const change of edits) {
          at += MINUTE;
          const db = change.side === 'a' ? a : b;
          const before = new Map<string, unknown>();
          for (const key of KEYS) before.set(key, await read(db, key));
          // An edit that leaves a value as it was is no write: the other side's change to it stands.
          for (const key of await apply(db, change, at)) {
            const after = await read(db, key);
            if (JSON.stringify(after) !== JSON.stringify(before.get(key))) expected.set(key, after);
          }
        }

        const fromA = await backupOf(a, at + MINUTE);
        const fromB = await backupOf(b, at + MINUTE);
        await applyImport(fromB, at + 2 * MINUTE, a);
        await applyImport(fromA, at + 2 * MINUTE, b);

        for (const [key, value] of expected) {
          expect({ key, book: 'a', value: await read(a, key) }).toEqual({ key, book: 'a', value });
          expect({ key, book: 'b', value: await read(b, key) }).toEqual({ key, book: 'b', value });
        }
        // One person is one row, one meeting stays one meeting, on both sides.
        for (const db of [a, b]) {
          expect(await db.contacts.count()).toBe(2);
          expect(await db.meetings.count()).toBe(1);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('brings takeaways written in the other browser, and the preview says a meeting was updated', async () => {
    const laptop = await startingBook();
    const desktop = fresh();
    await applyImport(await backupOf(laptop, T + HOUR), T + HOUR, desktop);
    const [meeting] = await listAllMeetings(desktop);
    await updateMeeting(meeting!.id, { heldAt: T + 30 * MINUTE, takeaways: ['Build a portfolio'], durationMin: 30 }, T + 2 * HOUR, desktop);
    const plan = await applyImport(await backupOf(desktop, T + 3 * HOUR), T + 3 * HOUR, laptop);
    expect(plan.counts).toMatchObject({ meetings: 0, meetingsUpdated: 1 });
    const meetings = await listAllMeetings(laptop);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ takeaways: ['Build a portfolio'], durationMin: 30, heldAt: T + 30 * MINUTE });
  });

  it('a newer name-only copy of a lead does not erase the LinkedIn link made here', async () => {
    const a = await startingBook();
    const b = fresh();
    await applyImport(await backupOf(a, T + HOUR), T + HOUR, b);
    const jonasA = await contactNamed(a, 'jonas');
    await linkLeadToProfile(jonasA.id, 'jonas-weber', { headline: 'PM at Acme' }, T + 2 * HOUR, a);
    const jonasB = await contactNamed(b, 'jonas');
    await updateContact(jonasB.id, { notes: 'met at the meetup' }, T + 3 * HOUR, b);
    await applyImport(await backupOf(b, T + 4 * HOUR), T + 4 * HOUR, a);
    const after = await contactNamed(a, 'jonas');
    expect(after).toMatchObject({ slug: 'jonas-weber', profileUrl: 'https://www.linkedin.com/in/jonas-weber/', notes: 'met at the meetup' });
  });
});

const HOUR = 60 * MINUTE;
