/**
 * Issue #13: a person the user knows, added by hand from the popup, works like a LinkedIn contact
 * (prep, meeting, thank-you due); the welcome page asks who the user is and drafts are signed with it.
 */
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { endSession, startSession, type Session } from './support';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

/** The page the background opened on install. */
async function welcomePage(): Promise<Page> {
  const find = () => session.context.pages().find((p) => p.url().endsWith('/welcome.html'));
  await expect.poll(() => Boolean(find()), { timeout: 15_000 }).toBe(true);
  const page = find()!;
  await page.waitForLoadState();
  return page;
}

/** "New contact" in the popup; returns the contact book tab its "Open in the contact book" opens. */
async function addFromPopup(name: string, relationship: string, organisation: string, role: string): Promise<{ popup: Page; contact: Page }> {
  const popup = await session.openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'New contact' }).click();
  await popup.getByRole('textbox', { name: /^Name/u }).fill(name);
  await popup.getByRole('combobox', { name: 'Relationship' }).selectOption({ label: relationship });
  await popup.getByRole('textbox', { name: 'Organisation' }).fill(organisation);
  await popup.getByRole('textbox', { name: 'Role' }).fill(role);
  await popup.getByRole('button', { name: 'Save contact' }).click();
  await popup.getByText(`Saved ${name}.`).waitFor();
  const opened = session.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Open in the contact book' }).click();
  const contact = await opened;
  await contact.waitForLoadState();
  await contact.getByRole('heading', { name, level: 2 }).waitFor();
  return { popup, contact };
}

describe('people you already know', () => {
  it('the welcome page opens on install, asks who you are, and your name and situation are in the drafts', async () => {
    const welcome = await welcomePage();
    await welcome.getByRole('heading', { name: 'Welcome to Coffee Chats' }).waitFor();
    expect(await axeViolations(welcome)).toEqual([]);
    await welcome.getByRole('textbox', { name: /Your name/u }).fill('Noor Haddad');
    await welcome.getByRole('radio', { name: 'Career changer' }).check();
    await welcome.getByRole('textbox', { name: /current role/u }).fill('Senior Accountant');
    await welcome.getByRole('textbox', { name: /Fields or career paths/u }).fill('UX research');
    await welcome.getByRole('button', { name: 'Save and start' }).click();
    await welcome.getByText(/Saved\. You can change any of this later in Settings/u).waitFor();

    const { popup, contact } = await addFromPopup('Aunt Rosa', 'Family', 'City Hospital', 'Clinical Psychologist');
    const message = contact.getByRole('region', { name: 'Message' });
    // Someone known gets a warm request, signed with the user's name, saying who they are now.
    await expect.poll(() => message.getByRole('combobox', { name: 'Message' }).inputValue()).toBe('warm-request');
    const draft = await message.getByRole('textbox', { name: 'Draft' }).inputValue();
    expect(draft).toMatch(/\nNoor Haddad$/u);
    expect(draft).toContain('Senior Accountant');
    expect(draft).not.toMatch(/studying|a student/u);
    await expect.poll(() => message.getByRole('list', { name: 'Coach' }).getByText(/^Warning/u).count()).toBe(0);
    await popup.close();
    await contact.close();
    await welcome.close();
  });

  it('a person added by hand from the popup is prepared for, met, and owed a thank-you', async () => {
    const { popup, contact } = await addFromPopup('Rosa Díaz', "Friend's parent", 'City Hospital', 'Clinical Psychologist');
    expect(await axeViolations(contact)).toEqual([]);

    // Prep: questions for her, kept when changed.
    const prep = contact.getByRole('region', { name: 'Prep' });
    await prep.getByRole('listitem').first().waitFor();
    expect(await prep.getByRole('listitem').count()).toBeGreaterThanOrEqual(6);

    // The meeting is logged here, as it would be from the sidebar.
    await contact.getByRole('button', { name: 'Log meeting' }).click();
    await contact.getByRole('region', { name: 'Meetings' }).getByText(/^Meeting on/u).waitFor();

    // The popup lists the thank-you she is owed, and the badge counts it.
    await popup.reload();
    await popup.getByText('Send Rosa a thank-you note').waitFor();
    await expect.poll(() => session.badge()).toBe('1');
    expect(await axeViolations(popup)).toEqual([]);

    // Typed in again, she is not saved twice: the popup asks, and opens the one already there.
    await popup.getByRole('button', { name: 'New contact' }).click();
    await popup.getByRole('textbox', { name: /^Name/u }).fill('rosa díaz');
    await popup.getByRole('button', { name: 'Save contact' }).click();
    const asked = popup.getByRole('group', { name: /You already have a contact named rosa díaz/u });
    await asked.getByText('City Hospital').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    const [again] = await Promise.all([session.context.waitForEvent('page'), asked.getByRole('button', { name: 'Open Rosa Díaz' }).click()]);
    await again.getByRole('heading', { name: 'Rosa Díaz', level: 2 }).waitFor();
    await again.close();
    await popup.close();
    await contact.close();
  });

  it('the popup form says what is wrong and loses nothing', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'New contact' }).click();
    await popup.getByRole('textbox', { name: /^Name/u }).fill('Mr Okoye');
    await popup.getByRole('textbox', { name: 'Email' }).fill('okoye-at-school');
    await popup.getByRole('button', { name: 'Save contact' }).click();
    await popup.getByText('That is not an email address').waitFor();
    expect(await popup.getByRole('textbox', { name: /^Name/u }).inputValue()).toBe('Mr Okoye');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });
});
