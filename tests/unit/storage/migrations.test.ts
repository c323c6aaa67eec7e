import Dexie from 'dexie';
import { SCHEMA_V1, openDb } from '@/storage/db';
import { ContactSchema, MeetingSchema } from '@/storage/schemas';

const T = Date.UTC(2026, 5, 1, 12);

/** Seeds a database exactly as version 1 of the extension wrote it. */
async function seedV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('contacts').bulkAdd([
    { slug: 'only-saved', profileUrl: 'https://www.linkedin.com/in/only-saved/', name: 'Only Saved', experience: [], education: [], createdAt: T, updatedAt: T },
    { slug: 'met-once', profileUrl: 'https://www.linkedin.com/in/met-once/', name: 'Met Once', headline: 'Designer', experience: [{ title: 'Designer', company: 'Acme' }], education: [], createdAt: T, updatedAt: T + 5, nextDueKind: 'thank-you', nextDueAt: T + 5, thankYouDueAt: T + 5 },
    { slug: 'thanked', profileUrl: 'https://www.linkedin.com/in/thanked/', name: 'Thanked Person', experience: [], education: [{ school: 'Demo U' }], createdAt: T, updatedAt: T + 9 },
  ]);
  await v1.table('meetings').bulkAdd([
    { contactId: 2, heldAt: T + 5 },
    { contactId: 3, heldAt: T + 7 },
  ]);
  await v1.table('interactions').bulkAdd([
    { contactId: 2, kind: 'meeting', at: T + 5 },
    { contactId: 3, kind: 'meeting', at: T + 7 },
    { contactId: 3, kind: 'thank-you-sent', at: T + 9 },
  ]);
  v1.close();
}

describe('schema v1 → v2', () => {
  it('keeps every row and gives each what v2 expects', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await seedV1(name);
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(2);

    const contacts = await db.contacts.orderBy('id').toArray();
    expect(contacts.map((c) => [c.id, c.slug, c.name, c.status, c.tags, c.notes])).toEqual([
      [1, 'only-saved', 'Only Saved', 'saved', [], ''],
      [2, 'met-once', 'Met Once', 'met', [], ''],
      [3, 'thanked', 'Thanked Person', 'thanked', [], ''],
    ]);
    // Nothing of v1 was lost.
    expect(contacts[1]).toMatchObject({ headline: 'Designer', experience: [{ title: 'Designer', company: 'Acme' }], thankYouDueAt: T + 5, thankYouOverdueAt: T + 5 + 24 * 3_600_000, updatedAt: T + 5 });
    expect(contacts[2]).toMatchObject({ education: [{ school: 'Demo U' }], createdAt: T });
    for (const contact of contacts) expect(ContactSchema.safeParse(contact).success).toBe(true);

    const meetings = await db.meetings.orderBy('id').toArray();
    expect(meetings).toEqual([
      { id: 1, contactId: 2, heldAt: T + 5, questions: [], takeaways: [], leads: [] },
      { id: 2, contactId: 3, heldAt: T + 7, questions: [], takeaways: [], leads: [] },
    ]);
    for (const meeting of meetings) expect(MeetingSchema.safeParse(meeting).success).toBe(true);
    expect(await db.interactions.count()).toBe(3);

    // The new indexes answer queries.
    expect(await db.contacts.where('status').equals('met').count()).toBe(1);
    expect(await db.settings.count()).toBe(0);
    await db.delete();
  });

  it('opens an empty database straight at v2', async () => {
    const db = openDb(`fresh-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['contacts', 'interactions', 'meetings', 'settings', 'templates']);
    await db.delete();
  });
});
