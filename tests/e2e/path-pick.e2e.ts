/**
 * Issue 15: a contact belongs to a career path, chosen in the sidebar when saving, and the contact
 * book shows it — in the contact's page and in the list's path filter.
 */
import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { DEMO_SLUG } from '../../scripts/demo/people';
import { endSession, field, sidebar, sidebarHearsPointer, startSession, waitForValue, type Session } from './support';

let session: Session;
const PATH = { name: 'Regulatory affairs' };

/** A career path made the way a user makes one: on the contact book's Career paths page. */
async function createPath() {
  const page = await session.openExtensionPage('options.html#paths');
  await page.getByRole('button', { name: 'New career path' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(PATH.name);
  await page.getByRole('button', { name: 'Create career path' }).click();
  await page.getByText(`Created the career path “${PATH.name}”.`).waitFor();
  await page.close();
}

/** WCAG 2.2 A and AA and axe's best practices, as tests/e2e/accessibility.e2e.ts checks every screen. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
type AxeReport = { violations: { id: string; nodes: { target: unknown[] }[] }[]; passes: unknown[] };
const lines = (where: string, { violations, passes }: AxeReport) => {
  if (passes.length === 0) throw new Error('axe checked no element');
  return violations.map((v) => `${where}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
};

/** axe's findings on an extension page, or inside the sidebar frame only, in light and in dark. */
async function axeFindings(page: Page, where: string, inSidebar = false): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    if (!inSidebar) {
      found.push(...lines(`${where} (${colorScheme})`, (await new AxeBuilder({ page }).withTags(TAGS).analyze()) as AxeReport));
      continue;
    }
    const frame = await (await page.waitForSelector('iframe[title="Coffee Chats"]')).contentFrame();
    if (!frame) throw new Error('no sidebar frame');
    await frame.evaluate(axe.source);
    const report = await frame.evaluate(
      (tags) => (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
      TAGS,
    );
    found.push(...lines(`${where} (${colorScheme})`, report as AxeReport));
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}

beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

describe('choosing career paths', () => {
  it('with no path yet, the sidebar only links to the contact book’s career paths', async () => {
    const page = await session.openProfile(DEMO_SLUG);
    const frame = sidebar(page);
    await waitForValue(field(frame, 'Name'), 'Maya Okafor');
    await sidebarHearsPointer(page);
    expect(await frame.getByRole('group', { name: 'Career paths' }).count()).toBe(0);
    expect(await axeFindings(page, 'sidebar without paths', true)).toEqual([]);
    const [opened] = await Promise.all([session.context.waitForEvent('page'), frame.getByRole('link', { name: 'Add a career path' }).click()]);
    await expect.poll(() => opened.url()).toMatch(/\/options\.html#paths$/u);
    await opened.close();
    await page.close();
  }, 240_000);

  it('saves a contact on the path ticked in the sidebar, and the contact book shows them on it', async () => {
    await createPath();
    const page = await session.openProfile(DEMO_SLUG);
    const frame = sidebar(page);
    await waitForValue(field(frame, 'Name'), 'Maya Okafor');
    await sidebarHearsPointer(page);
    const picker = frame.getByRole('group', { name: 'Career paths' });
    await picker.getByRole('checkbox', { name: PATH.name }).check();
    const findings = await axeFindings(page, 'sidebar before saving', true);
    await frame.getByRole('button', { name: 'Save contact' }).click();
    await frame.getByText('Already a contact').waitFor();
    // Once saved, the Person tab shows (and edits) the contact's paths.
    await expect.poll(() => frame.getByRole('group', { name: 'Career paths' }).getByRole('checkbox', { name: PATH.name }).isChecked()).toBe(true);
    findings.push(...(await axeFindings(page, 'sidebar after saving', true)));

    const options = await session.openExtensionPage('options.html');
    await options.getByRole('combobox', { name: 'Career path' }).selectOption({ label: PATH.name });
    await expect.poll(() => options.getByRole('listitem').count()).toBe(1);
    const row = options.getByRole('listitem', { name: 'Maya Okafor' });
    await row.getByText(PATH.name).waitFor();
    findings.push(...(await axeFindings(options, 'contact list filtered by path')));
    await row.getByRole('button').click();
    const editor = options.getByRole('form', { name: 'Edit Maya Okafor' });
    expect(await editor.getByRole('group', { name: 'Career paths' }).getByRole('checkbox', { name: PATH.name }).isChecked()).toBe(true);
    findings.push(...(await axeFindings(options, 'contact page')));
    expect(findings).toEqual([]);

    // Unticked in the contact book, the sidebar follows.
    await editor.getByRole('checkbox', { name: PATH.name }).uncheck();
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.getByText('Saved.').waitFor();
    await expect.poll(() => frame.getByRole('group', { name: 'Career paths' }).getByRole('checkbox', { name: PATH.name }).isChecked()).toBe(false);
    await options.close();
    await page.close();
    // axe runs eight times (light and dark, four screens): as slow as the accessibility suite.
  }, 240_000);
});
