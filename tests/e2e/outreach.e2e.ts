import { addBusinessDays } from 'date-fns';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { field, sidebar, startSession, type Session, endSession, saveFromSidebar } from './support';

let session: Session;
const FIXTURE = JSON.parse(readFileSync(resolve('tests/fixtures/linkedin/2025-signed-in.expected.json'), 'utf8')) as { url: string; expected: { name: string } };
const PATH = new URL(FIXTURE.url).pathname;

beforeAll(async () => {
  session = await startSession(undefined, { [PATH]: { file: resolve('tests/fixtures/linkedin/2025-signed-in.html') } });
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(() => endSession(session));

describe('outreach writer', () => {
  it('drafts a connection note, copies it, marks it sent; the follow-up comes seven business days later', async () => {
    const page = await session.context.newPage();
    await page.goto(`https://www.linkedin.com${PATH}`);
    const frame = await saveFromSidebar(page, FIXTURE.expected.name);

    await frame.getByRole('tab', { name: 'Message' }).click();
    expect(await frame.getByRole('combobox', { name: 'Message' }).inputValue()).toBe('connection-note');
    const draft = await frame.getByRole('textbox', { name: 'Draft' }).inputValue();
    expect(draft.length).toBeLessThanOrEqual(200);
    expect(draft).toMatch(/\?$/u);
    // Every rule passes for the drafted note.
    const coach = frame.getByRole('list', { name: 'Coach' }).getByRole('listitem');
    expect(await coach.count()).toBeGreaterThan(3);
    expect(await coach.filter({ hasText: 'Warning:' }).count()).toBe(0);

    // The coach reacts to an edit that asks for a job.
    await frame.getByRole('textbox', { name: 'Draft' }).fill(`${draft} Are you hiring? Please refer me.`);
    await expect.poll(() => coach.filter({ hasText: 'Warning:' }).count()).toBeGreaterThan(0);
    await frame.getByRole('textbox', { name: 'Draft' }).fill(draft);

    await frame.getByRole('button', { name: 'Copy' }).click();
    await frame.getByText(/^Copied|^Could not copy/u).waitFor();
    expect(await frame.getByText(/^Copied|^Could not copy/u).textContent()).toMatch(/^Copied/u);
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(draft);

    const sentAt = Date.now();
    await frame.getByRole('button', { name: 'Mark request sent' }).click();
    await frame.getByText(/^Logged: request sent/u).waitFor();

    const popup = await session.openExtensionPage('popup.html');
    const item = popup.getByRole('listitem', { name: FIXTURE.expected.name });
    await item.getByText(/No reply yet: reach out to another person at/u).waitFor();
    await item.getByRole('button', { name: 'Mark done' }).click();
    await item.getByText(/Follow up once with/u).waitFor();

    // The follow-up's date: seven business days after the request.
    const [options] = await Promise.all([
      session.context.waitForEvent('page'),
      item.getByRole('button', { name: 'Open in contacts' }).click(),
    ]);
    await expect.poll(() => options.url()).toMatch(/options\.html#contact\/\d+$/u);
    const expected = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(addBusinessDays(sentAt, 7));
    await options.getByText(`Follow up once with`, { exact: false }).waitFor();
    expect(await options.getByText(/^Next:/u).locator('..').textContent()).toContain(expected);
    await options.close();
    await popup.close();
    await page.close();
  });
});

describe('own templates', () => {
  it('a template saved in the options page is offered in the sidebar, filled in for the person', async () => {
    const options = await session.openExtensionPage('options.html#settings');
    const form = options.getByRole('form', { name: 'Template' });
    await form.getByRole('textbox', { name: 'Template name' }).fill('Alumni note');
    await form.getByRole('textbox', { name: 'Text' }).fill('Hi {firstName}, I saw your work at {company}. Could I ask you a few questions about it?');
    await form.getByRole('button', { name: 'Save template' }).click();
    await options.getByText(/Template “Alumni note” saved/u).waitFor();
    await options.close();

    const page = await session.context.newPage();
    await page.goto(`https://www.linkedin.com${PATH}`);
    const frame = sidebar(page);
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe(FIXTURE.expected.name);
    await frame.getByRole('tab', { name: 'Message' }).click();
    await frame.getByRole('combobox', { name: 'Message' }).selectOption('connection-note');
    await frame.getByRole('combobox', { name: 'Start from' }).selectOption({ label: 'Your template: Alumni note' });
    const text = await frame.getByRole('textbox', { name: 'Draft' }).inputValue();
    expect(text).toMatch(/^Hi Ravi, I saw your work at .+\. Could I ask you a few questions about it\?$/u);
    expect(text).not.toContain('{');
    await page.close();
  });
});
