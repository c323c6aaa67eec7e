import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/demo/browser';
import { serveDemoSite, type ExtraPages } from '../../scripts/demo/site';

/** The extension API inside the browser pages that `evaluate` runs in. */
declare const chrome: typeof import('wxt/browser').browser;

export const profileUrl = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

export interface Session extends ExtensionBrowser {
  userDataDir: string;
  /** Every http(s) request any page or extension context made. */
  requests: string[];
  /** Every dialog (alert, confirm…) any page opened. */
  dialogs: string[];
  /** What to answer the next confirm() with (alerts are always dismissed). */
  answerConfirm: boolean;
  openProfile(slug: string): Promise<Page>;
  badge(): Promise<string>;
}

/** A Chromium with the built extension and the demo LinkedIn served locally. */
export async function startSession(userDataDir = mkdtempSync(join(tmpdir(), 'coffee-chats-e2e-')), extra: ExtraPages = {}): Promise<Session> {
  const browser = await launchWithExtension({ userDataDir });
  await serveDemoSite(browser.context, extra);
  const requests: string[] = [];
  const dialogs: string[] = [];
  browser.context.on('request', (request) => {
    if (/^https?:/u.test(request.url())) requests.push(request.url());
  });
  const state = { answerConfirm: false };
  const watch = (page: Page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void (dialog.type() === 'confirm' && state.answerConfirm ? dialog.accept() : dialog.dismiss());
    });
  browser.context.pages().forEach(watch);
  browser.context.on('page', watch);
  let badgePage: Page | undefined;
  return {
    ...browser,
    userDataDir,
    requests,
    dialogs,
    get answerConfirm() {
      return state.answerConfirm;
    },
    set answerConfirm(value: boolean) {
      state.answerConfirm = value;
    },
    async openProfile(slug) {
      const page = await browser.context.newPage();
      await page.goto(profileUrl(slug));
      return page;
    },
    async badge() {
      // A handle on the MV3 worker goes stale when it stops: ask from an extension page.
      badgePage ??= await browser.openExtensionPage('options.html');
      return badgePage.evaluate(() => chrome.action.getBadgeText({}));
    },
  };
}

export function removeProfileDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('iframe[title="Coffee Chats"]');
}

/**
 * Waits until the sidebar frame on `page` hears the pointer. Chromium runs the frame in the
 * extension's own process and routes no input to it until it has drawn and told the browser where
 * it is: a click in the first moments after the frame loads is lost (seen: "Save contact" and
 * "Update jobs" clicked, nothing happened). A person can't click that fast; a test can, so each
 * test that clicks in a freshly loaded sidebar waits for this first. Moving the pointer is all it does.
 */
export async function sidebarHearsPointer(page: Page, timeoutMs = 10_000) {
  const element = page.locator('iframe[title="Coffee Chats"]');
  const end = Date.now() + timeoutMs;
  for (let i = 0; Date.now() < end; i++) {
    const handle = await element.elementHandle({ timeout: Math.max(1, end - Date.now()) });
    const frame = await handle?.contentFrame();
    const box = await handle?.boundingBox();
    const heard = await frame
      ?.evaluate(() => {
        const flags = window as unknown as { ccHeard?: boolean; ccListening?: boolean };
        if (!flags.ccListening) {
          flags.ccListening = true;
          addEventListener('pointermove', () => (flags.ccHeard = true), { capture: true });
        }
        return flags.ccHeard === true;
      })
      .catch(() => false);
    if (heard) return;
    if (box) await page.mouse.move(box.x + 8 + (i % 2), box.y + 8);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The sidebar never received the pointer');
}

export function field(frame: FrameLocator, name: string) {
  return frame.getByRole('textbox', { name, exact: true });
}

/** Waits until a text box shows `value` (usable outside a test, unlike expect.poll). */
export async function waitForValue(locator: ReturnType<FrameLocator['getByRole']>, value: string, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < end) {
    last = await locator.inputValue().catch(() => '');
    if (last === value) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected the box to show "${value}", it shows "${last}"`);
}

/** Waits until the sidebar on `page` shows `name`, saves the contact, and returns the sidebar. */
export async function saveFromSidebar(page: Page, name: string): Promise<FrameLocator> {
  const frame = sidebar(page);
  await waitForValue(field(frame, 'Name'), name);
  await sidebarHearsPointer(page);
  await frame.getByRole('button', { name: 'Save contact' }).click();
  await frame.getByText('Already a contact').waitFor();
  return frame;
}

/** Closes the browser and removes its profile folder. */
export async function endSession(session: Session | undefined) {
  if (!session) return;
  await session.close();
  removeProfileDir(session.userDataDir);
}
