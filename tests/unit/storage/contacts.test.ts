import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { getContactBySlug, saveContact } from '@/storage/contacts';
import { countDueThankYous, listDueFollowUps } from '@/storage/due-reads';
import { logMeeting as logMeetingRow, markThankYouSent } from '@/storage/history';

const logMeeting = async (id: number, at: number, db: CoffeeChatsDb) => (await logMeetingRow(id, at, db)).contact;

const T = Date.UTC(2026, 10, 21, 9, 30);
let db: CoffeeChatsDb;

beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const ada = { name: 'Ada Example', headline: 'Engineer', experience: [], education: [] };

describe('saveContact', () => {
  it('stores the person under the canonical profile URL', async () => {
    const saved = await saveContact('ada-example', ada, T, db);
    expect(saved).toMatchObject({
      id: expect.any(Number),
      slug: 'ada-example',
      profileUrl: 'https://www.linkedin.com/in/ada-example/',
      name: 'Ada Example',
      createdAt: T,
      updatedAt: T,
    });
  });

  it('updates the same profile instead of duplicating it, keeping when it was first saved', async () => {
    const first = await saveContact('ada-example', ada, T, db);
    const second = await saveContact('ada-example', { ...ada, headline: 'Staff engineer' }, T + 1000, db);
    expect(second.id).toBe(first.id);
    expect(await db.contacts.count()).toBe(1);
    expect(await getContactBySlug('ada-example', db)).toMatchObject({
      headline: 'Staff engineer',
      createdAt: T,
      updatedAt: T + 1000,
    });
  });

  it.each([
    ['an empty name', 'ada', { ...ada, name: '   ' }],
    ['a slug with a slash', 'ada/x', ada],
    ['a javascript: photo URL', 'ada', { ...ada, photoUrl: 'javascript:alert(1)' }],
    ['a 5,000-character name', 'ada', { ...ada, name: 'x'.repeat(5000) }],
  ])('refuses %s and writes nothing', async (_case, slug, fields) => {
    await expect(saveContact(slug, fields, T, db)).rejects.toThrow();
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('meetings and thank-you notes', () => {
  it('makes a thank-you due after a meeting and clears it when sent', async () => {
    const contact = await saveContact('ada-example', ada, T, db);
    expect(await countDueThankYous(T, db)).toBe(0);

    const afterMeeting = await logMeeting(contact.id, T + 60_000, db);
    expect(afterMeeting).toMatchObject({ nextDueKind: 'thank-you', nextDueAt: T + 60_000, thankYouDueAt: T + 60_000 });
    expect(await countDueThankYous(T + 60_000, db)).toBe(1);
    expect((await listDueFollowUps(undefined, db)).map((c) => c.slug)).toEqual(['ada-example']);
    expect(await db.meetings.count()).toBe(1);

    const afterThanks = await markThankYouSent(contact.id, T + 120_000, db);
    expect(afterThanks).toMatchObject({ status: 'thanked', nextDueKind: 'keep-in-touch', thankYouDueAt: undefined });
    expect(await countDueThankYous(T + 120_000, db)).toBe(0);
    // Nothing is due this week; the check-in comes weeks later.
    expect(await listDueFollowUps(T + 7 * 86_400_000, db)).toEqual([]);
  });

  it('lists what is due soonest first and counts each contact once', async () => {
    const a = await saveContact('a', { ...ada, name: 'A' }, T, db);
    const b = await saveContact('b', { ...ada, name: 'B' }, T, db);
    await saveContact('c', { ...ada, name: 'C' }, T, db);
    await logMeeting(b.id, T + 1, db);
    await logMeeting(a.id, T + 2, db);
    await logMeeting(a.id, T + 3, db);
    expect((await listDueFollowUps(undefined, db)).map((c) => c.name)).toEqual(['B', 'A']);
    expect(await countDueThankYous(T + 3, db)).toBe(2);
  });

  it('refuses a meeting for a contact that does not exist', async () => {
    await expect(logMeeting(999, T, db)).rejects.toThrow();
    expect(await db.meetings.count()).toBe(0);
  });
});
