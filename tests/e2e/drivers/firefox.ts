import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../../scripts/demo/firefox';
import { profileUrl, waitUntil, type BrowserDriver, type ExtraPages, type Role, type Scope, type Surface, type Tab } from './driver';

/** puppeteer's ARIA query: role and accessible name (quotes in names are escaped). */
const aria = (role: Role, name: string | undefined) =>
  name === undefined ? `::-p-aria([role="${role}"])` : `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;
const TIMEOUT = 15_000;

type Root = Page | Frame;

function surface(root: () => Promise<Root>, page: Page, downloadDir: string): Surface {
  // Firefox updates a tab's accessibility tree (which ARIA selectors query) on its refresh ticks, and a tab in
  // the background gets few or none: a button that a background tab's sidebar just drew is never found. A user
  // looks at the tab they click in, so the driver brings it to the front first.
  const find = async (role: Role, name: string | undefined, within?: Scope): Promise<ElementHandle<Element>> => {
    await page.bringToFront();
    const r = await root();
    if (!within) return (await r.waitForSelector(aria(role, name), { timeout: TIMEOUT }))!;
    const scope = (await r.waitForSelector(aria(within.role, within.name), { timeout: TIMEOUT }))!;
    return (await scope.waitForSelector(aria(role, name), { timeout: TIMEOUT }))!;
  };
  const value = async (name: string) => (await find('textbox', name)).evaluate((el) => (el as HTMLInputElement).value);
  return {
    value,
    async fill(name, text) {
      const box = await find('textbox', name);
      await box.click({ count: 3 });
      await box.evaluate((el) => (el as HTMLInputElement).select?.());
      await page.keyboard.press('Backspace');
      await box.type(text);
    },
    click: async (role, name, within) => (await find(role, name, within)).click(),
    textOf: async (role, name) => (await find(role, name)).evaluate((el) => el.textContent ?? ''),
    async waitForText(text, timeoutMs = TIMEOUT) {
      await (await root()).waitForFunction((t: string) => document.body?.innerText.includes(t), { timeout: timeoutMs }, text);
    },
    count: async (role, name) => (await (await root()).$$(aria(role, name))).length,
    evaluate: async <R, A>(fn: (arg: A) => R, arg?: A) => (await root()).evaluate(fn as (a: unknown) => R, arg) as Promise<R>,
    async upload(name, path) {
      // Firefox names a file input by its button ("Browse…"): find it by its <label> instead.
      const r = await root();
      await r.waitForFunction((n: string) => [...document.querySelectorAll('label')].some((l) => l.textContent?.includes(n)), { timeout: TIMEOUT }, name);
      const input = (await r.evaluateHandle((n: string) => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes(n))!;
        return label.control ?? label.querySelector('input');
      }, name)) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(path);
    },
    async download(buttonName) {
      const before = new Set(readdirSync(downloadDir));
      await (await find('button', buttonName)).click();
      let filename = '';
      // Firefox creates the file empty, writes a .part beside it, then moves it over: wait for the whole file.
      await waitUntil(async () => {
        const names = readdirSync(downloadDir);
        filename = names.find((f) => !before.has(f) && !f.endsWith('.part')) ?? '';
        return filename !== '' && !names.some((f) => f.endsWith('.part')) && statSync(join(downloadDir, filename)).size > 0;
      }, true);
      return { filename, text: readFileSync(join(downloadDir, filename), 'utf8') };
    },
    close: () => page.close(),
  };
}

function tab(page: Page, downloadDir: string): Tab {
  let policy = '';
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) policy = response.headers()['content-security-policy'] ?? '';
  });
  const frame = async () => {
    // Firefox reports the framed extension document's url() as about:blank: take the frame from its element.
    const element = await page.waitForSelector('iframe[title="Coffee Chats"]', { timeout: TIMEOUT });
    return (await element!.contentFrame())!;
  };
  return {
    ...surface(async () => page, page, downloadDir),
    sidebar: surface(frame, page, downloadDir),
    sidebarBox: async () => (await (await page.$('iframe[title="Coffee Chats"]'))?.boundingBox()) ?? null,
    url: () => page.url(),
    policy: async () => policy,
  };
}

/** Firefox through puppeteer-core over WebDriver BiDi (scripts/demo/firefox.ts). */
export async function firefoxDriver(extra: ExtraPages = {}): Promise<BrowserDriver> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'coffee-chats-ff-e2e-'));
  let firefox: FirefoxWithExtension = await launchFirefoxWithExtension({ userDataDir, extra });
  const requests: string[] = [];
  let badgePage: Page | undefined;
  const known = new Set<Page>();
  const open = async (url: string) => {
    const page = await firefox.newPage();
    known.add(page);
    const t = tab(page, firefox.downloadDir);
    await page.goto(url);
    return t;
  };
  const drain = () => requests.push(...firefox.requests.splice(0));
  return {
    name: 'Firefox',
    get requests() {
      drain();
      return requests;
    },
    openProfile: (slug) => open(profileUrl(slug)),
    openPage: open,
    async openExtensionPage(path) {
      const page = await firefox.openExtensionPage(path);
      known.add(page);
      return surface(async () => page, page, firefox.downloadDir);
    },
    async waitForExtensionTab(path) {
      let found: Page | undefined;
      await waitUntil(async () => {
        for (const page of await firefox.browser.pages()) {
          if (known.has(page)) continue;
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith('moz-extension://') && href.includes(path)) found = page;
        }
        return found !== undefined;
      }, true);
      known.add(found!);
      await found!.waitForFunction(() => document.readyState === 'complete');
      return surface(async () => found!, found!, firefox.downloadDir);
    },
    async badge() {
      badgePage ??= await firefox.openExtensionPage('options.html');
      return badgePage.evaluate(async () => {
        type Action = { getBadgeText(details: object): Promise<string>; getBadgeBackgroundColor(details: object): Promise<number[]>; getTitle(details: object): Promise<string> };
        const action = (globalThis as unknown as { browser: { browserAction: Action } }).browser.browserAction;
        return { text: await action.getBadgeText({}), color: [...(await action.getBadgeBackgroundColor({}))], title: await action.getTitle({}) };
      });
    },
    async restart() {
      drain();
      await firefox.close();
      badgePage = undefined;
      known.clear();
      firefox = await launchFirefoxWithExtension({ userDataDir, extra });
    },
    async close() {
      await firefox.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
