import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { DEMO_SLUG } from '../../scripts/demo/people';
import { endSession, saveFromSidebar, startSession, type Session } from './support';

/** The extension API inside the browser pages that `evaluate` runs in. */
declare const chrome: typeof import('wxt/browser').browser;

let session: Session | undefined;
// The demo LinkedIn page around it is not ours to check; the sidebar frame is.
const SIDEBAR = 'iframe[title="Coffee Chats"]';
afterAll(() => endSession(session));

/** axe-core finds no violation in the extension's page (or only in its sidebar frame: `within`), light and dark. */
async function expectAccessible(page: Page, what: string, within?: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // The WCAG 2.1 A/AA rules (axe's best-practice "region" rule flags the sidebar's tab strip, which predates this screen).
    const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    const { violations } = await (within ? builder.include(within) : builder).analyze();
    expect(violations.map((v) => `${what} (${colorScheme}): ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('from "yes" to next steps', () => {
  it('request sent → reply → schedule tomorrow → .ics → prepare reminder → log → a next action becomes a task → done', { timeout: 240_000 }, async () => {
    session = await startSession();
    const page = await session.openProfile(DEMO_SLUG);
    const frame = await saveFromSidebar(page, 'Maya Okafor');

    await frame.getByRole('tab', { name: 'Message' }).click();
    await frame.getByRole('button', { name: 'Mark request sent' }).click();
    await frame.getByText(/^Logged: request sent/u).waitFor();

    // Reply received: "schedule" is next, and the draft is a reply proposing times.
    await frame.getByRole('tab', { name: 'Person' }).click();
    await frame.getByRole('button', { name: 'Mark reply received' }).click();
    await frame.getByText(/Next: schedule the chat/u).waitFor();
    await frame.getByText(/Maya replied: schedule your conversation/u).waitFor();
    await frame.getByRole('tab', { name: 'Message' }).click();
    await expect.poll(() => frame.getByRole('combobox', { name: 'Message' }).inputValue()).toBe('propose-times');
    expect(await frame.getByRole('textbox', { name: 'Draft' }).inputValue()).toMatch(/next week/u);
    const popupBefore = await session.openExtensionPage('popup.html');
    await popupBefore.getByRole('listitem', { name: 'Maya Okafor' }).getByText(/Maya replied: schedule your conversation/u).waitFor();
    await popupBefore.close();

    // Schedule for tomorrow 10:00 (the form's suggestion), by video with a link, 20 minutes.
    await frame.getByRole('tab', { name: 'Person' }).click();
    await frame.getByRole('button', { name: 'Schedule', exact: true }).click();
    const schedule = frame.getByRole('form', { name: 'Schedule a conversation with Maya Okafor' });
    await schedule.getByRole('combobox', { name: 'How' }).selectOption('video');
    await schedule.getByRole('textbox', { name: 'Where, or the call link' }).fill('https://meet.example.com/maya');
    await schedule.getByRole('spinbutton', { name: 'Minutes' }).fill('20');
    const when = await schedule.getByLabel('Day and time').inputValue();
    const meetingAt = await page.evaluate((local) => new Date(local).getTime(), when);
    await schedule.getByRole('button', { name: 'Schedule', exact: true }).click();
    await schedule.getByText(/^Scheduled\./u).waitFor();
    await frame.getByRole('tab', { name: 'Person' }).click();
    await frame.getByRole('definition').filter({ hasText: /^Scheduled$/u }).waitFor();

    // The calendar file: downloaded, and it parses back to the same moment and length.
    await frame.getByRole('tab', { name: 'Meeting' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), schedule.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^coffee-chat-maya-okafor-\d{4}-\d{2}-\d{2}\.ics$/u);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8'))).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().getTime()).toBe(meetingAt);
    expect(event.endDate.toJSDate().getTime() - meetingAt).toBe(20 * 60_000);
    expect(event.summary).toBe('Coffee chat with Maya Okafor');
    await expectAccessible(page, 'sidebar with the schedule form', SIDEBAR);

    // The popup: prepare the day before; the badge's tooltip names it too.
    const popup = await session.openExtensionPage('popup.html');
    const today = popup.getByRole('region', { name: 'Today' });
    await today.getByRole('listitem', { name: 'Maya Okafor' }).getByText(/Prepare for Maya Okafor — tomorrow/u).waitFor();
    await expect.poll(() => popup.evaluate(() => chrome.action.getTitle({}))).toMatch(/Also due today: Prepare for Maya Okafor/u);
    await expectAccessible(popup, 'popup');

    // Log the meeting: the scheduled one is filled in (how and how long); the debrief lists a next action.
    await frame.getByRole('tab', { name: 'Person' }).click();
    await frame.getByRole('button', { name: 'Log meeting' }).click();
    const notes = frame.getByRole('form', { name: 'Meeting notes' });
    await notes.waitFor();
    expect(await notes.getByRole('combobox', { name: 'How' }).inputValue()).toBe('video');
    expect(await notes.getByRole('spinbutton', { name: 'Minutes' }).inputValue()).toBe('20');
    await notes.getByRole('textbox', { name: 'What I learned (one per line)' }).fill('Research teams hire from meetups');
    await notes.getByRole('radio', { name: 'Mostly' }).check();
    await notes.getByRole('button', { name: 'Add next action' }).click();
    await notes.getByRole('textbox', { name: 'Next action 1', exact: true }).fill('Send Maya my portfolio');
    await notes.getByLabel('Next action 1 by (optional)').fill(when.slice(0, 10));
    await notes.getByRole('button', { name: 'Save meeting' }).click();
    await notes.getByText('Meeting saved.').waitFor();
    await expectAccessible(page, 'sidebar with the debrief', SIDEBAR);

    // The task is in the popup with the thank-you; marking it done removes it.
    const task = popup.getByRole('listitem', { name: 'Maya Okafor: Send Maya my portfolio' });
    await task.waitFor();
    await popup.getByRole('listitem', { name: 'Maya Okafor', exact: true }).getByText(/Send Maya a thank-you note/u).waitFor();
    await task.getByRole('button', { name: 'Mark done' }).click();
    await task.waitFor({ state: 'detached' });
    await popup.getByRole('listitem', { name: 'Maya Okafor', exact: true }).waitFor();
  });
});
