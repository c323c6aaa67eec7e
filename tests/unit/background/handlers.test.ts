/**
 * The background's message handlers on WXT's fake browser: each message is heard only from the
 * context allowed to send it, and only with a payload its protocol schema accepts.
 */
import { FROM, TAB, extension, page, pages, send, withHandlers } from './harness';
import { addContact, getContactBySlug } from '@/storage/contacts';
import { getDb } from '@/storage/db';

withHandlers();

const fields = { name: 'Maya Okafor', experience: [], education: [] };

describe('background message handlers', () => {
  it('saves the person open in the sidebar’s tab, as the content script read it', async () => {
    await send('pageChanged', page('maya-okafor', 'Maya Okafor'), FROM.contentScript());
    const saved = (await send('saveContact', { slug: 'maya-okafor', fields }, FROM.sidebar())) as { id: number; name: string };
    expect(saved).toMatchObject({ name: 'Maya Okafor', slug: 'maya-okafor' });
    expect(await getDb().contacts.count()).toBe(1);
  });

  it('refuses to save a person whose profile is no longer open in that tab', async () => {
    await send('pageChanged', page('someone-else', 'Someone Else'), FROM.contentScript());
    await expect(send('saveContact', { slug: 'maya-okafor', fields }, FROM.sidebar())).rejects.toThrow(/changed to another profile/u);
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('opens a saved contact in the contact book, in a new tab next to the sidebar’s', async () => {
    await send('pageChanged', page('maya-okafor', 'Maya Okafor'), FROM.contentScript());
    const saved = (await send('saveContact', { slug: 'maya-okafor', fields }, FROM.sidebar())) as { id: number };
    const opened: { url?: string; openerTabId?: number }[] = [];
    fakeBrowser.tabs.onCreated.addListener((tab) => void opened.push(tab));
    await send('openContact', { contactId: saved.id }, FROM.sidebar());
    expect(opened).toMatchObject([{ url: extension(`options.html#contact/${saved.id}`) }]);
    await expect(send('openContact', { contactId: saved.id + 1 }, FROM.sidebar())).rejects.toThrow(/no longer in your contacts/u);
    await expect(send('openContact', { contactId: saved.id }, FROM.otherExtension())).rejects.toThrow(/not accepted from there/u);
    expect(opened).toHaveLength(1);
  });

  it.each([
    ['saveContact from the popup', 'saveContact', { slug: 'maya-okafor', fields }, FROM.popup],
    ['pageChanged from the sidebar', 'pageChanged', page('maya-okafor', 'Maya Okafor'), FROM.sidebar],
    ['detailsSeen from an extension page', 'detailsSeen', { slug: 'maya-okafor', experience: [] }, FROM.popup],
    ['logMeeting from another extension', 'logMeeting', { contactId: 1 }, FROM.otherExtension],
    ['linkLead from the popup', 'linkLead', { contactId: 1, slug: 'maya-okafor' }, FROM.popup],
  ])('does not hear %s', async (_name, type, data, from) => {
    await expect(send(type, data, from())).rejects.toThrow(/not accepted from there/u);
    expect(pages.size).toBe(0);
    expect(await getDb().contacts.count()).toBe(0);
  });

  it.each([
    ['a slug with a slash', 'saveContact', { slug: 'a/b', fields }, FROM.sidebar],
    ['a contact without a name', 'saveContact', { slug: 'maya-okafor', fields: { ...fields, name: '  ' } }, FROM.sidebar],
    ['an interaction kind that does not exist', 'logInteraction', { contactId: 1, kind: 'job-offer' }, FROM.popup],
    ['a snooze of a year', 'snoozeDue', { contactId: 1, days: 365 }, FROM.popup],
    ['a meeting held in the year 3000', 'updateMeeting', { meetingId: 1, details: { heldAt: Date.UTC(3000, 0, 1) } }, FROM.popup],
    ['a page state with a script URL', 'pageChanged', { ...page('maya-okafor', 'Maya'), url: 'javascript:alert(1)' }, FROM.contentScript],
  ])('refuses %s, and writes nothing', async (_name, type, data, from) => {
    await send('pageChanged', page('maya-okafor', 'Maya Okafor'), FROM.contentScript());
    await expect(send(type, data, from())).rejects.toThrow();
    expect(await getDb().contacts.count()).toBe(0);
    expect(pages.get(TAB)?.url).toBe('https://www.linkedin.com/in/maya-okafor/');
  });

  it('logs a meeting and a thank-you from extension pages; what is due follows', async () => {
    await send('pageChanged', page('maya-okafor', 'Maya Okafor'), FROM.contentScript());
    const { id } = (await send('saveContact', { slug: 'maya-okafor', fields }, FROM.sidebar())) as { id: number };
    const logged = (await send('logMeeting', { contactId: id }, FROM.sidebar())) as { contact: { nextDueKind?: string }; meetingId: number };
    expect(logged.contact.nextDueKind).toBe('thank-you');
    const thanked = (await send('completeDue', { contactId: id }, FROM.popup())) as { status: string; nextDueKind?: string };
    expect(thanked).toMatchObject({ status: 'thanked', nextDueKind: 'keep-in-touch' });
  });

  it('never writes what a page shows on its own: a lead’s profile and a detail list are offered, a click writes them', async () => {
    const lead = await addContact({ name: 'Jonas Weber', slug: 'jonas-weber', profileUrl: 'https://www.linkedin.com/in/jonas-weber/' });
    const shown = page('jonas-weber', 'Jonas Weber');
    shown.extraction!.profile.headline = 'Headline chosen by the page';
    await send('pageChanged', shown, FROM.contentScript());
    await send('detailsSeen', { slug: 'jonas-weber', experience: [{ title: 'Fake job', company: 'Nowhere' }] }, FROM.contentScript());
    expect(await getContactBySlug('jonas-weber')).toMatchObject({ updatedAt: lead.updatedAt, experience: [] });
    expect((await getContactBySlug('jonas-weber'))?.headline).toBeUndefined();

    expect(await send('fillFromPage', { slug: 'jonas-weber' }, FROM.sidebar())).toMatchObject({ headline: 'Headline chosen by the page' });
    expect(await send('acceptList', { slug: 'jonas-weber', list: 'experience' }, FROM.sidebar())).toMatchObject({ experience: [{ title: 'Fake job' }] });
    // Nothing to accept for a list no page showed, or for another person than the one on screen.
    await expect(send('acceptList', { slug: 'jonas-weber', list: 'education' }, FROM.sidebar())).rejects.toThrow(/no longer on screen/u);
    await expect(send('acceptList', { slug: 'maya-okafor', list: 'experience' }, FROM.sidebar())).rejects.toThrow(/another profile/u);
    await expect(send('fillFromPage', { slug: 'jonas-weber' }, FROM.popup())).rejects.toThrow(/not accepted from there/u);
  });
});
