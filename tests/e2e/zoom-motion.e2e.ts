/**
 * Issue 17, items 3 and 4: the sidebar at 200 % zoom scrolls nowhere sideways; nothing animates when
 * the system asks for less motion; the keyboard shortcut reaches the sidebar and opens it when folded.
 */
import type { Frame, Page } from 'playwright-core';
import { DEMO_SLUG } from '../../scripts/demo/people';
import { field, sidebar, sidebarHearsPointer, startSession, waitForValue, type Session, endSession } from './support';

/** The extension API inside the browser pages that `evaluate` runs in. */
declare const chrome: typeof import('wxt/browser').browser;

const FRAME = 'iframe[title="Coffee Chats"]';
const TABS = ['Person', 'Message', 'Prep', 'Meeting'];

async function sidebarFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector(FRAME)).contentFrame();
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}

/**
 * Every box in the frame that scrolls or clips sideways (the page itself included) whose content is
 * wider than it. Not counted: a text box's own text (it scrolls inside the box, as typing does) and
 * the 1-pixel boxes that hold text for screen readers only.
 */
function wideBoxes(frame: Frame): Promise<string[]> {
  return frame.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll<HTMLElement>('body, body *')]
      .filter((el) => el === document.documentElement || getComputedStyle(el).overflowX !== 'visible')
      .filter((el) => !el.matches('input, textarea, select, .visually-hidden') && el.scrollWidth > el.clientWidth)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> ${el.scrollWidth} > ${el.clientWidth}`),
  );
}

/** Every element in the document whose computed transition or animation lasts longer than 0 s. */
function moving(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    // A probe that would move if the global rule did not hold: the test proves the rule, not only today's CSS.
    const probe = document.createElement('div');
    probe.style.cssText = 'transition: opacity 1s ease; animation: cc-probe 2s infinite';
    document.body.append(probe);
    const lasting = (list: string) => list.split(',').some((d) => Number.parseFloat(d) > 0);
    const found = [...document.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        return lasting(style.transitionDuration) || lasting(style.animationDuration);
      })
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`);
    probe.remove();
    return matchMedia('(prefers-reduced-motion: reduce)').matches ? found : ['prefers-reduced-motion is not set here'];
  });
}

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

describe('the sidebar at 200 % zoom', () => {
  it('scrolls nowhere sideways on any tab, before and after saving', async () => {
    const page = await session.openProfile(DEMO_SLUG);
    const frame = sidebar(page);
    await waitForValue(field(frame, 'Name'), 'Maya Okafor');
    // At 200 % zoom the frame keeps its width on screen and everything in it doubles: the sidebar lays
    // out in half as many CSS pixels. The test gives the frame half its width, which is the same layout.
    const inside = await sidebarFrame(page);
    const width = await page.evaluate((selector) => {
      const element = document.querySelector<HTMLElement>(selector)!;
      const half = element.getBoundingClientRect().width / 2;
      element.style.width = `${half}px`;
      return half;
    }, FRAME);
    // The frame runs in the extension's process: its new size reaches it a moment later.
    await expect.poll(() => inside.evaluate(() => document.documentElement.clientWidth), { timeout: 10_000 }).toBe(width);
    await sidebarHearsPointer(page);
    const seen: string[] = [];
    const check = async (when: string) => {
      for (const tab of TABS) {
        await frame.getByRole('tab', { name: tab }).click();
        await frame.getByRole('tabpanel').getByText('Loading…').waitFor({ state: 'detached' });
        for (const box of await wideBoxes(inside)) seen.push(`${when}, ${tab}: ${box}`);
      }
      await frame.getByRole('tab', { name: 'Person' }).click();
    };
    await check('before saving');
    await frame.getByRole('button', { name: 'Save contact' }).click();
    await frame.getByText('Already a contact').waitFor();
    await check('after saving');
    expect(seen).toEqual([]);
    await page.close();
  });
});

describe('with prefers-reduced-motion: reduce', () => {
  it('nothing in the sidebar, the popup, the options page or the welcome page has a transition or animation', async () => {
    const page = await session.openProfile('priya-raman-demo');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForValue(field(sidebar(page), 'Name'), 'Priya Raman');
    const found = (await moving(await sidebarFrame(page))).map((el) => `sidebar: ${el}`);
    for (const path of ['popup.html', 'options.html', 'welcome.html']) {
      const extensionPage = await session.openExtensionPage(path);
      await extensionPage.emulateMedia({ reducedMotion: 'reduce' });
      await extensionPage.getByRole('heading').first().waitFor();
      found.push(...(await moving(extensionPage)).map((el) => `${path}: ${el}`));
      await extensionPage.close();
    }
    expect(found).toEqual([]);
    await page.close();
  });
});

describe('the keyboard shortcut (focus-sidebar)', () => {
  /**
   * Playwright cannot press a browser-level shortcut. The test fires the command the way the browser
   * does: it calls the background's own chrome.commands.onCommand listeners in the service worker
   * with the command's name and the LinkedIn tab — the same handler, the same message to the page.
   */
  async function pressShortcut(page: Page) {
    const url = page.url();
    const worker = session.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    await worker.evaluate(async (href) => {
      const [tab] = await chrome.tabs.query({ url: href });
      (chrome.commands.onCommand as unknown as { dispatch: (command: string, tab: unknown) => void }).dispatch('focus-sidebar', tab);
    }, url);
  }

  const frameHasFocus = (page: Page) => page.evaluate((selector) => document.activeElement === document.querySelector(selector), FRAME);

  it('opens the folded sidebar and moves focus into it, then gives focus back to the page', async () => {
    const page = await session.openProfile(DEMO_SLUG);
    const frame = sidebar(page);
    await waitForValue(field(frame, 'Name'), 'Maya Okafor');
    await sidebarHearsPointer(page);
    await frame.getByRole('button', { name: 'Collapse sidebar' }).click();
    await frame.getByRole('button', { name: 'Open Coffee Chats' }).waitFor();
    // The user is on the page: focus on one of its links, outside the sidebar.
    const link = page.locator('main a').first();
    await link.focus();

    await pressShortcut(page);
    await frame.getByRole('button', { name: 'Collapse sidebar' }).waitFor();
    await expect.poll(() => frameHasFocus(page), { timeout: 10_000 }).toBe(true);
    // Inside the frame focus lands on a control (the sidebar's toggle or open tab), never on its <body>.
    const inside = await sidebarFrame(page);
    await expect.poll(() => inside.evaluate(() => document.activeElement?.matches('button, [role="tab"]') ?? false), { timeout: 10_000 }).toBe(true);

    await pressShortcut(page);
    await expect.poll(() => frameHasFocus(page), { timeout: 10_000 }).toBe(false);
    // Back where the user was on the page.
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });
});
