import { liveQuery, type Subscription } from 'dexie';
import type { Browser } from 'wxt/browser';
import { sendMessage, type PageState, type SidebarState } from '@/lib/messaging';
import { PageStateSchema, SIDEBAR_PORT, type DetailsSeen, type LeadMatch, type MutualContact, type PageLists } from '@/lib/model/protocol';
import { getContactOverview, leadMatchesFor, mutualContactsFor, type ContactOverview } from '@/storage/overview';
import { getSettings } from '@/storage/settings';
import { listTemplates } from '@/storage/templates';
import { listPaths } from '@/storage/paths';
import { courseQuestionsFor } from '@/storage/courses';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/model/settings';
import { type Template } from '@/lib/model/template';
import { sidebarTabId } from './sender';

/** What the background knows about each LinkedIn tab, and the sidebars to tell. */
export interface TabPages {
  get(tabId: number): PageState | undefined;
  set(tabId: number, page: PageState): void;
  /** What the detail pages of `slug` showed in the tab (kept in memory, never written unasked). */
  lists(tabId: number, slug: string): PageLists;
  setLists(tabId: number, details: DetailsSeen): void;
}

interface Connection {
  port: Browser.runtime.Port;
  /** What the live query follows: the slug and the name read for it. */
  key: string | null;
  overview: ContactOverview | null;
  settings: Settings;
  templates: Template[];
  leadMatches: LeadMatch[];
  mutualContacts: MutualContact[];
  paths: SidebarState['paths'];
  courseQuestions: SidebarState['courseQuestions'];
  subscription?: Subscription;
}

/**
 * The sidebar frame cannot open IndexedDB (it is third-party storage inside
 * linkedin.com), so it holds a port to the background. The background pushes the
 * page as the content script read it, and the saved contact for that slug, live.
 */
export function registerSidebarPorts(): TabPages {
  const pages = new Map<number, PageState>();
  const seenLists = new Map<number, DetailsSeen>();
  const listsOf = (tabId: number, slug: string | undefined): PageLists => {
    const seen = seenLists.get(tabId);
    if (!seen || seen.slug !== slug) return {};
    const { slug: _slug, ...lists } = seen;
    return lists;
  };
  const connections = new Map<number, Set<Connection>>();

  const post = (tabId: number, connection: Connection) => {
    const { overview } = connection;
    const state: SidebarState = {
      page: pages.get(tabId) ?? null,
      contact: overview?.contact ?? null,
      meetings: overview?.meetings ?? [],
      lastInteraction: overview?.lastInteraction ?? null,
      referrerName: overview?.referrerName,
      settings: connection.settings,
      templates: connection.templates,
      leadMatches: overview ? [] : connection.leadMatches,
      pageLists: listsOf(tabId, pages.get(tabId)?.slug),
      mutualContacts: connection.mutualContacts,
      scheduled: overview?.scheduled ?? null,
      tasks: overview?.tasks ?? [],
      paths: connection.paths,
      courseQuestions: overview ? connection.courseQuestions : [],
    };
    try {
      connection.port.postMessage(state);
    } catch {
      // The frame went away; onDisconnect cleans up.
    }
  };

  const follow = (tabId: number, connection: Connection) => {
    const slug = pages.get(tabId)?.slug ?? null;
    // The name matters too: leads saved by name are matched once the page has been read.
    const name = pages.get(tabId)?.extraction?.profile.name;
    // So are the mutual connections: saved ones are suggested as introducers.
    const mutuals = pages.get(tabId)?.extraction?.mutuals;
    const key = slug === null ? null : JSON.stringify([slug, name ?? '', mutuals ?? []]);
    if (key === connection.key && connection.subscription) return post(tabId, connection);
    connection.subscription?.unsubscribe();
    // Another person: drop what was shown for the previous one at once.
    if (slug !== connection.overview?.contact.slug) {
      connection.overview = null;
      connection.mutualContacts = [];
    }
    connection.key = key;
    post(tabId, connection);
    if (slug === null) return;
    connection.subscription = liveQuery(async () => {
      const overview = await getContactOverview(slug);
      return {
      overview,
      settings: await getSettings(),
      templates: await listTemplates(),
      leadMatches: await leadMatchesFor(name),
      mutualContacts: await mutualContactsFor(mutuals),
      paths: (await listPaths()).map(({ uid, name }) => ({ uid, name })),
      courseQuestions: await courseQuestionsFor(overview?.contact.pathUids ?? []),
      };
    }).subscribe({
      next: ({ overview, settings, templates, leadMatches, mutualContacts, paths, courseQuestions }) => {
        connection.paths = paths;
        connection.courseQuestions = courseQuestions;
        connection.mutualContacts = mutualContacts;
        connection.overview = overview;
        connection.settings = settings;
        connection.templates = templates;
        connection.leadMatches = leadMatches;
        post(tabId, connection);
      },
      error: (error: unknown) => console.error('Coffee Chats: could not read the contact', error),
    });
  };

  const setPage = (tabId: number, page: PageState) => {
    pages.set(tabId, page);
    // What a detail page showed is offered while the tab stays on that person.
    if (seenLists.get(tabId)?.slug !== page.slug) seenLists.delete(tabId);
    for (const connection of connections.get(tabId) ?? []) follow(tabId, connection);
  };

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SIDEBAR_PORT) return;
    const tabId = port.sender ? sidebarTabId(port.sender) : null;
    if (tabId === null) return port.disconnect();
    const connection: Connection = { port, key: null, overview: null, settings: DEFAULT_SETTINGS, templates: [], leadMatches: [], mutualContacts: [], paths: [], courseQuestions: [] };
    const set = connections.get(tabId) ?? new Set();
    set.add(connection);
    connections.set(tabId, set);
    port.onDisconnect.addListener(() => {
      connection.subscription?.unsubscribe();
      set.delete(connection);
    });
    follow(tabId, connection);
    // After a worker restart the map is empty: ask the tab what it shows.
    sendMessage('currentPage', undefined, { tabId, frameId: 0 })
      .then((page) => {
        const parsed = PageStateSchema.safeParse(page);
        if (parsed.success) setPage(tabId, parsed.data);
      })
      .catch(() => undefined);
  });

  /** A detail page was read: kept per tab, one person at a time, and offered to the sidebars. */
  const setLists = (tabId: number, details: DetailsSeen) => {
    const previous = seenLists.get(tabId);
    seenLists.set(tabId, previous?.slug === details.slug ? { ...previous, ...details } : details);
    for (const connection of connections.get(tabId) ?? []) post(tabId, connection);
  };

  browser.tabs.onRemoved.addListener((tabId) => {
    pages.delete(tabId);
    seenLists.delete(tabId);
    connections.delete(tabId);
  });

  return { get: (tabId) => pages.get(tabId), set: setPage, lists: listsOf, setLists };
}
