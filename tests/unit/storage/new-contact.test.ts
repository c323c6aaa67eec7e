import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { addPerson, getContact, listContacts, namesakesOf, saveContact } from '@/storage/contacts';
import { updateMeeting } from '@/storage/meetings';
import { countDueThankYous } from '@/storage/due-reads';
import { logMeeting } from '@/storage/history';
import { contactsToCsv } from '@/lib/backup/csv';
import { contactsToVcard } from '@/lib/backup/vcard';

const T = Date.UTC(2026, 10, 21, 9, 30);
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const rosa = {
  name: 'Rosa Díaz',
  relationship: 'friends-parent',
  howWeMet: 'Ana’s graduation',
  currentCompany: 'City Hospital',
  currentTitle: 'Clinical Psychologist',
  email: 'rosa@example.org',
  phone: '+44 20 7946 0000',
};

describe('a person added by hand', () => {
  it('is a contact like any other: saved, searchable by relationship and how you met, with a thank-you due after a meeting', async () => {
    const saved = await addPerson(rosa, T, db);
    expect(saved).toMatchObject({ ...rosa, status: 'saved', createdAt: T });
    expect(saved.slug).toBeUndefined();
    expect((await listContacts({ query: 'friend’s parent' }, db)).map((c) => c.name)).toEqual([]);
    expect((await listContacts({ query: "friend's parent" }, db)).map((c) => c.name)).toEqual(['Rosa Díaz']);
    expect((await listContacts({ query: 'graduation' }, db)).map((c) => c.name)).toEqual(['Rosa Díaz']);
    await logMeeting(saved.id, T + 1_000, db);
    expect(await countDueThankYous(T + 2_000, db)).toBe(1);
  });

  it('goes to CSV with the relationship in words, and to vCard with the phone', async () => {
    const saved = await addPerson(rosa, T, db);
    const csv = contactsToCsv([saved]);
    expect(csv).toContain('Relationship');
    expect(csv).toContain("Friend's parent");
    expect(csv).toContain('Ana’s graduation');
    expect(contactsToVcard([saved])).toContain('TEL;TYPE=VOICE:+44 20 7946 0000');
  });

  it('with a LinkedIn address is the same row when the profile is saved later', async () => {
    const saved = await addPerson({ name: 'Jonas Weber', linkedInUrl: 'linkedin.com/in/Jonas-Weber-Demo/' }, T, db);
    expect(saved).toMatchObject({ slug: 'jonas-weber-demo', profileUrl: 'https://www.linkedin.com/in/jonas-weber-demo/' });
    const fromPage = await saveContact('jonas-weber-demo', { name: 'Jonas Weber', headline: 'Data Engineer', experience: [], education: [] }, T + 1, db);
    expect(fromPage.id).toBe(saved.id);
    expect(await db.contacts.count()).toBe(1);
  });

  it('refuses a profile that is already a contact, naming them, and writes nothing', async () => {
    await saveContact('maya-okafor-demo', { name: 'Maya Okafor', experience: [], education: [] }, T, db);
    await expect(addPerson({ name: 'Maya', linkedInUrl: 'https://www.linkedin.com/in/maya-okafor-demo/' }, T, db)).rejects.toThrow(
      'Maya Okafor is already one of your contacts with that LinkedIn profile.',
    );
    expect(await db.contacts.count()).toBe(1);
  });

  it.each([
    [{ name: '' }, 'A contact needs a name'],
    [{ name: 'Rosa', email: 'nope' }, 'That is not an email address'],
    [{ name: 'Rosa', phone: 'call me' }, 'That is not a phone number'],
    [{ name: 'Rosa', relationship: 'cousin' }, 'relationship'],
    [{ name: 'Rosa', linkedInUrl: 'https://example.com/in/rosa' }, 'That is not a LinkedIn profile address'],
  ])('refuses %j and writes nothing', async (input, message) => {
    await expect(addPerson(input, T, db)).rejects.toThrow(message);
    expect(await db.contacts.count()).toBe(0);
    expect(await getContact(1, db)).toBeUndefined();
  });
});

describe('namesakes', () => {
  it('finds saved contacts with the typed name, whatever its letter case, and says what tells them apart', async () => {
    const maya = await saveContact('maya-okafor', { name: 'Maya Okafor', currentCompany: 'Lumen Health', experience: [], education: [] }, T, db);
    const { meetingId } = await logMeeting(maya.id, T, db);
    await updateMeeting(meetingId as number, { leads: [{ name: 'Jonas Weber' }] }, T, db);
    await addPerson({ name: 'Jonas Weber', currentCompany: 'Initrode' }, T, db);
    const found = await namesakesOf('  jonas WEBER ', db);
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Jonas Weber', referrerName: 'Maya Okafor', onLinkedIn: false }),
        expect.objectContaining({ name: 'Jonas Weber', company: 'Initrode', onLinkedIn: false }),
      ]),
    );
    expect(await namesakesOf('Maya Okafor', db)).toEqual([expect.objectContaining({ id: maya.id, onLinkedIn: true, company: 'Lumen Health' })]);
    expect(await namesakesOf('   ', db)).toEqual([]);
    expect(await namesakesOf('Rosa Díaz', db)).toEqual([]);
  });
});
