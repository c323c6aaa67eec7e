/**
 * One way to drive the extension like a user, whatever the browser: shared flows
 * (tests/e2e/*.both.e2e.ts) are written once against these interfaces and run in
 * Chromium (Playwright, chromium.ts) and in Firefox (puppeteer-core over WebDriver BiDi, firefox.ts).
 */

/** ARIA roles the flows look things up by, as a user (or a screen reader) finds them. */
export type Role = 'button' | 'tab' | 'link' | 'listitem' | 'region' | 'form' | 'textbox' | 'heading' | 'group';

/** An element that narrows a lookup: "the button in the list item named Maya Okafor". */
export interface Scope {
  role: Role;
  name: string;
}

/** One document: a LinkedIn tab, the sidebar frame in it, or an extension page. */
export interface Surface {
  /** The value of the text box with this accessible name (waits until it exists). */
  value(name: string): Promise<string>;
  /** Replaces what the text box with this accessible name holds, by typing. */
  fill(name: string, text: string): Promise<void>;
  /** Clicks the element with this role and accessible name (any name if undefined; inside `within` if given). */
  click(role: Role, name: string | undefined, within?: Scope): Promise<void>;
  /** Waits until the element with this role and name exists; its text. */
  textOf(role: Role, name: string): Promise<string>;
  /** Waits until `text` shows somewhere in the document. */
  /** Waits for `text` (15 s, or `timeoutMs`: a browser just restarted on a busy machine takes longer). */
  waitForText(text: string, timeoutMs?: number): Promise<void>;
  /** How many elements with this role and name there are now. */
  count(role: Role, name: string): Promise<number>;
  /** Runs a function (no closures; one serialisable argument) in the document. */
  evaluate<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<R>;
  /** Chooses a file in the file input labelled `name`. */
  upload(name: string, path: string): Promise<void>;
  /** Clicks a button that downloads a file; the file's name and text. */
  download(buttonName: string): Promise<{ filename: string; text: string }>;
  close(): Promise<void>;
}

/** A LinkedIn tab, with the Coffee Chats sidebar framed in it. */
export interface Tab extends Surface {
  /** The sidebar frame (looked up again at every step, as it comes and goes with in-app navigation). */
  sidebar: Surface;
  /** The sidebar iframe's box on the page, or null when there is none. */
  sidebarBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
  url(): string;
  /** The content-security-policy header of the last document load. */
  policy(): Promise<string>;
}

/** Extra pages the demo LinkedIn serves, by path (e.g. anonymised fixtures). */
export type { ExtraPages } from '../../../scripts/demo/site';

export interface BrowserDriver {
  readonly name: 'Chromium' | 'Firefox';
  openProfile(slug: string): Promise<Tab>;
  openPage(url: string): Promise<Tab>;
  openExtensionPage(path: 'popup.html' | 'options.html'): Promise<Surface>;
  /** An extension page the extension opened in a new tab, once its address ends with `path`. */
  waitForExtensionTab(path: string): Promise<Surface>;
  /** The toolbar badge: its text, its colour ([r, g, b, a]) and its tooltip. */
  badge(): Promise<{ text: string; color: number[]; title: string }>;
  /** Closes the browser and starts it again on the same profile folder. */
  restart(): Promise<void>;
  /** Every http(s) request a page made. */
  readonly requests: string[];
  close(): Promise<void>;
}

export const profileUrl = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

/** Polls `read` until it returns `expected` (usable in and out of tests). */
export async function waitUntil<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await read().catch(() => undefined);
    if (Object.is(last, expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected ${JSON.stringify(expected)}, still ${JSON.stringify(last)}`);
}
