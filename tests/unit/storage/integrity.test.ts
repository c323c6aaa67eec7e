/** Detours a real user takes: each keeps one person in one row and lets a mistake be taken back. */
import { makeBackup, serializeBackup } from '@/lib/backup/format';
import { parseBackupFile } from '@/lib/backup/parse';
import { deleteContact, restoreContact, saveContact, updateContact } from '@/storage/contacts';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { deleteInteraction, deleteMeeting, listAllMeetings, logInteraction, logMeeting, restoreHistory } from '@/storage/history';
import { mergeContacts, unmergeContacts } from '@/storage/merge-contacts';
import { addContact } from '@/storage/contacts';
import { updateMeeting } from '@/storage/meetings';

const T = Date.UTC(2026, 10, 16, 9);
const HOUR = 3_600_000;
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`integrity-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());
const person = (name: string) => ({ name, experience: [], education: [] });

describe('one person, one row', () => {
  it('adding the LinkedIn URL to a lead saved by name attaches it to that lead', async () => {
    const maya = await saveContact('maya', person('Maya Okafor'), T, db);
    const { meetingId } = await logMeeting(maya.id, T, db);
    await updateMeeting(meetingId as number, { leads: [{ name: 'Jonas Weber' }] }, T + HOUR, db);
    await updateMeeting(meetingId as number, { leads: [{ name: 'Jonas Weber', profileUrl: 'https://www.linkedin.com/in/Jonas-Weber/' }] }, T + 2 * HOUR, db);
    const jonases = await db.contacts.where('name').equals('Jonas Weber').toArray();
    expect(jonases).toHaveLength(1);
    expect(jonases[0]).toMatchObject({ slug: 'jonas-weber', profileUrl: 'https://www.linkedin.com/in/jonas-weber/', referredBy: maya.id });
  });

  it('merges a lead and the profile saved beside it: history, notes and referrals move; undo splits them again', async () => {
    const maya = await saveContact('maya', person('Maya Okafor'), T, db);
    const lead = await addContact({ name: 'Jonas Weber', referredBy: maya.id, notes: 'Ask about research ops' }, T, db);
    await logInteraction({ contactId: lead.id, kind: 'request-sent', at: T + HOUR }, T + HOUR, db);
    const friend = await addContact({ name: 'Lee', referredBy: lead.id }, T, db);
    const profile = await saveContact('jonas-weber', { ...person('Jonas Weber'), headline: 'PM at Acme' }, T + 2 * HOUR, db);
    await updateContact(profile.id, { notes: 'Saved from his profile' }, T + 2 * HOUR, db);

    const merged = await mergeContacts(profile.id, lead.id, T + 3 * HOUR, db);
    expect(await db.contacts.count()).toBe(3);
    const survivor = (await db.contacts.get(profile.id))!;
    expect(survivor).toMatchObject({ slug: 'jonas-weber', headline: 'PM at Acme', referredBy: maya.id, status: 'requested' });
    expect(survivor.notes).toContain('Ask about research ops');
    expect(survivor.notes).toContain('Saved from his profile');
    expect(await db.interactions.where('contactId').equals(profile.id).count()).toBe(1);
    expect((await db.contacts.get(friend.id))?.referredBy).toBe(profile.id);

    await unmergeContacts(merged, T + 4 * HOUR, db);
    expect(await db.contacts.count()).toBe(4);
    expect(await db.contacts.get(lead.id)).toMatchObject({ notes: 'Ask about research ops', referredBy: maya.id });
    expect((await db.contacts.get(profile.id))?.notes).toBe('Saved from his profile');
    expect(await db.interactions.where('contactId').equals(lead.id).count()).toBe(1);
    expect((await db.contacts.get(friend.id))?.referredBy).toBe(lead.id);
  });

  it('refuses to merge two different LinkedIn profiles', async () => {
    const a = await saveContact('a-person', person('Sam Lee'), T, db);
    const b = await saveContact('b-person', person('Sam Lee'), T, db);
    await expect(mergeContacts(a.id, b.id, T, db)).rejects.toThrow('two different LinkedIn profiles');
  });
});

describe('slugs are one spelling at every entry point', () => {
  it('a page slug in another case or percent-encoded is the same person', async () => {
    const first = await saveContact('JaneDoe', person('Jane Doe'), T, db);
    const again = await saveContact('janedoe', person('Jane Doe'), T + HOUR, db);
    const eric = await saveContact('%C3%A9ric-x', person('Éric X'), T, db);
    const ericAgain = await saveContact('e\u0301ric-x', person('Éric X'), T + HOUR, db);
    expect(again.id).toBe(first.id);
    expect(ericAgain.id).toBe(eric.id);
    expect(eric).toMatchObject({ slug: 'éric-x', profileUrl: 'https://www.linkedin.com/in/éric-x/' });
  });

  it('an import normalises slugs, refuses two spellings of one person, and derives the profile link', () => {
    const row = (id: number, slug: string, profileUrl: string) => ({
      id, name: `P${id}`, slug, profileUrl, status: 'saved' as const, tags: [], notes: '', experience: [], education: [], dismissedDue: [], createdAt: T, updatedAt: T,
    });
    const read = (contacts: ReturnType<typeof row>[]) => {
      const text = serializeBackup(makeBackup({ contacts, meetings: [], interactions: [], settings: null, templates: [] }, T));
      return parseBackupFile(text, text.length);
    };
    const twice = read([row(1, 'JaneDoe', 'https://www.linkedin.com/in/JaneDoe/'), row(2, 'janedoe', 'https://www.linkedin.com/in/janedoe/')]);
    expect(twice).toMatchObject({ ok: false, message: expect.stringContaining('janedoe') });
    const other = read([row(3, '%C3%A9ric-x', 'https://evil.example/not-linkedin')]);
    expect(other.ok && other.backup.contacts[0]).toMatchObject({ slug: 'éric-x', profileUrl: 'https://www.linkedin.com/in/éric-x/' });
  });
});

describe('mistakes can be taken back', () => {
  it('deletes a meeting with its log entry; status and the thank-you follow; undo brings both back', async () => {
    const maya = await saveContact('maya', person('Maya Okafor'), T, db);
    await logInteraction({ contactId: maya.id, kind: 'request-sent', at: T }, T, db);
    const { meetingId } = await logMeeting(maya.id, T + HOUR, db);
    expect(await db.contacts.get(maya.id)).toMatchObject({ status: 'met', nextDueKind: 'thank-you' });
    const deleted = await deleteMeeting(meetingId as number, T + 2 * HOUR, db);
    expect(await db.contacts.get(maya.id)).toMatchObject({ status: 'requested' });
    expect((await db.contacts.get(maya.id))?.nextDueKind).not.toBe('thank-you');
    await restoreHistory(deleted, T + 3 * HOUR, db);
    expect(await listAllMeetings(db)).toHaveLength(1);
    expect(await db.contacts.get(maya.id)).toMatchObject({ status: 'met', nextDueKind: 'thank-you' });
    // A second undo of the same thing says so instead of failing silently.
    await expect(restoreHistory(deleted, T + 3 * HOUR, db)).rejects.toThrow('already put back');
  });

  it('deletes an interaction logged by mistake; the status goes back', async () => {
    const maya = await saveContact('maya', person('Maya Okafor'), T, db);
    await logInteraction({ contactId: maya.id, kind: 'request-sent', at: T }, T, db);
    const [logged] = await db.interactions.toArray();
    await deleteInteraction(logged!.id!, T + HOUR, db);
    expect(await db.contacts.get(maya.id)).toMatchObject({ status: 'saved' });
  });

  it('undoing a contact deletion works even after the same profile was saved again', async () => {
    const maya = await saveContact('maya', person('Maya Okafor'), T, db);
    await updateContact(maya.id, { notes: 'two pages of notes' }, T, db);
    await logMeeting(maya.id, T, db);
    const deleted = await deleteContact(maya.id, db);
    await saveContact('maya', person('Maya Okafor'), T + 1000, db);
    await restoreContact(deleted, db);
    const rows = await db.contacts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: maya.id, notes: 'two pages of notes' });
    expect(await db.meetings.where('contactId').equals(maya.id).count()).toBe(1);
    await expect(restoreContact(deleted, db)).rejects.toThrow('already back');
  });
});

