import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { profileSlugFromUrl } from '../../lib/linkedin/url';
import type { ExtraPages } from '../../scripts/demo/site';
import { field, sidebar, sidebarHearsPointer, startSession, type Session, endSession, saveFromSidebar } from './support';

/** The anonymised captures, each served at www.linkedin.com under its own slug. */
const CASES = ['2026-signed-in-self', '2025-signed-in', '2024-guest', '2022-signed-in', '2022-signed-in-details-experience'] as const;
const fixture = (name: string) => {
  const expected = JSON.parse(readFileSync(resolve(`tests/fixtures/linkedin/${name}.expected.json`), 'utf8')) as {
    url: string;
    expected: { name: string; headline?: string; currentCompany?: string; experienceCount?: number };
  };
  const url = new URL(expected.url);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { ...expected, slug: profileSlugFromUrl(url)!, path, file: resolve(`tests/fixtures/linkedin/${name}.html`) };
};
const fixtures = Object.fromEntries(CASES.map((name) => [name, fixture(name)]));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

let session: Session;
beforeAll(async () => {
  const pages: ExtraPages = {};
  for (const f of Object.values(fixtures)) pages[f.path] = { file: f.file };
  session = await startSession(undefined, pages);
});
afterAll(() => endSession(session));

describe('the built extension on real LinkedIn layouts (anonymised)', () => {
  it.each(['2026-signed-in-self', '2025-signed-in', '2024-guest', '2022-signed-in'])(
    '%s: the sidebar shows the right name, headline and current company',
    async (name) => {
      const { expected, path } = fixtures[name]!;
      const page = await session.context.newPage();
      await page.goto(`https://www.linkedin.com${path}`);
      const frame = sidebar(page);
      await expect.poll(() => field(frame, 'Name').inputValue(), { timeout: 10_000 }).toBe(expected.name);
      // Long anonymised texts are checked by their start, as in the unit tests.
      expect(await field(frame, 'Headline').inputValue()).toMatch(new RegExp(`^${escapeRegExp(expected.headline ?? '')}`, 'u'));
      expect(await field(frame, 'Company').inputValue()).toBe(expected.currentCompany ?? '');
      await page.close();
    },
  );

  it('offers a saved contact the full experience from /details/experience/, and keeps it on a click', async () => {
    const profile = fixtures['2022-signed-in']!;
    const details = fixtures['2022-signed-in-details-experience']!;
    const page = await session.context.newPage();
    await page.goto(`https://www.linkedin.com${profile.path}`);
    await saveFromSidebar(page, 'Sam Doe');

    const options = await session.openExtensionPage('options.html');
    await options.getByRole('listitem', { name: 'Sam Doe' }).getByRole('button').click();
    const experience = options.getByRole('list', { name: 'Experience' }).getByRole('listitem');
    await expect.poll(() => experience.count()).toBe(5);

    await page.goto(`https://www.linkedin.com${details.path}`);
    // The sidebar stays off a list page opened on its own; the list is read, and nothing is written.
    expect(await page.locator('iframe[title="Coffee Chats"]').count()).toBe(0);
    await page.goto(`https://www.linkedin.com${profile.path}`);
    const jobs = sidebar(page).getByRole('group', { name: 'Jobs on LinkedIn' });
    await jobs.getByText(`LinkedIn now shows ${details.expected.experienceCount} jobs (5 saved). Update?`).waitFor({ timeout: 10_000 });
    expect(await experience.count()).toBe(5);
    await sidebarHearsPointer(page);
    await jobs.getByRole('button', { name: 'Update jobs' }).click();
    await expect.poll(() => experience.count(), { timeout: 10_000 }).toBe(details.expected.experienceCount);
    await options.close();
    await page.close();
  });
});
