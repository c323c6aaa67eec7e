/**
 * The background's message handlers on WXT's fake browser, as the handler tests drive them: senders of
 * each kind, one message sent the way @webext-core/messaging sends it, a page as the content script reads it.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '@/entrypoints/background/handlers';
import type { TabPages } from '@/entrypoints/background/sidebar-ports';
import type { PageState } from '@/lib/messaging';
import type { DetailsSeen } from '@/lib/model/protocol';
import { getDb } from '@/storage/db';

export const TAB = 7;
export const extension = (path: string) => `chrome-extension://${fakeBrowser.runtime.id}/${path}`;
export const FROM = {
  contentScript: () => ({ id: fakeBrowser.runtime.id, url: 'https://www.linkedin.com/in/maya-okafor/', tab: { id: TAB }, frameId: 0 }),
  sidebar: () => ({ id: fakeBrowser.runtime.id, url: extension('sidebar.html'), tab: { id: TAB }, frameId: 4 }),
  popup: () => ({ id: fakeBrowser.runtime.id, url: extension('popup.html') }),
  otherExtension: () => ({ id: 'someone-else', url: 'chrome-extension://someone-else/page.html' }),
};

/** Sends one message the way @webext-core/messaging does, from `sender`; resolves to the handler's answer or rejects with its error. */
export async function send(type: string, data: unknown, sender: object): Promise<unknown> {
  let answer: (reply: unknown) => void = () => undefined;
  const replied = new Promise((resolve) => (answer = resolve));
  const handled = await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender, (reply: unknown) => answer(reply));
  if (!(handled as unknown[]).includes(true)) throw new Error('no handler answered');
  const reply = (await replied) as { res?: unknown; err?: { message: string } };
  if (reply.err) throw new Error(reply.err.message);
  return reply.res;
}

export const page = (slug: string, name: string): PageState => ({
  url: `https://www.linkedin.com/in/${slug}/`,
  slug,
  extraction: {
    profile: { slug, profileUrl: `https://www.linkedin.com/in/${slug}/`, name, experience: [], education: [] },
    found: ['name'],
    missing: [],
    layout: 'test',
  },
});

export const pages = new Map<number, PageState>();
export const lists = new Map<number, DetailsSeen>();

/** Registers the handlers once per test file (the messaging library allows one listener per message), and empties the store before each test. */
export function withHandlers() {
  // The messaging library allows one listener per message in a JS context: register once.
  beforeAll(() => {
    const tabPages: TabPages = {
      get: (id) => pages.get(id),
      set: (id, state) => void pages.set(id, state),
      lists: (id, slug) => {
        const seen = lists.get(id);
        return seen?.slug === slug ? { experience: seen.experience, education: seen.education } : {};
      },
      setLists: (id, details) => void lists.set(id, details),
    };
    registerHandlers(tabPages);
  });

  beforeEach(async () => {
    pages.clear();
    lists.clear();
    await Promise.all(getDb().tables.map((table) => table.clear()));
  });
}
