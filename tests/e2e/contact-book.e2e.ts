import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { removeProfileDir, saveFromSidebar, startSession, type Session, endSession } from './support';

let session: Session;
const scratch = mkdtempSync(join(tmpdir(), 'coffee-chats-files-'));

async function saveProfile(slug: string, name: string) {
  const page = await session.openProfile(slug);
  await saveFromSidebar(page, name);
  await page.close();
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(scratch, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

beforeAll(async () => {
  session = await startSession();
  await saveProfile('maya-okafor-demo', 'Maya Okafor');
  await saveProfile('tomas-lindqvist-demo', 'Tomás Lindqvist');
});
afterAll(async () => {
  await endSession(session);
  removeProfileDir(scratch);
});

describe('options page', () => {
  it('finds contacts, edits notes and tags, and keeps an oversized note without losing it', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByRole('searchbox', { name: 'Search' }).fill('northwind');
    await expect.poll(() => page.getByRole('listitem').count()).toBe(1);
    await page.getByRole('listitem', { name: 'Tomás Lindqvist' }).getByRole('button').click();
    await page.getByRole('textbox', { name: 'Notes' }).fill('Ask about the data platform team.');
    await page.getByRole('textbox', { name: 'Tags' }).fill('alumni, data');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved.').waitFor();

    const huge = 'x'.repeat(20_001);
    await page.getByRole('textbox', { name: 'Notes' }).fill(huge);
    await page.getByText(/the limit is 20,000/u).waitFor();
    expect(await page.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Notes' }).inputValue()).toHaveLength(20_001);

    await page.getByRole('button', { name: 'Back to contacts' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('alumni');
    await page.getByRole('listitem', { name: 'Tomás Lindqvist' }).waitFor();
    await page.close();
  });

  it('follows a change made in the popup while a contact is open; saving notes undoes nothing and keeps the experience', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByRole('listitem', { name: 'Maya Okafor' }).getByRole('button').click();
    const status = page.getByRole('combobox', { name: 'Status' });
    const jobs = () => page.getByRole('list', { name: 'Experience' }).getByRole('listitem').allTextContents();
    await page.getByRole('list', { name: 'Experience' }).waitFor();
    const before = await jobs();
    expect(before.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await expect.poll(() => status.inputValue()).toBe('met');
    await page.getByRole('textbox', { name: 'Notes' }).fill('Suggested I talk to Jonas.');

    const popup = await session.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Mark thank-you sent' }).click();
    await expect.poll(() => status.inputValue()).toBe('thanked');
    expect(await page.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Suggested I talk to Jonas.');

    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('thanked');
    expect(await page.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Suggested I talk to Jonas.');
    // What was read from LinkedIn is still there.
    expect(await jobs()).toEqual(before);
    await popup.close();
    await page.close();
  });

  it('asks before deleting, and can undo it', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByRole('listitem', { name: 'Maya Okafor' }).getByRole('button').click();
    session.answerConfirm = true;
    await page.getByRole('button', { name: 'Delete contact' }).click();
    session.answerConfirm = false;
    expect(session.dialogs.at(-1)).toMatch(/^Delete Maya Okafor/u);
    await page.getByText('Deleted Maya Okafor.').waitFor();
    await expect.poll(() => page.getByRole('listitem', { name: 'Maya Okafor' }).count()).toBe(0);
    // The Delete button left with the contact's page: focus is on Undo, not lost, and Enter undoes.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await page.getByRole('listitem', { name: 'Maya Okafor' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    await page.close();
  });

  it('deletes a meeting with undo, and merges a lead saved by name into the profile saved beside it', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByRole('listitem', { name: 'Tomás Lindqvist' }).getByRole('button').click();
    await page.getByRole('button', { name: 'Log meeting' }).click();
    const meetings = page.getByRole('region', { name: 'Meetings' });
    await meetings.getByRole('button', { name: 'Delete meeting' }).click();
    await page.getByText('Deleted the meeting.').waitFor();
    await meetings.getByText('No meetings yet.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await meetings.getByRole('button', { name: 'Delete meeting' }).waitFor();

    // Tomás suggests Maya, typed by name: a second row for the person already saved from her profile.
    await meetings.getByRole('button', { name: 'Add lead' }).click();
    await meetings.getByLabel('Lead 1 name').fill('Maya Okafor');
    await meetings.getByRole('button', { name: 'Save meeting' }).click();
    await meetings.getByText(/saved/iu).first().waitFor();
    await page.goto(page.url().replace(/#.*$/u, '#contacts'));
    await expect.poll(() => page.getByRole('listitem', { name: 'Maya Okafor' }).count()).toBe(2);

    await page.getByRole('listitem', { name: 'Maya Okafor' }).first().getByRole('button').click();
    const merge = page.getByRole('region', { name: 'Merge contacts' });
    const lead = merge.getByRole('option', { name: /Maya Okafor \(lead, no profile\)|Maya Okafor \(linkedin/u });
    await merge.getByLabel('The other copy').selectOption({ label: (await lead.first().textContent())!.trim() });
    session.answerConfirm = true;
    await merge.getByRole('button', { name: 'Merge into Maya Okafor' }).click();
    session.answerConfirm = false;
    await page.getByText('Merged Maya Okafor into Maya Okafor.').waitFor();
    await page.goto(page.url().replace(/#.*$/u, '#contacts'));
    await expect.poll(() => page.getByRole('listitem', { name: 'Maya Okafor' }).count()).toBe(1);
    await page.close();
  });

  it('exports a backup, CSV and vCard, and imports the backup into a new browser profile', async () => {
    const page = await session.openExtensionPage('options.html#backup');
    const json = await download(page, 'Export backup (JSON)');
    const csv = readFileSync(await download(page, 'Export contacts (CSV)'), 'utf8');
    const vcard = readFileSync(await download(page, 'Export contacts (vCard)'), 'utf8');
    expect(csv).toContain('Tomás Lindqvist');
    expect(csv).toContain('Ask about the data platform team.');
    expect(vcard).toContain('FN:Tomás Lindqvist');
    await page.close();

    const other = await startSession();
    try {
      const options = await other.openExtensionPage('options.html#backup');
      // A bad file first: a CSV renamed .json changes nothing.
      const renamed = join(scratch, 'contacts.json');
      writeFileSync(renamed, csv);
      await options.getByLabel('Backup file (.json)').setInputFiles(renamed);
      await options.getByRole('alert').getByText(/CSV/u).waitFor();

      await options.getByLabel('Backup file (.json)').setInputFiles(json);
      await options.getByRole('region', { name: 'Import preview' }).getByText(/2 new, 0 updated/u).waitFor();
      await options.getByRole('button', { name: 'Import' }).click();
      await options.getByText(/^Imported: 2 new/u).waitFor();
      await options.getByRole('link', { name: 'Contacts' }).click();
      await options.getByRole('listitem', { name: 'Tomás Lindqvist' }).getByRole('button').click();
      expect(await options.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Ask about the data platform team.');
    } finally {
      await other.close();
      removeProfileDir(other.userDataDir);
    }
  });

  it('asks the browser to keep the data (persistent storage) and says where it lives', async () => {
    const page = await session.openExtensionPage('options.html#backup');
    await page.getByText(/In this browser profile only/u).waitFor();
    await page.getByText(/keeps this data even when disk space runs low|may clear this data/u).waitFor();
    await page.close();
  });
});
