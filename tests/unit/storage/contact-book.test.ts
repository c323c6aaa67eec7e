import { dueWords } from '@/lib/followups/due-words';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { addContact, completeHistory, deleteContact, listContacts, restoreContact, saveContact, updateContact } from '@/storage/contacts';
import { listInteractions, logInteraction, logMeeting } from '@/storage/history';
import { getSettings } from '@/storage/settings';
import { saveSettings } from '@/storage/followups';

const T = Date.UTC(2026, 10, 16, 9);
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`book-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const person = (name: string, extra: object = {}) => ({ name, experience: [], education: [], ...extra });

describe('contact book', () => {
  it('edits notes, status, tags and email, and refuses what would not fit', async () => {
    const c = await saveContact('ada', person('Ada'), T, db);
    const edited = await updateContact(c.id, { notes: 'Met at the career fair', status: 'closed', tags: ['alumni', 'design'], email: 'ada@example.org' }, T + 1, db);
    expect(edited).toMatchObject({ notes: 'Met at the career fair', status: 'closed', tags: ['alumni', 'design'], email: 'ada@example.org', updatedAt: T + 1 });
    await expect(updateContact(c.id, { notes: 'x'.repeat(20_001) }, T + 2, db)).rejects.toThrow(/at most 20,000 characters/u);
    await expect(updateContact(c.id, { email: 'not an email' }, T + 2, db)).rejects.toThrow(/not an email/u);
    expect((await db.contacts.get(c.id))!.notes).toBe('Met at the career fair');
  });

  it('changes only the fields an edit names: the rest, read from LinkedIn or set elsewhere, stays', async () => {
    const c = await saveContact(
      'ada',
      person('Ada', {
        headline: 'Data engineer',
        experience: [{ title: 'Data engineer', company: 'Northwind' }],
        education: [{ school: 'Example University' }],
      }),
      T,
      db,
    );
    await updateContact(c.id, { status: 'thanked', tags: ['alumni'] }, T + 1, db);
    const edited = await updateContact(c.id, { notes: 'Suggested I talk to Jonas.', headline: undefined }, T + 2, db);
    expect(edited).toMatchObject({
      notes: 'Suggested I talk to Jonas.',
      status: 'thanked',
      tags: ['alumni'],
      experience: [{ title: 'Data engineer', company: 'Northwind' }],
      education: [{ school: 'Example University' }],
    });
    expect(edited.headline).toBeUndefined();
  });

  it('deletes a contact with its meetings and interactions at once, and undoes it', async () => {
    const keep = await saveContact('keep', person('Keep'), T, db);
    const gone = await saveContact('gone', person('Gone'), T, db);
    await logMeeting(gone.id, T + 1, db);
    await logInteraction({ contactId: gone.id, kind: 'note', at: T + 2, text: 'private' }, T + 2, db);
    await logMeeting(keep.id, T + 3, db);

    const deleted = await deleteContact(gone.id, db);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.meetings.where('contactId').equals(gone.id).count()).toBe(0);
    expect(await db.interactions.where('contactId').equals(gone.id).count()).toBe(0);
    expect(await db.meetings.count()).toBe(1);

    await restoreContact(deleted, db);
    expect((await db.contacts.get(gone.id))?.name).toBe('Gone');
    expect((await listInteractions(gone.id, db)).map((i) => i.kind)).toEqual(['note', 'meeting']);
  });

  it('finds contacts by name, company, school or tag, ignoring case and accents, and filters by status', async () => {
    await saveContact('a', person('Zoë Martín', { currentCompany: 'Lumen Health', education: [{ school: 'Leiden University' }] }), T, db);
    const b = await saveContact('b', person('Bo Chen', { currentCompany: 'Northwind' }), T, db);
    await updateContact(b.id, { tags: ['Alumni'] }, T, db);
    await logMeeting(b.id, T + 5, db);
    const names = async (filter: object) => (await listContacts(filter, db)).map((c) => c.name);
    expect(await names({ query: 'zoe martin' })).toEqual(['Zoë Martín']);
    expect(await names({ query: 'LUMEN' })).toEqual(['Zoë Martín']);
    expect(await names({ query: 'leiden' })).toEqual(['Zoë Martín']);
    expect(await names({ query: 'alumni' })).toEqual(['Bo Chen']);
    expect(await names({ status: 'met' })).toEqual(['Bo Chen']);
    // What is due comes first.
    expect(await names({})).toEqual(['Bo Chen', 'Zoë Martín']);
  });

  it('keeps the people a deleted contact referred, unlinked, and links them again on undo', async () => {
    const referrer = await saveContact('ref', person('Referrer'), T, db);
    const lead = await addContact({ name: 'Lead', referredBy: referrer.id }, T, db);
    const deleted = await deleteContact(referrer.id, db);
    expect((await db.contacts.get(lead.id))!.referredBy).toBeUndefined();
    await restoreContact(deleted, db);
    expect((await db.contacts.get(lead.id))!.referredBy).toBe(referrer.id);
  });

  it('keeps a lead without a LinkedIn profile, and more than one of them', async () => {
    const referrer = await saveContact('ref', person('Referrer'), T, db);
    const lead = await addContact({ name: 'Lead One', referredBy: referrer.id, experience: [], education: [] }, T, db);
    await addContact({ name: 'Lead Two', referredBy: referrer.id }, T, db);
    expect(lead.slug).toBeUndefined();
    expect(lead).toMatchObject({ nextDueKind: 'reach-out', nextDueValues: { referrer: 'Referrer' } });
    expect(dueWords(lead, T)?.text).toBe('Reach out to Lead One (suggested by Referrer)');
    expect(await db.contacts.where('referredBy').equals(referrer.id).count()).toBe(2);
  });

  it('stores the user’s settings and reschedules every contact with their cadences', async () => {
    expect((await getSettings(db)).cadences.keepInTouchWeeks).toBe(8);
    const thanked = await saveContact('t', person('Thanked'), T, db);
    await logMeeting(thanked.id, T, db);
    await logInteraction({ contactId: thanked.id, kind: 'thank-you-sent', at: T }, T, db);
    const owed = await saveContact('o', person('Owed'), T, db);
    await logMeeting(owed.id, T, db);
    expect(await db.contacts.get(thanked.id)).toMatchObject({ nextDueKind: 'keep-in-touch', nextDueAt: T + 8 * WEEK });
    expect((await db.contacts.get(owed.id))!.thankYouOverdueAt).toBe(T + 24 * HOUR);

    const settings = await getSettings(db);
    const cadences = { ...settings.cadences, keepInTouchWeeks: 4, thankYouWithinHours: 48 };
    await saveSettings({ ...settings, ownName: 'Sam', schools: ['Leiden University'], cadences }, T + 1, db);
    expect(await getSettings(db)).toMatchObject({ ownName: 'Sam', schools: ['Leiden University'], noteLimit: 200 });
    expect((await db.contacts.get(thanked.id))!.nextDueAt).toBe(T + 4 * WEEK);
    expect((await db.contacts.get(owed.id))!.thankYouOverdueAt).toBe(T + 48 * HOUR);
    await expect(saveSettings({ ...settings, noteLimit: 250 }, T, db)).rejects.toThrow();
  });
});

describe('detail pages', () => {
  const jobs = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Job ${i}`, company: `Co ${i}` }));

  it('complete a saved contact’s lists, and a later save from the profile page keeps the longer list', async () => {
    const c = await saveContact('sam', { name: 'Sam', experience: jobs(3), education: [] }, T, db);
    expect(await completeHistory('nobody', { experience: jobs(9) }, T, db)).toBeUndefined();
    const completed = await completeHistory('sam', { experience: jobs(12) }, T + 1, db);
    expect(completed!.experience).toHaveLength(12);
    const resaved = await saveContact('sam', { name: 'Sam', headline: 'New', experience: jobs(3), education: [] }, T + 2, db);
    expect(resaved.experience).toHaveLength(12);
    expect(resaved.headline).toBe('New');
    expect(c.id).toBe(resaved.id);
  });
});
