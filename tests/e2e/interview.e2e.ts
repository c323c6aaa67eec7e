import { readFileSync } from 'node:fs';
import { DEMO_SLUG } from '../../scripts/demo/people';
import { field, removeProfileDir, sidebar, startSession, saveFromSidebar } from './support';

describe('the interview itself', () => {
  it('logs a meeting with two takeaways and a lead: the lead is a follow-up, the badge counts the thank-you, notes survive a restart', async () => {
    const first = await startSession();
    const page = await first.openProfile(DEMO_SLUG);
    const frame = await saveFromSidebar(page, 'Maya Okafor');

    // Prep: suggestions tailored to her move from psychology into research; the user's own order is kept.
    await frame.getByRole('tab', { name: 'Prep' }).click();
    const questions = frame.getByRole('list', { name: /Questions to ask/u }).getByRole('listitem');
    await expect.poll(() => questions.count()).toBeGreaterThanOrEqual(8);
    const firstQuestion = (await questions.first().locator('p').first().textContent())!.trim();
    await frame.getByRole('textbox', { name: 'Your own question' }).fill('What surprised you most about leaving clinical work?');
    await frame.getByRole('button', { name: 'Add question' }).click();
    await frame.getByRole('list', { name: /Questions to ask/u }).getByText('What surprised you most about leaving clinical work?').waitFor();

    await frame.getByRole('tab', { name: 'Person' }).click();
    await frame.getByRole('button', { name: 'Log meeting' }).click();
    const form = frame.getByRole('form', { name: 'Meeting notes' });
    await form.waitFor();
    await form.getByRole('combobox', { name: 'How' }).selectOption('video');
    await form.getByRole('spinbutton', { name: 'Minutes' }).fill('20');
    await form.getByRole('textbox', { name: 'What surprised you most about leaving clinical work?' }).fill('How much of the work is still listening.');
    await form.getByRole('textbox', { name: 'What I learned (one per line)' }).fill('A small portfolio of studies beats a long CV\nThe Rotterdam research meetup is the way in');
    await form.getByRole('button', { name: 'Add lead' }).click();
    await form.getByRole('textbox', { name: 'Lead 1 name' }).fill('Jonas Weber');
    await form.getByRole('button', { name: 'Save meeting' }).click();
    await form.getByText('Meeting saved.').waitFor();

    await expect.poll(() => first.badge()).toBe('1');
    const popup = await first.openExtensionPage('popup.html');
    await popup.getByRole('listitem', { name: 'Jonas Weber' }).getByText('Reach out to Jonas Weber (suggested by Maya Okafor)', { exact: false }).waitFor();
    await popup.getByRole('listitem', { name: 'Maya Okafor' }).getByText(/Send Maya a thank-you note/u).waitFor();

    // Later the user opens the lead's profile: it is recognised and linked, not saved twice.
    const leadPage = await first.openProfile('jonas-weber-demo');
    const leadFrame = sidebar(leadPage);
    const prompt = leadFrame.getByRole('group', { name: 'Lead Jonas Weber' });
    await prompt.getByText(/is a lead Maya Okafor suggested\. Is this them\?/u).waitFor();
    await prompt.getByRole('button', { name: 'Link to this lead' }).click();
    await leadFrame.getByText('Already a contact').waitFor();
    await leadFrame.getByText('Maya Okafor', { exact: true }).waitFor();
    expect(await field(leadFrame, 'Company').inputValue()).toBe('Harbourline Studio');
    await first.close();

    const second = await startSession(first.userDataDir);
    try {
      await expect.poll(() => second.badge(), { timeout: 10_000 }).toBe('1');
      const again = await second.openProfile(DEMO_SLUG);
      const frameAgain = sidebar(again);
      await frameAgain.getByText('Already a contact').waitFor();
      await frameAgain.getByRole('tab', { name: 'Meeting' }).click();
      const formAgain = frameAgain.getByRole('form', { name: 'Meeting notes' });
      expect(await formAgain.getByRole('textbox', { name: 'What I learned (one per line)' }).inputValue()).toBe(
        'A small portfolio of studies beats a long CV\nThe Rotterdam research meetup is the way in',
      );
      expect(await formAgain.getByRole('textbox', { name: 'What surprised you most about leaving clinical work?' }).inputValue()).toBe(
        'How much of the work is still listening.',
      );
      expect(await formAgain.getByRole('textbox', { name: 'Lead 1 name' }).inputValue()).toBe('Jonas Weber');
      // The prep list kept the user's arrangement.
      await frameAgain.getByRole('tab', { name: 'Prep' }).click();
      const prepList = frameAgain.getByRole('list', { name: /Questions to ask/u });
      await prepList.getByText('What surprised you most about leaving clinical work?').waitFor();
      await prepList.getByText(firstQuestion).waitFor();

      // The thank-you draws on what was learned, in the user's words.
      await frameAgain.getByRole('tab', { name: 'Message' }).click();
      expect(await frameAgain.getByRole('combobox', { name: 'Message' }).inputValue()).toBe('thank-you');
      expect(await frameAgain.getByRole('textbox', { name: 'Draft' }).inputValue()).toMatch(/portfolio of studies|research meetup/iu);

      // The referral tree shows who led to whom; the report has the conversation.
      const options = await second.openExtensionPage('options.html#network');
      const tree = options.getByRole('list', { name: 'Referral tree' });
      await tree.getByRole('link', { name: 'Maya Okafor' }).waitFor();
      expect(await tree.getByRole('listitem').filter({ hasText: 'Maya Okafor' }).getByRole('link', { name: 'Jonas Weber' }).count()).toBe(1);
      await options.getByRole('link', { name: 'Interview report' }).click();
      const article = options.getByRole('article').filter({ hasText: 'Maya Okafor' });
      await article.getByText('A small portfolio of studies beats a long CV').waitFor();
      await article.getByText('Jonas Weber').waitFor();
      const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download as Markdown' }).click()]);
      const markdown = readFileSync((await file.path())!, 'utf8');
      expect(markdown).toMatch(/^# Informational interviews/u);
      expect(markdown).toContain('## Maya Okafor');
      expect(markdown).toContain('A small portfolio of studies beats a long CV');
    } finally {
      await second.close();
      removeProfileDir(first.userDataDir);
    }
  });
});
