import Dexie from 'dexie';
import { dueWords } from '@/lib/followups/due-words';
import { ContactSchema } from '@/lib/model/contact';
import { InteractionSchema, MeetingSchema } from '@/lib/model/history';
import { SCHEMA_V1, openDb } from '@/storage/db';
import { snoozeDue } from '@/storage/followups';
import { SCHEMA_V2 } from '@/storage/migrations/v1-to-v2';
import { SCHEMA_V3 } from '@/storage/migrations/v2-to-v3';
import { SCHEMA_V6 } from '@/storage/migrations/v5-to-v6';

const T = Date.UTC(2026, 5, 1, 12);
const DAY = 86_400_000;
const LATEST = 7;

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

const LONG_NOTES = 'Met at the spring fair. '.repeat(800).slice(0, 19_990);

/** A realistic v2 book: long notes, due keys and prose, leads, a snooze, dismissed steps, settings and a template. */
async function seedV2(name: string) {
  const v2 = new Dexie(name);
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  const base = { experience: [], education: [], tags: [], notes: '', dismissedDue: [], createdAt: T, updatedAt: T };
  await v2.table('contacts').bulkAdd([
    { ...base, slug: 'maya', profileUrl: 'https://www.linkedin.com/in/maya/', name: 'Maya Okafor', status: 'met', notes: LONG_NOTES, tags: ['ux', 'alumni'],
      nextDueKind: 'thank-you', nextDueAt: T, nextDueText: 'Send Maya a thank-you note', nextDueKey: `thank-you@${T}`,
      thankYouDueAt: T + DAY, thankYouOverdueAt: T + 2 * DAY, snoozed: { key: `thank-you@${T}`, until: T + DAY },
      prepQuestions: [{ text: 'How did you move into research?', area: 'personal' }] },
    { ...base, name: 'Tomás Lindqvist', status: 'saved', referredBy: 1,
      nextDueKind: 'reach-out', nextDueAt: T, nextDueText: 'Reach out to Tomás Lindqvist (suggested by Maya Okafor)', nextDueKey: `reach-out@${T}` },
    { ...base, slug: 'quiet', profileUrl: 'https://www.linkedin.com/in/quiet/', name: 'Quiet Person', status: 'keeping-in-touch',
      nextDueKind: 'close', nextDueAt: T, nextDueText: 'No reply to 2 check-ins: consider closing Quiet', nextDueKey: `close@${T}`,
      dismissedDue: [`keep-in-touch@${T - DAY}`] },
  ]);
  await v2.table('meetings').bulkAdd([
    { contactId: 1, heldAt: T, mode: 'video', durationMin: 25, questions: [{ text: 'How did you move into research?', answer: 'Through a lab job.'.repeat(100) }],
      takeaways: ['A small portfolio matters more than a long CV'], leads: [{ name: 'Tomás Lindqvist', contactId: 2 }], updatedAt: T },
    { contactId: 3, scheduledAt: T + 3 * DAY, questions: [], takeaways: [], leads: [] },
  ]);
  await v2.table('interactions').bulkAdd([
    { contactId: 1, kind: 'request-sent', at: T - 5 * DAY, channel: 'linkedin', text: 'Hi Maya…' },
    { contactId: 1, kind: 'meeting', at: T },
    { contactId: 3, kind: 'check-in-sent', at: T - 10 * DAY },
    { contactId: 3, kind: 'check-in-sent', at: T - 2 * DAY },
  ]);
  await v2.table('settings').put({ id: 'user', ownName: 'Sam Student', schools: ['Demo U'], programme: '', employers: [], city: '', fieldOfInterest: 'UX research', noteLimit: 300,
    cadences: { thankYouWithinHours: 48, secondPersonAfterBusinessDays: 3, followUpAfterBusinessDays: 7, keepInTouchWeeks: 8, checkInsBeforeClosing: 2 }, notifyOverdueThankYou: false });
  await v2.table('templates').add({ kind: 'thank-you', name: 'Mine', body: 'Thank you, {firstName}.', updatedAt: T });
  v2.close();
}

describe('every schema upgrade, over a realistic book', () => {
  it('v1 → latest: keeps every row, derives a status, and a thank-you owed can be snoozed at once', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await seedV1(name);
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST);

    const contacts = await db.contacts.orderBy('id').toArray();
    expect(contacts.map((c) => [c.id, c.slug, c.name, c.status, c.tags, c.notes])).toEqual([
      [1, 'only-saved', 'Only Saved', 'saved', [], ''],
      [2, 'met-once', 'Met Once', 'met', [], ''],
      [3, 'thanked', 'Thanked Person', 'thanked', [], ''],
    ]);
    // Nothing of v1 was lost.
    expect(contacts[1]).toMatchObject({ headline: 'Designer', experience: [{ title: 'Designer', company: 'Acme' }], thankYouDueAt: T + 5, thankYouOverdueAt: T + 5 + DAY, updatedAt: T + 5 });
    expect(contacts[2]).toMatchObject({ education: [{ school: 'Demo U' }], createdAt: T });
    for (const contact of contacts) expect(ContactSchema.safeParse(contact).success).toBe(true);

    const meetings = await db.meetings.orderBy('id').toArray();
    expect(meetings.map(({ uid, ...rest }) => (expect(uid).toMatch(/^[0-9a-f-]{36}$/u), rest))).toEqual([
      { id: 1, contactId: 2, heldAt: T + 5, questions: [], takeaways: [], leads: [], updatedAt: T + 5 },
      { id: 2, contactId: 3, heldAt: T + 7, questions: [], takeaways: [], leads: [], updatedAt: T + 7 },
    ]);
    for (const meeting of meetings) expect(MeetingSchema.safeParse(meeting).success).toBe(true);
    const interactions = await db.interactions.toArray();
    expect(interactions).toHaveLength(3);
    for (const interaction of interactions) expect(InteractionSchema.safeParse(interaction).success).toBe(true);

    // The new indexes answer queries.
    expect(await db.contacts.where('status').equals('met').count()).toBe(1);
    expect(await db.meetings.where('uid').equals(meetings[0]!.uid).count()).toBe(1);
    expect(await db.settings.count()).toBe(0);

    // v1 stored no step key: the upgrade gives the owed thank-you one, so "Snooze" works before any refresh.
    const snoozed = await snoozeDue(2, T + DAY, T + 10, db);
    expect(snoozed.snoozed).toEqual({ key: `thank-you@${T + 5}`, until: T + DAY });
    await db.delete();
  });

  it('v2 → v3: what is due is kept as kind and values, not prose; meetings and interactions get unique uids', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await seedV2(name);
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST);

    const [maya, tomas, quiet] = await db.contacts.orderBy('id').toArray();
    for (const contact of [maya, tomas, quiet]) {
      expect(contact).not.toHaveProperty('nextDueText');
      expect(ContactSchema.safeParse(contact).success).toBe(true);
    }
    // Every field that was there is still there, to the letter.
    expect(maya).toMatchObject({ notes: LONG_NOTES, tags: ['ux', 'alumni'], nextDueKey: `thank-you@${T}`, snoozed: { key: `thank-you@${T}`, until: T + DAY },
      thankYouOverdueAt: T + 2 * DAY, prepQuestions: [{ text: 'How did you move into research?', area: 'personal' }] });
    expect(quiet).toMatchObject({ dismissedDue: [`keep-in-touch@${T - DAY}`], nextDueValues: { unanswered: 2 } });
    expect(tomas).toMatchObject({ referredBy: 1, nextDueValues: { referrer: 'Maya Okafor' } });
    // The words shown are the ones v2 stored, now rendered from kind and values.
    expect(dueWords(tomas!, T)?.text).toBe('Reach out to Tomás Lindqvist (suggested by Maya Okafor)');
    expect(dueWords(quiet!, T)?.text).toBe('No reply to 2 check-ins: consider closing Quiet');
    expect(dueWords(maya!, T)?.text).toBe('Send Maya a thank-you note');

    const meetings = await db.meetings.orderBy('id').toArray();
    expect(meetings[0]).toMatchObject({ mode: 'video', durationMin: 25, takeaways: ['A small portfolio matters more than a long CV'], leads: [{ name: 'Tomás Lindqvist', contactId: 2 }] });
    expect(meetings[0]!.questions[0]!.answer).toHaveLength('Through a lab job.'.length * 100);
    expect(meetings[1]).toMatchObject({ contactId: 3, scheduledAt: T + 3 * DAY });
    const interactions = await db.interactions.toArray();
    expect(interactions).toHaveLength(4);
    expect(interactions[0]).toMatchObject({ channel: 'linkedin', text: 'Hi Maya…' });
    const uids = [...meetings, ...interactions].map((row) => row.uid);
    expect(new Set(uids).size).toBe(6);
    for (const row of meetings) expect(MeetingSchema.safeParse(row).success).toBe(true);
    for (const row of interactions) expect(InteractionSchema.safeParse(row).success).toBe(true);
    expect(await db.settings.get('user')).toMatchObject({ ownName: 'Sam Student', noteLimit: 300, cadences: { thankYouWithinHours: 48 } });
    expect(await db.templates.count()).toBe(1);
    await db.delete();
  });

  it('v3 → v4: every meeting and interaction says when it was last written, nothing else changes', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.table('contacts').add({ slug: 'maya', name: 'Maya', experience: [], education: [], status: 'met', tags: [], notes: 'kept', dismissedDue: [], createdAt: T, updatedAt: T });
    await v3.table('meetings').bulkAdd([
      { uid: 'meeting-held', contactId: 1, heldAt: T + 5, questions: [], takeaways: ['kept'], leads: [] },
      { uid: 'meeting-planned', contactId: 1, scheduledAt: T + DAY, questions: [], takeaways: [], leads: [] },
      { uid: 'meeting-edited', contactId: 1, heldAt: T, questions: [], takeaways: [], leads: [], updatedAt: T + 9 },
    ]);
    await v3.table('interactions').add({ uid: 'interaction-1', contactId: 1, kind: 'request-sent', at: T - DAY, text: 'Hi' });
    v3.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect((await db.meetings.orderBy('id').toArray()).map((m) => [m.uid, m.updatedAt])).toEqual([
      ['meeting-held', T + 5],
      ['meeting-planned', T + DAY],
      ['meeting-edited', T + 9],
    ]);
    expect(await db.interactions.toArray()).toMatchObject([{ uid: 'interaction-1', updatedAt: T - DAY, text: 'Hi' }]);
    expect(await db.contacts.get(1)).toMatchObject({ notes: 'kept' });
    for (const row of await db.meetings.toArray()) expect(MeetingSchema.safeParse(row).success).toBe(true);
    await db.delete();
  });

  it('v3 → latest: a tasks table is added; every row already there is kept as it was', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    const contact = { slug: 'maya', name: 'Maya Okafor', status: 'scheduled', tags: ['ux'], notes: 'Met at the fair', experience: [], education: [], dismissedDue: [],
      createdAt: T, updatedAt: T, nextDueKind: 'follow-up', nextDueAt: T + DAY, nextDueKey: `follow-up@${T + DAY}` };
    const meeting = { uid: 'meeting-0001', contactId: 1, scheduledAt: T + 2 * DAY, mode: 'video', durationMin: 20, questions: [], takeaways: [], leads: [] };
    const interaction = { uid: 'interaction-0001', contactId: 1, kind: 'request-sent', at: T };
    await v3.table('contacts').add(contact);
    await v3.table('meetings').add(meeting);
    await v3.table('interactions').add(interaction);
    await v3.table('settings').put({ id: 'user', ownName: 'Sam Student' });
    v3.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.contacts.get(1)).toEqual({ ...contact, id: 1 });
    expect(await db.meetings.get(1)).toMatchObject({ ...meeting, id: 1 });
    expect(await db.interactions.get(1)).toMatchObject({ ...interaction, id: 1 });
    expect(await db.settings.get('user')).toEqual({ id: 'user', ownName: 'Sam Student' });
    expect(await db.tasks.count()).toBe(0);
    await db.tasks.add({ uid: 'task-00000001', contactId: 1, meetingUid: 'meeting-0001', text: 'Send Maya my portfolio', createdAt: T, updatedAt: T });
    expect(await db.tasks.where('contactId').equals(1).count()).toBe(1);
    await db.delete();
  });

  it('v6 → v7: contacts and meetings are found by career path; paths, courses and submissions start empty; nothing else moves', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v6 = new Dexie(name);
    v6.version(6).stores(SCHEMA_V6);
    const contact = { slug: 'maya', name: 'Maya Okafor', status: 'met', tags: ['ux'], notes: 'Long notes '.repeat(500), experience: [], education: [], dismissedDue: [], createdAt: T, updatedAt: T };
    const meeting = { uid: 'meeting-0001', contactId: 1, heldAt: T, questions: [{ text: 'How did you start?', answer: 'By accident' }], takeaways: ['Read the FDA guidance'], leads: [] };
    await v6.table('contacts').add(contact);
    await v6.table('meetings').add(meeting);
    await v6.table('tasks').add({ uid: 'task-00000001', contactId: 1, text: 'Send portfolio', createdAt: T, updatedAt: T });
    v6.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.contacts.get(1)).toEqual({ ...contact, id: 1 });
    expect(await db.meetings.get(1)).toEqual({ ...meeting, id: 1 });
    expect(await db.tasks.count()).toBe(1);
    expect(await db.paths.count()).toBe(0);
    await db.paths.add({ uid: 'path-0000001', name: 'Regulatory affairs', target: 5, synthesis: {}, createdAt: T, updatedAt: T });
    await db.contacts.update(1, { pathUids: ['path-0000001'] });
    await db.meetings.update(1, { pathUids: ['path-0000001'] });
    expect((await db.contacts.where('pathUids').equals('path-0000001').toArray()).map((c) => c.name)).toEqual(['Maya Okafor']);
    expect(await db.meetings.where('pathUids').equals('path-0000001').count()).toBe(1);
    await db.delete();
  });

  it('opens an empty database straight at the latest version', async () => {
    const db = openDb(`fresh-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['contacts', 'courses', 'interactions', 'meetings', 'paths', 'settings', 'submissions', 'tasks', 'templates']);
    await db.delete();
  });
});
