/**
 * The background's message handlers on WXT's fake browser: each message is heard only from the
 * context allowed to send it, and only with a payload its protocol schema accepts.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '@/entrypoints/background/handlers';
import type { TabPages } from '@/entrypoints/background/sidebar-ports';
import type { PageState } from '@/lib/messaging';
import { getDb } from '@/storage/db';

const TAB = 7;
const extension = (path: string) => `chrome-extension://${fakeBrowser.runtime.id}/${path}`;
const FROM = {
  contentScript: () => ({ id: fakeBrowser.runtime.id, url: 'https://www.linkedin.com/in/maya-okafor/', tab: { id: TAB }, frameId: 0 }),
  sidebar: () => ({ id: fakeBrowser.runtime.id, url: extension('sidebar.html'), tab: { id: TAB }, frameId: 4 }),
  popup: () => ({ id: fakeBrowser.runtime.id, url: extension('popup.html') }),
  otherExtension: () => ({ id: 'someone-else', url: 'chrome-extension://someone-else/page.html' }),
};

/** Sends one message the way @webext-core/messaging does, from `sender`; resolves to the handler's answer or rejects with its error. */
async function send(type: string, data: unknown, sender: object): Promise<unknown> {
  let answer: (reply: unknown) => void = () => undefined;
  const replied = new Promise((resolve) => (answer = resolve));
  const handled = await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender, (reply: unknown) => answer(reply));
  if (!(handled as unknown[]).includes(true)) throw new Error('no handler answered');
  const reply = (await replied) as { res?: unknown; err?: { message: string } };
  if (reply.err) throw new Error(reply.err.message);
  return reply.res;
}

const page = (slug: string, name: string): PageState => ({
  url: `https://www.linkedin.com/in/${slug}/`,
  slug,
  extraction: {
    profile: { slug, profileUrl: `https://www.linkedin.com/in/${slug}/`, name, experience: [], education: [] },
    found: ['name'],
    missing: [],
    layout: 'test',
  },
});

const pages = new Map<number, PageState>();

// The messaging library allows one listener per message in a JS context: register once.
beforeAll(() => {
  const tabPages: TabPages = { get: (id) => pages.get(id), set: (id, state) => void pages.set(id, state) };
  registerHandlers(tabPages);
});

beforeEach(async () => {
  pages.clear();
  await Promise.all(getDb().tables.map((table) => table.clear()));
});

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
});
