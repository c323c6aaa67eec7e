import { readFileSync } from 'node:fs';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { endSession, sidebarHearsPointer, startSession, type Session } from '../support';
import { profileUrl, type BrowserDriver, type ExtraPages, type Role, type Scope, type Surface, type Tab } from './driver';

declare const chrome: typeof import('wxt/browser').browser;

type Root = Page | FrameLocator;

/** `beforeClick`: what to wait for before a click lands (the sidebar: until its frame hears the pointer). */
function surface(root: () => Root, page: Page, beforeClick: () => Promise<void> = async () => undefined): Surface {
  const find = (role: Role, name: string | undefined, within?: Scope): Locator => {
    const scope = within ? root().getByRole(within.role, { name: within.name, exact: true }) : root();
    return scope.getByRole(role, name === undefined ? {} : { name, exact: true }).first();
  };
  return {
    value: (name) => find('textbox', name).inputValue(),
    fill: (name, text) => find('textbox', name).fill(text),
    click: async (role, name, within) => {
      await beforeClick();
      await find(role, name, within).click();
    },
    textOf: async (role, name) => (await find(role, name).textContent()) ?? '',
    waitForText: (text, timeoutMs) => root().getByText(text).first().waitFor(timeoutMs === undefined ? {} : { timeout: timeoutMs }),
    count: (role, name) => root().getByRole(role, { name, exact: true }).count(),
    async evaluate<R, A>(fn: (arg: A) => R, arg?: A) {
      const r = root();
      // A frame locator cannot evaluate: take the frame the iframe element holds.
      const target = 'owner' in r ? (await (await r.owner().elementHandle())!.contentFrame())! : r;
      return target.evaluate(fn as (a: unknown) => R, arg) as Promise<R>;
    },
    upload: (name, path) => root().getByLabel(name).setInputFiles(path),
    async download(buttonName) {
      await beforeClick();
      const [file] = await Promise.all([page.waitForEvent('download'), find('button', buttonName).click()]);
      return { filename: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    },
    close: () => page.close(),
  };
}

function tab(page: Page): Tab {
  let policy = '';
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) policy = response.headers()['content-security-policy'] ?? '';
  });
  return {
    ...surface(() => page, page),
    sidebar: surface(() => page.frameLocator('iframe[title="Coffee Chats"]'), page, () => sidebarHearsPointer(page)),
    sidebarBox: async () => ((await page.locator('iframe[title="Coffee Chats"]').count()) ? page.locator('iframe[title="Coffee Chats"]').boundingBox() : null),
    url: () => page.url(),
    policy: async () => policy,
  };
}

/** Chromium through Playwright, on the harness in ../support.ts. */
export async function chromiumDriver(extra: ExtraPages = {}): Promise<BrowserDriver> {
  let session: Session = await startSession(undefined, extra);
  const requests: string[] = [];
  const track = () => session.context.on('request', (r) => void (/^https?:/u.test(r.url()) && requests.push(r.url())));
  track();
  let badgePage: Page | undefined;
  const open = async (url: string) => {
    const page = await session.context.newPage();
    const t = tab(page);
    await page.goto(url);
    return t;
  };
  return {
    name: 'Chromium',
    requests,
    openProfile: (slug) => open(profileUrl(slug)),
    openPage: open,
    async openExtensionPage(path) {
      const page = await session.openExtensionPage(path);
      return surface(() => page, page);
    },
    async waitForExtensionTab(path) {
      const find = () => session.context.pages().find((p) => p.url().startsWith('chrome-extension://') && p.url().includes(path));
      const page = find() ?? (await session.context.waitForEvent('page', { predicate: (p) => p.url().includes(path), timeout: 10_000 }));
      await page.waitForLoadState();
      return surface(() => page, page);
    },
    async badge() {
      badgePage ??= await session.openExtensionPage('options.html');
      return badgePage.evaluate(async () => ({
        text: await chrome.action.getBadgeText({}),
        color: [...(await chrome.action.getBadgeBackgroundColor({}))],
        title: await chrome.action.getTitle({}),
      }));
    },
    async restart() {
      const dir = session.userDataDir;
      await session.close();
      badgePage = undefined;
      session = await startSession(dir, extra);
      track();
    },
    close: () => endSession(session),
  };
}
