import { DEMO_SLUG } from '../../scripts/demo/people';

/** The extension API inside the pages that evaluate runs in. */
declare const chrome: typeof import('wxt/browser').browser;
import { startSession, type Session, endSession, saveFromSidebar } from './support';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

const localInput = (ms: number) => {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

describe('badge', () => {
  it('counts a due thank-you, turns red 25 hours after the meeting, and clears when it is sent', async () => {
    const page = await session.openProfile(DEMO_SLUG);
    const frame = await saveFromSidebar(page, 'Maya Okafor');
    await frame.getByRole('button', { name: 'Log meeting' }).click();
    await expect.poll(() => session.badge()).toBe('1');
    const options = await session.openExtensionPage('options.html');
    const badge = () =>
      options.evaluate(async () => ({
        text: await chrome.action.getBadgeText({}),
        color: await chrome.action.getBadgeBackgroundColor({}),
        title: await chrome.action.getTitle({}),
      }));
    expect(await badge()).toEqual({ text: '1', color: [10, 102, 194, 255], title: 'Coffee Chats: 1 thank-you note due' });

    // 25 hours pass: the meeting was yesterday (set its time in the meeting form).
    const form = frame.getByRole('form', { name: 'Meeting notes' });
    await form.getByLabel('When').fill(localInput(Date.now() - 25 * 3_600_000));
    await form.getByRole('button', { name: 'Save meeting' }).click();
    await form.getByText('Meeting saved.').waitFor();
    await expect.poll(badge).toEqual({ text: '1', color: [197, 34, 31, 255], title: 'Coffee Chats: 1 thank-you note due (1 overdue)' });

    const popup = await session.openExtensionPage('popup.html');
    const overdue = popup.getByRole('region', { name: 'Overdue' });
    await overdue.getByText(/Send Maya a thank-you note — overdue since/u).waitFor();
    await overdue.getByRole('button', { name: 'Mark thank-you sent' }).click();
    await expect.poll(badge, { timeout: 2_000 }).toMatchObject({ text: '', title: 'Coffee Chats' });
    await popup.close();
    await options.close();
    await page.close();
  });

  it('leaves out a thank-you snoozed from the popup', async () => {
    const page = await session.openProfile('tomas-lindqvist-demo');
    const frame = await saveFromSidebar(page, 'Tomás Lindqvist');
    await frame.getByRole('button', { name: 'Log meeting' }).click();
    await expect.poll(() => session.badge()).toBe('1');

    const popup = await session.openExtensionPage('popup.html');
    const item = popup.getByRole('listitem').filter({ hasText: 'Send Tomás a thank-you note' });
    await item.getByText('Snooze', { exact: true }).click();
    await item.getByRole('button', { name: 'Snooze 1 day' }).click();
    await expect.poll(() => session.badge()).toBe('');
    // Still listed, for tomorrow.
    await popup.getByText('Send Tomás a thank-you note').waitFor();
    await popup.close();
    await page.close();
  });
});
