/**
 * Issue 18 in the built extension: a layout no selector knows (the hand-written 2019 fixture) is read by
 * its shape; its mutual connection who is a saved contact is suggested as an introducer; and "Report a
 * page we can't read" saves a file holding the page's structure and nobody's name.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { field, sidebar, startSession, type Session, endSession, saveFromSidebar } from './support';

const ROSA = '/in/rosa-quintero-19/';
const NOOR = '/in/noor-haddad-19/';
/** Noor's own profile: a small page of the 2024 signed-in shape, enough to save her as a contact. */
const NOOR_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Noor Haddad | LinkedIn</title></head><body>
<main><section data-member-id="1"><h1>Noor Haddad</h1><div class="text-body-medium">Librarian at Example Public Library</div></section></main>
</body></html>`;

let session: Session;
beforeAll(async () => {
  session = await startSession(undefined, {
    [ROSA]: { file: resolve('tests/fixtures/linkedin/2019-signed-in-mutuals.html') },
    [NOOR]: { html: NOOR_PAGE },
  });
});
afterAll(() => endSession(session));

describe('a LinkedIn layout the reader has never seen', () => {
  it('reads name, headline and company by the page’s shape, and offers to report what it missed', async () => {
    const page = await session.context.newPage();
    await page.goto(`https://www.linkedin.com${ROSA}`);
    const frame = sidebar(page);
    await expect.poll(() => field(frame, 'Name').inputValue(), { timeout: 10_000 }).toBe('Rosa Quintero');
    expect(await field(frame, 'Headline').inputValue()).toBe('Service designer helping public libraries go digital');
    expect(await field(frame, 'Company').inputValue()).toBe('Initrode');
    expect(await field(frame, 'Location').inputValue()).toBe('Lisbon, Lisbon, Portugal');

    const report = frame.getByRole('button', { name: "Report a page we can't read" });
    await expect.poll(() => report.isVisible()).toBe(true);
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await report.click();
    const reportStatus = frame.getByRole('status').filter({ hasText: /Saved|page|Try again/u });
    await expect.poll(() => reportStatus.textContent(), { timeout: 30_000 }).toMatch(/Attach it to a bug report/u);
    const file = await downloaded;
    expect(file.suggestedFilename()).toMatch(/^coffee-chats-page-structure-.*\.json$/u);
    const text = readFileSync((await file.path())!, 'utf8');
    const saved = JSON.parse(text) as { format: string; trace: Record<string, string>; html: string };
    expect(saved.format).toBe('coffee-chats-page-structure');
    expect(saved.trace).toMatchObject({ headline: 'shape', currentCompany: 'shape' });
    expect(saved.html).toContain('pv-top-card-v3');
    // Nobody on the page is in the file: not the person, their slug, their connections or the viewer.
    for (const secret of ['Rosa', 'Quintero', 'rosa-quintero-19', 'Noor', 'Tobias', 'Vera', 'Initrode', 'Lisbon', 'ACoAA']) {
      expect(text).not.toContain(secret);
    }

    await page.close();
  });

  it('suggests asking a saved mutual connection for an introduction', async () => {
    const noor = await session.context.newPage();
    await noor.goto(`https://www.linkedin.com${NOOR}`);
    await saveFromSidebar(noor, 'Noor Haddad');
    await noor.close();

    const page = await session.context.newPage();
    await page.goto(`https://www.linkedin.com${ROSA}`);
    const frame = sidebar(page);
    const suggestion = frame.getByRole('region', { name: 'Ask Noor Haddad for an introduction' });
    await expect.poll(() => suggestion.isVisible(), { timeout: 10_000 }).toBe(true);
    const draft = await suggestion.getByRole('textbox', { name: 'Introduction request to Noor Haddad' }).inputValue();
    expect(draft).toMatch(/^Hi Noor,/mu);
    expect(draft).toContain('Rosa Quintero');
    expect(draft).toMatch(/introduc(e|ing) us\b/u);
    // Tobias is a mutual connection but not a contact; the viewer is neither.
    expect(await frame.getByText(/Ask (Tobias|Vera)/u).count()).toBe(0);
    await page.close();
  });
});
