import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MessageWriter, type MessageWriterProps, type UserTemplate } from '@/components/MessageWriter';
import type { DraftContext } from '@/lib/outreach/types';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';

const context: DraftContext = {
  contact: { name: 'Maya Okafor', currentTitle: 'Senior UX Researcher', currentCompany: 'Lumen Health', education: [{ school: 'Leiden University' }] },
  user: { ...DEFAULT_SETTINGS, schools: ['Leiden University'] },
};
const JOB_ASK = ' Are you hiring? Can you refer me?';

const setup = (props: Partial<MessageWriterProps> = {}) => {
  const onCopy = vi.fn<MessageWriterProps['onCopy']>().mockResolvedValue(undefined);
  const onSent = vi.fn<NonNullable<MessageWriterProps['onSent']>>().mockResolvedValue(undefined);
  render(<MessageWriter context={context} initialKind="connection-note" templates={[]} onSent={onSent} onCopy={onCopy} {...props} />);
  return { onCopy, onSent };
};
const kindSelect = () => screen.getByRole('combobox', { name: 'Message' });
const draft = () => screen.getByRole('textbox', { name: 'Draft' }) as HTMLTextAreaElement;
const subject = () => screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement;
const coachItems = () => within(screen.getByRole('list', { name: 'Coach' })).getAllByRole('listitem');
const warnings = () => coachItems().filter((li) => li.textContent?.includes('Warning:'));
const status = () => screen.getByRole('status');

describe('MessageWriter', () => {
  it('offers every kind of message, starting from the one asked for', () => {
    setup({ initialKind: 'thank-you' });
    expect(within(kindSelect()).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'LinkedIn connection note',
      'Request email or InMail',
      'Follow-up after silence',
      'Reply proposing times',
      'Thank-you note',
      'Keep-in-touch update',
      'Keep in touch: share an article',
      'Keep in touch: my progress',
      'Introduction via a lead',
      'Request to someone you know',
      'Request by phone (call script)',
      'Ask a mutual contact to introduce you',
    ]);
    expect(kindSelect()).toHaveDisplayValue('Thank-you note');
  });

  it('drafts a personal connection note that fits the limit and passes every check', () => {
    setup();
    const text = draft().value;
    expect(text).toMatch(/^Hi Maya,/u);
    expect(text).toContain('Leiden University');
    expect(text).toContain('Lumen Health');
    expect(text.length).toBeLessThanOrEqual(200);
    expect(draft()).toHaveAccessibleDescription(`${text.length} / 200 characters`);
    // A note has no subject and is not sent by email.
    expect(screen.queryByRole('textbox', { name: 'Subject' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open in your email app' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Add their email address/u)).not.toBeInTheDocument();

    expect(coachItems().length).toBeGreaterThan(0);
    expect(warnings()).toEqual([]);
    expect(screen.getByRole('list', { name: 'Coach' })).toHaveTextContent('Pass: Opens with what you share: Leiden University.');
    expect(screen.getByRole('list', { name: 'Coach' })).toHaveTextContent(`Pass: ${text.length} of 200 characters: fits a LinkedIn note.`);
  });

  it('uses the limit from the settings', () => {
    setup({ context: { ...context, user: { ...context.user, noteLimit: 300 } } });
    expect(draft()).toHaveAccessibleDescription(`${draft().value.length} / 300 characters`);
  });

  it('coaches the draft as it is edited: a job ask and a note too long get warnings', async () => {
    setup();
    const before = draft().value;
    await userEvent.type(draft(), JOB_ASK);
    expect(draft()).toHaveValue(before + JOB_ASK);
    const length = before.length + JOB_ASK.length;
    expect(draft()).toHaveAccessibleDescription(`${length} / 200 characters`);
    const warned = warnings().map((li) => li.textContent);
    expect(warned).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Warning: “Are you hiring” reads as asking for a job. Ask to learn about their path instead.'),
        expect.stringContaining(`Warning: ${length} characters: LinkedIn cuts notes at 200. Shorten by ${length - 200}.`),
      ]),
    );
  });

  it('offers another wording, which replaces an edited draft', async () => {
    setup();
    const first = draft().value;
    await userEvent.type(draft(), JOB_ASK);
    await userEvent.click(screen.getByRole('button', { name: 'Try another wording' }));
    const second = draft().value;
    expect(second).not.toBe(first);
    expect(second).not.toContain('hiring');
    expect(second).toMatch(/^Hi Maya,/u);
    expect(warnings()).toEqual([]);
  });

  it('copies the note and says it did', async () => {
    const { onCopy } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(onCopy).toHaveBeenCalledWith(draft().value);
    expect(status()).toHaveTextContent('Copied. Paste it into LinkedIn or your email.');
  });

  it('copies an email with its subject line first', async () => {
    const { onCopy } = setup({ initialKind: 'request-email' });
    await userEvent.clear(subject());
    await userEvent.type(subject(), 'Leiden alum with a question');
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(onCopy).toHaveBeenCalledWith(`Subject: Leiden alum with a question\n\n${draft().value}`);
    expect(draft().value).toMatch(/^Hi Maya,\n\n/u);
    expect(status()).toHaveTextContent(/^Copied/u);
  });

  it('says how to copy by hand when copying fails', async () => {
    setup({ onCopy: vi.fn().mockRejectedValue(new Error('denied')) });
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(status()).toHaveTextContent('Could not copy: select the text and copy it by hand.');
  });

  it('logs a sent request with what was written', async () => {
    const { onSent } = setup();
    await userEvent.type(draft(), ' Thank you!');
    await userEvent.click(screen.getByRole('button', { name: 'Mark request sent' }));
    expect(onSent).toHaveBeenCalledWith('connection-note', draft().value);
    expect(draft().value).toMatch(/ Thank you!$/u);
    expect(status()).toHaveTextContent('Logged.');
  });

  it('logs a thank-you as a thank-you, subject included', async () => {
    const { onSent } = setup();
    await userEvent.selectOptions(kindSelect(), 'Thank-you note');
    expect(screen.queryByRole('button', { name: 'Mark request sent' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Mark thank-you sent' }));
    expect(onSent).toHaveBeenCalledWith('thank-you', `Subject: ${subject().value}\n\n${draft().value}`);
    expect(subject().value).not.toBe('');
    expect(status()).toHaveTextContent(/^Logged\.$/u);
  });

  it('shows why logging failed', async () => {
    setup({ onSent: vi.fn().mockRejectedValue(new Error('Contact not found.')) });
    await userEvent.click(screen.getByRole('button', { name: 'Mark request sent' }));
    expect(status()).toHaveTextContent('Contact not found.');
  });

  it('asks to save the contact before sending can be logged', () => {
    setup({ onSent: null });
    expect(screen.getByText('Save the contact to log what you send.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Mark .* sent$/u })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
  });

  it('opens an email draft in the email app, subject and body encoded', async () => {
    setup({ initialKind: 'request-email', email: 'maya.okafor@example.org' });
    expect(screen.queryByText('Save the contact to log what you send.')).not.toBeInTheDocument();
    await userEvent.clear(subject());
    await userEvent.type(subject(), 'Q&A: 15 minutes?');
    const link = screen.getByRole('link', { name: 'Open in your email app' });
    const href = link.getAttribute('href')!;
    expect(href).not.toMatch(/[\s]/u);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe('maya.okafor@example.org');
    expect(url.searchParams.get('subject')).toBe('Q&A: 15 minutes?');
    expect(url.searchParams.get('body')).toBe(draft().value);
    expect(url.searchParams.get('body')).toContain('\n\n');
    expect(screen.queryByText(/Add their email address/u)).not.toBeInTheDocument();
  });

  it('says where to add the email address when there is none', () => {
    setup({ initialKind: 'request-email' });
    expect(screen.queryByRole('link', { name: 'Open in your email app' })).not.toBeInTheDocument();
    expect(screen.getByText('Add their email address in the contact book to open this draft in your email app.')).toBeInTheDocument();
    expect(draft()).toHaveAccessibleDescription(/^\d+ words \(aim for 75 or fewer\)$/u);
  });

  it('counts the words of an email the same way the coach does', async () => {
    setup({ initialKind: 'request-email' });
    await userEvent.clear(draft());
    await userEvent.type(draft(), 'Hi Maya — quick question — would you have 15 minutes?');
    expect(screen.getByRole('list', { name: 'Coach' })).toHaveTextContent('Pass: 9 words: short enough to read on a phone.');
    // A dash on its own is not a word: the hint under the draft must not say 11 while the coach says 9.
    expect(draft()).toHaveAccessibleDescription('9 words (aim for 75 or fewer)');
  });

  it('asks for their advice and what you did with it in a keep-in-touch update, and works both into the draft', async () => {
    setup();
    expect(screen.queryByRole('textbox', { name: 'A piece of their advice' })).not.toBeInTheDocument();
    await userEvent.selectOptions(kindSelect(), 'Keep-in-touch update');
    expect(screen.getByRole('button', { name: 'Mark check-in sent' })).toBeInTheDocument();
    expect(warnings().map((li) => li.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('Recall a piece of their advice'), expect.stringContaining('Say what you did with their advice')]),
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'A piece of their advice' }), 'build a small portfolio');
    await userEvent.type(screen.getByRole('textbox', { name: 'What you did with it' }), 'ran two usability studies');
    expect(draft().value).toContain('build a small portfolio');
    expect(draft().value).toMatch(/ran two usability studies/iu);
    expect(screen.getByRole('list', { name: 'Coach' })).toHaveTextContent('Pass: Recalls their advice.');
    expect(screen.getByRole('list', { name: 'Coach' })).toHaveTextContent('Pass: Says what you did with it.');
  });

  it('starts from your own template for the kind, with its placeholders filled in', async () => {
    const templates: UserTemplate[] = [
      { kind: 'connection-note', name: 'Alumni', body: 'Hi {firstName}, fellow {school} alum here. Could I ask you about your work at {company}?' },
      { kind: 'thank-you', name: 'Warm thanks', subject: 'Thanks, {firstName}', body: 'Dear {firstName}, thank you!' },
    ];
    setup({ templates });
    const startFrom = screen.getByRole('combobox', { name: 'Start from' });
    expect(within(startFrom).getAllByRole('option').map((o) => o.textContent)).toEqual(['Coffee Chats draft', 'Your template: Alumni']);
    await userEvent.selectOptions(startFrom, 'Your template: Alumni');
    expect(draft()).toHaveValue('Hi Maya, fellow Leiden University alum here. Could I ask you about your work at Lumen Health?');
    expect(screen.queryByRole('button', { name: 'Try another wording' })).not.toBeInTheDocument();

    await userEvent.selectOptions(kindSelect(), 'Thank-you note');
    const thanks = screen.getByRole('combobox', { name: 'Start from' });
    expect(thanks).toHaveDisplayValue('Coffee Chats draft');
    await userEvent.selectOptions(thanks, 'Your template: Warm thanks');
    expect(subject()).toHaveValue('Thanks, Maya');
    expect(draft()).toHaveValue('Dear Maya, thank you!');

    await userEvent.selectOptions(kindSelect(), 'Follow-up after silence');
    expect(screen.queryByRole('combobox', { name: 'Start from' })).not.toBeInTheDocument();
  });
});
