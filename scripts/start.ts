/**
 * `npm start`: Chromium with the built extension on a made-up LinkedIn profile
 * served from this machine. With a display it opens the browser for you to try;
 * without one (or with --headless) it walks the demo and writes screenshots.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './demo/browser';
import { DEMO_SLUG } from './demo/people';
import { serveDemoSite } from './demo/site';

/** The extension API inside the browser pages that `evaluate` runs in. */
declare const chrome: typeof import('wxt/browser').browser;

const DEMO_URL = `https://www.linkedin.com/in/${DEMO_SLUG}/`;
const args = new Set(process.argv.slice(2));
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.has('--headless') || !hasDisplay;
const outDir = resolve(process.env.DEMO_SCREENSHOTS ?? 'demo-screenshots');

async function main() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'coffee-chats-demo-'));
  const browser = await launchWithExtension({ userDataDir, headless, viewport: { width: 1280, height: 800 } });
  await serveDemoSite(browser.context);
  const cleanup = () => rmSync(userDataDir, { recursive: true, force: true });

  if (!headless) {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(DEMO_URL);
    console.log(`Coffee Chats is running on a demo profile: ${DEMO_URL}`);
    console.log('It is served from this machine; no LinkedIn account or internet is used.');
    console.log('Try "Save contact" and "Log meeting", then the toolbar icon. Close the browser to finish.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    cleanup();
    return;
  }

  mkdirSync(outDir, { recursive: true });
  const step = (text: string) => console.log(`  • ${text}`);
  console.log(`No display (or --headless): walking the demo on ${DEMO_URL}`);
  const page = await browser.context.newPage();
  await page.goto(DEMO_URL);
  const sidebar = page.frameLocator('iframe[title="Coffee Chats"]');
  await sidebar.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
  await page.waitForFunction(() => document.querySelector('iframe[title="Coffee Chats"]') !== null);
  await sidebar.getByText('Not in your contacts yet.').waitFor();
  await page.screenshot({ path: join(outDir, '1-profile-with-sidebar.png') });
  step('opened the profile: the sidebar shows the person read from the page');

  await sidebar.getByRole('button', { name: 'Save contact' }).click();
  await sidebar.getByText('Already a contact').waitFor();
  await page.screenshot({ path: join(outDir, '2-contact-saved.png') });
  step('saved the contact');

  await sidebar.getByRole('button', { name: 'Log meeting' }).click();
  await sidebar.getByRole('form', { name: 'Meeting notes' }).waitFor();
  await sidebar.getByRole('textbox', { name: 'What I learned (one per line)' }).fill('Research roles value a small portfolio of studies\nThe local research meetup is the best way in');
  await sidebar.getByRole('button', { name: 'Add lead' }).click();
  await sidebar.getByRole('textbox', { name: 'Lead 1 name' }).fill('Priya Raman');
  await sidebar.getByRole('button', { name: 'Save meeting' }).click();
  await sidebar.getByText('Meeting saved.').waitFor();
  await page.screenshot({ path: join(outDir, '3-meeting-logged.png') });
  step('logged a meeting with two takeaways and a lead: a thank-you note is now due');

  await sidebar.getByRole('tab', { name: 'Message' }).click();
  await sidebar.getByRole('list', { name: 'Coach' }).waitFor();
  await page.screenshot({ path: join(outDir, '4-thank-you-draft.png') });
  step('drafted the thank-you note, with the coach beside it');

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Mark thank-you sent' }).waitFor();
  await popup.screenshot({ path: join(outDir, '5-popup.png') });
  step('the popup lists the thank-you note');

  // Headless Chromium has no toolbar: draw the icon with the badge it really has.
  const badge = await popup.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
  }));
  await popup.setContent(`<body style="margin:0;background:#dee1e6;font:12px system-ui">
    <div id="toolbar" style="display:inline-flex;align-items:center;gap:10px;padding:10px 14px">
      <span style="position:relative;width:32px;height:32px;display:inline-block">
        <img src="chrome-extension://${browser.extensionId}/icon/32.png" width="32" height="32" alt="">
        <span style="position:absolute;right:-6px;bottom:-4px;min-width:16px;padding:0 4px;border-radius:8px;
          background:rgba(${badge.color.join(',')});color:#fff;font-weight:700;text-align:center;line-height:16px">${badge.text}</span>
      </span><span>${badge.title}</span></div></body>`);
  await popup.locator('#toolbar').screenshot({ path: join(outDir, '6-badge.png') });
  step(`the toolbar badge reads "${badge.text}" (${badge.title})`);

  await browser.close();
  cleanup();
  console.log(`Screenshots written to ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
