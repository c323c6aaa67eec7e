import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { endSession, saveFromSidebar, sidebar, startSession, type Session } from './support';

/** WCAG 2.2 A and AA, and axe's best practices (landmarks, heading order). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SLOW = 240_000;
const FRAME = 'iframe[title="Coffee Chats"]';
const SCHEMES = ['light', 'dark'] as const;

/** What axe reports, one line per rule, with up to three of the elements it names. */
type AxeReport = { violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[]; passes: unknown[] };
function lines({ violations: found, passes }: AxeReport): string[] {
  // A scan that checked nothing proves nothing (a wrong frame would pass every time).
  if (passes.length === 0) throw new Error('axe checked no element');
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** axe's violations on an extension page. */
async function violations(page: Page) {
  return lines((await new AxeBuilder({ page }).withTags(TAGS).analyze()) as AxeReport);
}

/** axe's violations inside the sidebar frame only: the LinkedIn page around it is not ours. */
async function sidebarViolations(page: Page) {
  const frame = await (await page.waitForSelector(FRAME)).contentFrame();
  if (!frame) throw new Error('no sidebar frame');
  await frame.evaluate(axe.source);
  const report = await frame.evaluate(
    (tags) => (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  return lines(report as AxeReport);
}


describe('every screen passes axe-core at WCAG 2.2 AA, in light and dark', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(() => endSession(session));

  it.each(SCHEMES)('each sidebar tab before and after saving (%s)', async (scheme) => {
    const page = await session.openProfile('priya-raman-demo');
    await page.emulateMedia({ colorScheme: scheme });
    const frame = sidebar(page);
    await frame.getByRole('tab', { name: 'Person' }).waitFor();
    const tabs = ['Person', 'Message', 'Prep', 'Meeting'];
    const seen: string[] = [];
    const check = async (when: string) => {
      for (const tab of tabs) {
        await frame.getByRole('tab', { name: tab }).click();
        for (const v of await sidebarViolations(page)) seen.push(`${when} ${tab}: ${v}`);
      }
      await frame.getByRole('tab', { name: 'Person' }).click();
    };
    await check('before saving');
    await saveFromSidebar(page, 'Priya Raman');
    await check('after saving');
    expect(seen).toEqual([]);
    await page.close();
  }, SLOW);

  it.each(SCHEMES)('the collapsed sidebar (%s)', async (scheme) => {
    const page = await session.openProfile('priya-raman-demo');
    await page.emulateMedia({ colorScheme: scheme });
    const frame = sidebar(page);
    await frame.getByRole('button', { name: 'Collapse sidebar' }).click();
    const reopen = frame.getByRole('button', { name: 'Open Coffee Chats' });
    try {
      await reopen.waitFor();
      expect(await sidebarViolations(page)).toEqual([]);
    } finally {
      await reopen.click();
    }
    await page.close();
  });

  it.each(SCHEMES)('the welcome page (%s)', async (scheme) => {
    const page = await session.openExtensionPage('welcome.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('heading', { name: 'Welcome to Coffee Chats' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, SLOW);

  it.each(SCHEMES)('the popup with items (%s)', async (scheme) => {
    const page = await session.openExtensionPage('popup.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  const SECTIONS = ['contacts', 'network', 'report', 'settings', 'backup'];
  it.each(SCHEMES.flatMap((scheme) => SECTIONS.map((section) => [section, scheme] as const)))(
    'the options page, %s (%s)',
    async (section, scheme) => {
      const page = await session.openExtensionPage(`options.html#${section}`);
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('main h2').first().waitFor();
      expect(await violations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it.each(SCHEMES)('a contact open in the contact book (%s)', async (scheme) => {
    const page = await session.openExtensionPage('options.html#contacts');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByText('Priya Raman').first().click();
    await page.getByRole('heading', { name: 'Priya Raman' }).first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, SLOW);
});
