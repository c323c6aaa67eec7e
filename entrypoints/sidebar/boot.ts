import type { Browser } from 'wxt/browser';
import { SIDEBAR_PORT } from '@/lib/model/ports';
import { SIDEBAR_COLLAPSED_KEY } from '@/lib/preferences';
import { SIDEBAR_MARKS, markStage } from '@/lib/sidebar-marks';

/**
 * The sidebar's first script, before React and the schemas (about 390 KB, 250–350 ms of loading on two
 * shared cores). It opens the port to the background and, as soon as a state names the person on the
 * page, shows their name and headline as plain text; then the app loads and takes the port over
 * (`takeBootPort`), so its first render already has the state. It reads two strings and writes them with
 * `textContent`; the app validates every message, this first one included, with zod before using it.
 */

type Port = Browser.runtime.Port;

interface Boot {
  port: Port;
  alive: boolean;
  /** The last message before the app took over. */
  last: unknown;
  /** The app's listener, once it has taken the port. */
  sink?: (message: unknown) => void;
}

let boot: Boot | undefined;
/** The slug whose name the boot put on screen (and marked). */
let shownSlug: string | undefined;

const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;

/** The person a state names, if it names a read page: the saved contact's name first, as the panel shows it. */
function personOf(message: unknown): { slug: string; name: string; headline?: string } | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { page, contact } = message as { page?: { slug?: unknown; extraction?: { profile?: { name?: unknown; headline?: unknown } } }; contact?: { name?: unknown; headline?: unknown } | null };
  const slug = text(page?.slug, 200);
  const profile = page?.extraction?.profile;
  const name = text(contact?.name, 200) ?? text(profile?.name, 200);
  if (!slug || !name) return undefined;
  return { slug, name, headline: text(contact?.headline, 300) ?? text(profile?.headline, 300) };
}

function show(root: HTMLElement, person: { name: string; headline?: string }) {
  const sidebar = document.createElement('div');
  sidebar.className = 'sidebar';
  const header = document.createElement('header');
  const title = document.createElement('h1');
  title.textContent = 'Coffee Chats';
  header.append(title);
  const main = document.createElement('main');
  main.setAttribute('aria-busy', 'true');
  main.className = 'stack boot';
  const name = document.createElement('p');
  name.className = 'boot-name';
  name.textContent = person.name;
  main.append(name);
  if (person.headline) {
    const headline = document.createElement('p');
    headline.className = 'muted';
    headline.textContent = person.headline;
    main.append(headline);
  }
  sidebar.append(header, main);
  root.replaceChildren(sidebar);
}

/**
 * Opens the port and resolves once the name is on screen (a frame later, so it paints before the app's
 * script takes the thread), or when it is clear no name is coming soon: the first state names nobody
 * yet, the sidebar is folded, the port closed, or `waitMs` passed.
 */
export function startBoot(root: HTMLElement, waitMs = 300): Promise<void> {
  return new Promise((resolve) => {
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, waitMs);
    let folded: boolean | undefined;
    let pending: { slug: string; name: string; headline?: string } | undefined;
    const paint = () => {
      if (finished || folded !== false || !pending) return;
      show(root, pending);
      shownSlug = pending.slug;
      markStage(SIDEBAR_MARKS.name, pending.slug);
      // After the next frame (or 50 ms where no frame comes, as in a hidden tab).
      globalThis.requestAnimationFrame?.(() => setTimeout(finish, 0));
      setTimeout(finish, 50);
    };
    const port = browser.runtime.connect({ name: SIDEBAR_PORT });
    const current: Boot = { port, alive: true, last: undefined };
    boot = current;
    port.onMessage.addListener((message: unknown) => {
      if (current.sink) return current.sink(message);
      current.last = message;
      pending = personOf(message);
      // A page still loading (LinkedIn draws the top card late): nothing to show early, so the app loads at once.
      if (!pending) finish();
      else paint();
    });
    port.onDisconnect.addListener(() => {
      current.alive = false;
      finish();
    });
    // The key the app's `sidebarCollapsed` item reads: a folded sidebar shows no name, and needs the app at once.
    browser.storage.local
      .get(SIDEBAR_COLLAPSED_KEY)
      .then((stored) => {
        folded = stored[SIDEBAR_COLLAPSED_KEY] === true;
        if (folded) finish();
        else paint();
      })
      .catch(finish);
  });
}

/** The boot's port, for the app to listen on from now on, with the last message it has not seen yet. */
export function takeBootPort(listener: (message: unknown) => void): { port: Port; last: unknown } | undefined {
  const current = boot;
  boot = undefined;
  if (!current?.alive) return undefined;
  current.sink = listener;
  return { port: current.port, last: current.last };
}

/** The slug the boot already showed and marked (asked once: the app marks every later person itself). */
export function takeShownSlug(): string | undefined {
  const slug = shownSlug;
  shownSlug = undefined;
  return slug;
}
