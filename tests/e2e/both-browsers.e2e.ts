/**
 * The flows a user walks, written once against tests/e2e/drivers/ and run in both browsers:
 * Chromium through Playwright, Firefox through puppeteer-core over WebDriver BiDi.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_SLUG } from '../../scripts/demo/people';
import { BROWSERS } from './drivers';
import { waitUntil, type BrowserDriver, type ExtraPages } from './drivers/driver';

/** Two anonymised captures: a 2022 profile and its "Show all experiences" page. */
const fixture = (name: string) => {
  const { url, expected } = JSON.parse(readFileSync(resolve(`tests/fixtures/linkedin/${name}.expected.json`), 'utf8')) as {
    url: string;
    expected: { name: string; experienceCount?: number };
  };
  const path = new URL(url).pathname.replace(/\/?$/u, '/');
  return { path, expected, file: resolve(`tests/fixtures/linkedin/${name}.html`) };
};
const PROFILE = fixture('2022-signed-in');
const DETAILS = fixture('2022-signed-in-details-experience');
/** A layout no selector knows (hand-written, 2019 shape): read by its shape, and reportable. */
const UNSEEN = { path: '/in/rosa-quintero-19/', file: resolve('tests/fixtures/linkedin/2019-signed-in-mutuals.html') };
const EXTRA: ExtraPages = { [PROFILE.path]: { file: PROFILE.file }, [DETAILS.path]: { file: DETAILS.file }, [UNSEEN.path]: { file: UNSEEN.file } };
const scratch = mkdtempSync(join(tmpdir(), 'coffee-chats-both-'));

describe.each(BROWSERS)('in $name', ({ start }) => {
  let driver: BrowserDriver;
  beforeAll(async () => {
    driver = await start(EXTRA);
  });
  afterAll(() => driver?.close());

  it('works under page rules like LinkedIn’s: nonce’d scripts only, Trusted Types', async () => {
    const page = await driver.openProfile('priya-raman-demo');
    expect(await page.policy()).toContain("require-trusted-types-for 'script'");
    const ran = await page.evaluate(() => {
      try {
        const script = document.createElement('script');
        script.textContent = 'document.body.dataset.ran = "yes"';
        document.body.append(script);
      } catch {
        return 'refused';
      }
      return document.body.dataset.ran ?? 'refused';
    });
    expect(ran).toBe('refused');
    await waitUntil(() => page.sidebar.value('Name'), 'Priya Raman');
    await page.close();
  });

  it('profile → sidebar → Save contact → Log meeting → badge → popup → Mark thank-you sent → badge clear', async () => {
    const page = await driver.openProfile(DEMO_SLUG);
    await waitUntil(() => page.sidebar.value('Name'), 'Maya Okafor');
    expect(await page.sidebar.value('Company')).toBe('Lumen Health');
    await page.sidebar.waitForText('Not in your contacts yet.');
    await page.sidebar.click('button', 'Save contact');
    await page.sidebar.waitForText('Already a contact');
    expect((await driver.badge()).text).toBe('');

    await page.sidebar.click('button', 'Log meeting');
    await page.sidebar.textOf('form', 'Meeting notes');
    await waitUntil(async () => (await driver.badge()).text, '1');
    // Blue while due (BADGE_DUE_COLOR #0a66c2), with a tooltip in words.
    expect(await driver.badge()).toMatchObject({ color: [10, 102, 194, 255], title: expect.stringMatching(/1 thank-you note due/u) });

    const popup = await driver.openExtensionPage('popup.html');
    expect(await popup.textOf('listitem', 'Maya Okafor')).toContain('Send Maya a thank-you note — due in 24 hours');
    await popup.click('button', 'Mark thank-you sent', { role: 'listitem', name: 'Maya Okafor' });
    await waitUntil(async () => (await driver.badge()).text, '');
    await popup.waitForText('Check in with Maya — due in 2 months');
    expect(await popup.count('button', 'Mark thank-you sent')).toBe(0);
    await popup.close();
    await page.close();
  });

  it('copies a drafted message from the sidebar; "Open in contacts" opens the contact in the contact book', async () => {
    const page = await driver.openProfile(DEMO_SLUG);
    await page.sidebar.waitForText('Already a contact');
    await page.sidebar.click('tab', 'Message');
    await page.sidebar.click('button', 'Copy');
    await page.sidebar.waitForText('Copied. Paste it into LinkedIn or your email.');
    await page.sidebar.click('tab', 'Person');
    await page.sidebar.click('button', 'Open in contacts');
    const book = await driver.waitForExtensionTab('options.html#contact/');
    await waitUntil(() => book.value('Name'), 'Maya Okafor');
    await book.close();
    await page.close();
  });

  it('follows LinkedIn’s in-app navigation from the feed into one profile and on to the next', async () => {
    const page = await driver.openPage('https://www.linkedin.com/feed/');
    await page.textOf('link', 'Tomás Lindqvist');
    expect(await page.sidebarBox()).toBeNull();
    await page.click('link', 'Tomás Lindqvist');
    await waitUntil(() => page.sidebar.value('Name'), 'Tomás Lindqvist');
    await page.click('link', 'Priya Raman');
    await waitUntil(() => page.sidebar.value('Name'), 'Priya Raman');
    expect(await page.sidebar.value('Company')).toBe('Greenway Council');
    await page.click('link', 'Home');
    await waitUntil(async () => (await page.sidebarBox()) === null, true);
    await page.close();
  });

  it('offers a saved contact the full experience seen on /details/experience/, and keeps it on a click', async () => {
    const page = await driver.openPage(`https://www.linkedin.com${PROFILE.path}`);
    await waitUntil(() => page.sidebar.value('Name'), PROFILE.expected.name);
    await page.sidebar.click('button', 'Save contact');
    await page.sidebar.waitForText('Already a contact');
    const options = await driver.openExtensionPage('options.html');
    await options.click('button', undefined, { role: 'listitem', name: PROFILE.expected.name });
    const experience = () => options.evaluate(() => document.querySelectorAll('ul[aria-labelledby="experience-heading"] > li').length);
    await waitUntil(experience, 5);

    // The same tab opens the list page (read, never written), then goes back to the profile.
    const go = (url: string) => page.evaluate((to: string) => void (location.href = to), url).catch(() => undefined);
    const at = () => page.evaluate(() => `${location.pathname}|${document.readyState}`).catch(() => '');
    await go(`https://www.linkedin.com${DETAILS.path}`);
    await waitUntil(at, `${DETAILS.path}|complete`);
    expect(await page.sidebarBox()).toBeNull();
    // Give the content script (document_idle) its turn to read the list before leaving.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await go(`https://www.linkedin.com${PROFILE.path}`);
    await page.sidebar.waitForText(`LinkedIn now shows ${DETAILS.expected.experienceCount} jobs (5 saved). Update?`);
    expect(await experience()).toBe(5);
    await page.sidebar.click('button', 'Update jobs');
    await waitUntil(experience, DETAILS.expected.experienceCount);
    await options.close();
    await page.close();
  });

  it('saves "Report a page we can\'t read" from the sidebar as a file with the page\'s structure and nobody\'s name', async () => {
    const page = await driver.openProfile('rosa-quintero-19');
    await waitUntil(() => page.sidebar.value('Name'), 'Rosa Quintero');
    const { filename, text } = await page.sidebar.download("Report a page we can't read");
    expect(filename).toMatch(/^coffee-chats-page-structure-.*\.json$/u);
    const saved = JSON.parse(text) as { format: string; trace: Record<string, string> };
    expect(saved.format).toBe('coffee-chats-page-structure');
    expect(saved.trace).toMatchObject({ headline: 'shape' });
    for (const secret of ['Rosa', 'Quintero', 'rosa-quintero-19', 'Noor', 'Initrode', 'Lisbon']) expect(text).not.toContain(secret);
    await page.close();
  });

  it('exports a backup and a CSV, refuses a bad file, and imports the backup', async () => {
    const options = await driver.openExtensionPage('options.html');
    await options.click('link', 'Backup');
    const backup = await options.download('Export backup (JSON)');
    expect(backup.filename).toMatch(/^coffee-chats-backup-.*\.json$/u);
    expect(backup.text).toContain('Maya Okafor');
    const csv = await options.download('Export contacts (CSV)');
    expect(csv.text).toContain('Maya Okafor');

    const renamed = join(scratch, `${driver.name}-contacts.json`);
    writeFileSync(renamed, csv.text);
    await options.upload('Backup file (.json)', renamed);
    await options.waitForText('CSV');
    const file = join(scratch, `${driver.name}-backup.json`);
    writeFileSync(file, backup.text);
    await options.upload('Backup file (.json)', file);
    await options.textOf('region', 'Import preview');
    expect(await options.textOf('region', 'Import preview')).toMatch(/0 new, 0 updated/u);
    await options.click('button', 'Import');
    await options.waitForText('Imported: 0 new');
    await options.close();
  });

  it('after a restart, still has the contact, and the sidebar says so', async () => {
    await driver.restart();
    const page = await driver.openProfile(DEMO_SLUG);
    // A browser just started (Firefox reinstalls its temporary add-on) is slow on 2 cores: up to 17 s seen.
    await page.sidebar.waitForText('Already a contact', 45_000);
    // Read again until it answers: seen once in Firefox, the frame was still settling just after the restart.
    await waitUntil(() => page.sidebar.value('Name'), 'Maya Okafor', 45_000);
    const options = await driver.openExtensionPage('options.html');
    await options.textOf('listitem', 'Maya Okafor');
    await options.close();
    await page.close();
  });

  it('made no request to any host but the LinkedIn pages that were opened (and the images those pages show)', () => {
    // The captured 2022 pages show photos from LinkedIn's image host (refused here, never the extension's doing).
    const hosts = new Set(driver.requests.map((url) => new URL(url).hostname));
    expect([...hosts].filter((host) => host !== 'media.licdn.com')).toEqual(['www.linkedin.com']);
  });
});
