import { DEMO_SLUG } from '../../scripts/demo/people';
import { endSession, field, removeProfileDir, sidebar, sidebarHearsPointer, startSession, saveFromSidebar } from './support';


describe('after the browser is closed and started again', () => {
  it('still has the saved contact, its notes and tags, its due thank-you and the badge', async () => {
    const first = await startSession();
    const page = await first.openProfile(DEMO_SLUG);
    const frame = sidebar(page);
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Maya Okafor');
    await field(frame, 'Location').fill('Rotterdam (typed by me)');
    await sidebarHearsPointer(page);
    await frame.getByRole('button', { name: 'Save contact' }).click();
    await frame.getByText('Already a contact').waitFor();
    await frame.getByRole('button', { name: 'Log meeting' }).click();
    await frame.getByRole('form', { name: 'Meeting notes' }).waitFor();
    await expect.poll(() => first.badge()).toBe('1');
    const options = await first.openExtensionPage('options.html');
    await options.getByRole('listitem', { name: 'Maya Okafor' }).getByRole('button').click();
    await options.getByRole('textbox', { name: 'Notes' }).fill('Follow the accessibility meetup she mentioned.');
    await options.getByRole('textbox', { name: 'Tags' }).fill('research');
    await options.getByRole('button', { name: 'Save changes' }).click();
    await options.getByText('Saved.').waitFor();
    await first.close();

    const second = await startSession(first.userDataDir);
    try {
      await expect.poll(() => second.badge(), { timeout: 10_000 }).toBe('1');
      const again = await second.openProfile(DEMO_SLUG);
      const frameAgain = sidebar(again);
      await frameAgain.getByText('Already a contact').waitFor();
      expect(await field(frameAgain, 'Location').inputValue()).toBe('Rotterdam (typed by me)');
      const popup = await second.openExtensionPage('popup.html');
      await popup.getByRole('listitem', { name: 'Maya Okafor' }).waitFor();
      const options = await second.openExtensionPage('options.html');
      await options.getByRole('listitem', { name: 'Maya Okafor' }).getByRole('button').click();
      expect(await options.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Follow the accessibility meetup she mentioned.');
      expect(await options.getByRole('textbox', { name: 'Tags' }).inputValue()).toBe('research');
    } finally {
      await second.close();
      removeProfileDir(first.userDataDir);
    }
  });
});

describe('after the extension is updated', () => {
  it('brings the sidebar back to a LinkedIn tab that stayed open, without reloading it', async () => {
    const session = await startSession();
    try {
      const page = await session.openProfile(DEMO_SLUG);
      await expect.poll(() => field(sidebar(page), 'Name').inputValue()).toBe('Maya Okafor');
      const frameSource = () => page.locator('iframe[title="Coffee Chats"]').evaluateAll((frames) => frames.map((f) => (f as HTMLIFrameElement).src));
      const [before] = await frameSource();
      // Marks this very document: a reload would lose the mark.
      await page.evaluate(() => (document.documentElement.dataset.sameDocument = 'yes'));

      // An update as the browser applies it: the extension restarts, its old content scripts are cut off.
      const extensions = await session.context.newPage();
      await extensions.goto('chrome://extensions');
      await extensions.locator('#devMode').click();
      await extensions.locator('#dev-reload-button').click();

      // The old frame goes with the old script; a new one, from the restarted extension, takes its place.
      await expect
        .poll(async () => {
          const sources = await frameSource();
          return sources.length === 1 && sources[0] !== before;
        }, { timeout: 15_000 })
        .toBe(true);
      await saveFromSidebar(page, 'Maya Okafor');
      expect(await page.evaluate(() => document.documentElement.dataset.sameDocument)).toBe('yes');
    } finally {
      await endSession(session);
    }
  });
});
