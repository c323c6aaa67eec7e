import { dueWords } from '@/lib/followups/due-words';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { saveContact, updateContact } from '@/storage/contacts';
import { logMeeting } from '@/storage/history';
import { fillEmptyFields, findLeadsNamed, linkLeadToProfile, savePrepQuestions, updateMeeting } from '@/storage/meetings';

const T = new Date('2026-11-16T10:00:00').getTime();
const HOUR = 3_600_000;
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`meet-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());
const person = (name: string) => ({ name, experience: [], education: [] });

async function met() {
  const maya = await saveContact('maya', person('Maya Okafor'), T, db);
  const { meetingId } = await logMeeting(maya.id, T, db);
  return { maya, meetingId: meetingId as number };
}

describe('completing a meeting', () => {
  it('stores answers, takeaways and leads; each lead becomes a contact to reach out to', async () => {
    const { maya, meetingId } = await met();
    const already = await saveContact('priya', person('Priya Raman'), T, db);
    const { meeting } = await updateMeeting(
      meetingId,
      {
        heldAt: T,
        mode: 'video',
        durationMin: 20,
        answers: [{ text: 'How did you move into research?', answer: 'Through a hospital UX project.' }],
        takeaways: ['Build a small portfolio of studies', 'Join the local research meetup'],
        leads: [{ name: 'Tomás Lindqvist' }, { name: 'Priya Raman', profileUrl: 'https://www.linkedin.com/in/Priya/?trk=x' }],
      },
      T + HOUR,
      db,
    );
    expect(meeting).toMatchObject({ mode: 'video', durationMin: 20, takeaways: ['Build a small portfolio of studies', 'Join the local research meetup'] });
    const tomas = await db.contacts.get(meeting.leads[0]!.contactId!);
    expect(tomas).toMatchObject({ name: 'Tomás Lindqvist', referredBy: maya.id, nextDueKind: 'reach-out' });
    expect(dueWords(tomas!, Date.now())?.text).toBe('Reach out to Tomás Lindqvist (suggested by Maya Okafor)');
    expect(meeting.leads[1]).toMatchObject({ contactId: already.id, profileUrl: 'https://www.linkedin.com/in/priya/' });
    expect((await db.contacts.get(already.id))!.referredBy).toBe(maya.id);

    // Reopening and saving again does not make a second Tomás.
    await updateMeeting(meetingId, { heldAt: T, leads: [{ name: 'Tomás Lindqvist' }] }, T + 2 * HOUR, db);
    expect(await db.contacts.where('name').equals('Tomás Lindqvist').count()).toBe(1);
  });

  it('moves the thank-you with the meeting’s time', async () => {
    const { maya, meetingId } = await met();
    await updateMeeting(meetingId, { heldAt: T - 25 * HOUR }, T, db);
    expect(await db.contacts.get(maya.id)).toMatchObject({ thankYouDueAt: T - 25 * HOUR });
    expect((await db.interactions.where('contactId').equals(maya.id).toArray()).map((i) => i.at)).toEqual([T - 25 * HOUR]);
  });

  it('refuses a lead link that is not a LinkedIn profile, and writes nothing', async () => {
    const { meetingId } = await met();
    await expect(updateMeeting(meetingId, { heldAt: T, leads: [{ name: 'X', profileUrl: 'javascript:alert(1)' }] }, T, db)).rejects.toThrow(/not a LinkedIn profile link/u);
    expect(await db.contacts.count()).toBe(1);
  });

  it('keeps the user’s own arrangement of prep questions', async () => {
    const { maya } = await met();
    const saved = await savePrepQuestions(maya.id, [{ text: 'Mine first?', area: 'personal' }, { text: 'Who else should I talk to?', area: 'leads' }], T, db);
    expect(saved.prepQuestions).toEqual([{ text: 'Mine first?', area: 'personal' }, { text: 'Who else should I talk to?', area: 'leads' }]);
    await expect(savePrepQuestions(maya.id, [{ text: '  ' }], T, db)).rejects.toThrow(/cannot be empty/u);
  });

  it('fills a lead’s empty fields from their profile page once, never what was saved or cleared', async () => {
    const { meetingId } = await met();
    const { meeting } = await updateMeeting(meetingId, { heldAt: T, leads: [{ name: 'Lead Typed', profileUrl: 'https://www.linkedin.com/in/lead/' }] }, T, db);
    const filled = await fillEmptyFields('lead', { name: 'Other', headline: 'From page', currentCompany: 'Acme', experience: [{ title: 'Eng' }] }, T + 1, db);
    expect(filled).toMatchObject({ id: meeting.leads[0]!.contactId, name: 'Lead Typed', headline: 'From page', currentCompany: 'Acme', experience: [{ title: 'Eng' }] });
    // Only the first visit fills: later the fields are the user's.
    await updateContact(filled!.id, { headline: undefined }, T + 2, db);
    expect((await fillEmptyFields('lead', { headline: 'From page again' }, T + 3, db))!.headline).toBeUndefined();
    // A contact saved from the sidebar is never filled behind the user's back.
    await saveContact('saved', { name: 'Saved', headline: undefined, experience: [], education: [] }, T, db);
    expect((await fillEmptyFields('saved', { headline: 'From page' }, T + 1, db))!.headline).toBeUndefined();
  });
});

describe('leads saved by name', () => {
  it('are found by the name on a profile and linked to it, filling only what is empty', async () => {
    const { meetingId } = await met();
    const { meeting } = await updateMeeting(meetingId, { heldAt: T, leads: [{ name: 'Jonas Weber' }] }, T, db);
    expect((await findLeadsNamed('jonas weber', db)).map((c) => c.id)).toEqual([meeting.leads[0]!.contactId]);
    const linked = await linkLeadToProfile(meeting.leads[0]!.contactId!, 'jonas-weber', { name: 'Jonas W.', currentCompany: 'Harbourline' }, T, db);
    expect(linked).toMatchObject({ name: 'Jonas Weber', slug: 'jonas-weber', profileUrl: 'https://www.linkedin.com/in/jonas-weber/', currentCompany: 'Harbourline' });
    expect(await findLeadsNamed('Jonas Weber', db)).toEqual([]);
    await expect(linkLeadToProfile(linked!.id, 'other', {}, T, db)).rejects.toThrow(/already linked/u);
  });
});

describe('answers keep their area', () => {
  it('stores the area an answer came with, and keeps a stored area when an edit names none', async () => {
    const maya = await saveContact('maya', person('Maya Okafor'), T, db);
    const { meetingId } = await logMeeting(maya.id, T, db);
    await updateMeeting(meetingId, { answers: [{ text: 'Who else should I talk to?', answer: 'Priya', area: 'leads' }] }, T + HOUR, db);
    await updateMeeting(meetingId, { answers: [{ text: 'Who else should I talk to?', answer: 'Priya, in QA' }] }, T + 2 * HOUR, db);
    expect((await db.meetings.get(meetingId))!.questions).toEqual([{ text: 'Who else should I talk to?', answer: 'Priya, in QA', area: 'leads' }]);
  });
});
