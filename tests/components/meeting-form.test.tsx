import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeetingForm, type MeetingFormValue } from '@/components/MeetingForm';
import type { MeetingPatch } from '@/lib/model/history';

// Local (Europe/Amsterdam, winter: UTC+1) wall-clock times.
const HELD_AT = Date.UTC(2026, 10, 20, 13, 30); // 20 Nov 2026, 14:30 in Amsterdam
const meeting: MeetingFormValue = {
  heldAt: HELD_AT,
  mode: 'video',
  durationMin: 20,
  questions: [{ text: 'What does a typical week look like for you?', answer: 'Mostly interviews on Tuesdays.' }],
  takeaways: ['Build a small portfolio'],
  leads: [],
};
const PREPARED = ['What does a typical week look like for you?', 'Who else should I talk to?'];

const setup = (onSave = vi.fn<(patch: MeetingPatch) => Promise<void>>().mockResolvedValue(undefined), value = meeting) => {
  render(<MeetingForm meeting={value} prepared={PREPARED} onSave={onSave} />);
  return onSave;
};
const field = (name: string) => screen.getByLabelText(name);
const status = () => screen.getByRole('status');

describe('MeetingForm', () => {
  it('starts from the meeting: when in local time, how, how long, answers and takeaways', () => {
    setup();
    expect(screen.getByRole('form', { name: 'Meeting notes' })).toBeInTheDocument();
    expect(field('When')).toHaveValue('2026-11-20T14:30');
    expect(screen.getByRole('combobox', { name: 'How' })).toHaveDisplayValue('Video call');
    expect(screen.getByRole('spinbutton', { name: 'Minutes' })).toHaveValue(20);
    expect(screen.getByRole('textbox', { name: 'What I learned (one per line)' })).toHaveValue('Build a small portfolio');
    expect(status()).toBeEmptyDOMElement();
  });

  it('gives every prepared question one answer box, labelled by the question', () => {
    setup();
    const answers = screen.getByRole('group', { name: 'Answers and notes' });
    const boxes = within(answers).getAllByRole('textbox');
    expect(boxes).toHaveLength(2); // the question already answered is not repeated
    expect(within(answers).getByRole('textbox', { name: 'What does a typical week look like for you?' })).toHaveValue('Mostly interviews on Tuesdays.');
    expect(within(answers).getByRole('textbox', { name: 'Who else should I talk to?' })).toHaveValue('');
  });

  it('leaves out the answers section when there is nothing to answer, and "How" empty when unknown', () => {
    render(<MeetingForm meeting={{ heldAt: HELD_AT, questions: [], takeaways: [], leads: [] }} prepared={[]} onSave={vi.fn()} />);
    expect(screen.queryByRole('group', { name: 'Answers and notes' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'How' })).toHaveDisplayValue('—');
    expect(screen.getByRole('spinbutton', { name: 'Minutes' })).toHaveValue(null);
    expect(screen.queryByRole('textbox', { name: /^Lead 1/u })).not.toBeInTheDocument();
  });

  it('does not save without a time', async () => {
    const onSave = setup();
    await userEvent.clear(field('When'));
    await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.queryByText('Meeting saved.')).not.toBeInTheDocument();
  });

  it('saves what was typed, and only that: local time as epoch ms, the answer typed, one takeaway per line, named leads', { timeout: 30_000 }, async () => {
    const onSave = setup();
    const when = field('When');
    await userEvent.clear(when);
    await userEvent.type(when, '2026-11-21T09:15');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'How' }), 'In person');
    const minutes = screen.getByRole('spinbutton', { name: 'Minutes' });
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '45');
    await userEvent.type(screen.getByRole('textbox', { name: 'Who else should I talk to?' }), 'Ask Sam at Philips');
    const learned = screen.getByRole('textbox', { name: 'What I learned (one per line)' });
    await userEvent.type(learned, '{Enter}{Enter}  Research ops is a growing field  {Enter}   {Enter}Read "Just Enough Research"');

    await userEvent.click(screen.getByRole('button', { name: 'Add lead' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Lead 1 name' }), ' Sam de Vries ');
    await userEvent.type(screen.getByRole('textbox', { name: 'Lead 1 LinkedIn URL (optional)' }), 'https://www.linkedin.com/in/samdevries/');
    await userEvent.click(screen.getByRole('button', { name: 'Add lead' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Lead 2 name' }), 'Priya');
    await userEvent.click(screen.getByRole('button', { name: 'Add lead' })); // left empty: not saved

    await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith({
      heldAt: Date.UTC(2026, 10, 21, 8, 15), // 09:15 in Amsterdam
      mode: 'in-person',
      durationMin: 45,
      // The question already answered was not touched: it is not sent (another window may have changed it).
      answers: [{ text: 'Who else should I talk to?', answer: 'Ask Sam at Philips' }],
      takeaways: ['Build a small portfolio', 'Research ops is a growing field', 'Read "Just Enough Research"'],
      leads: [
        { name: 'Sam de Vries', profileUrl: 'https://www.linkedin.com/in/samdevries/' },
        { name: 'Priya', profileUrl: undefined },
      ],
    });
    expect(await screen.findByText('Meeting saved.')).toBe(status());
  });

  it('reads a summer date in summer time (UTC+2)', async () => {
    const onSave = setup();
    const when = field('When');
    await userEvent.clear(when);
    await userEvent.type(when, '2027-06-02T18:00');
    await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ heldAt: Date.UTC(2027, 5, 2, 16, 0) }));
  });

  it('saves nothing when nothing was changed, and clears mode and length when the user empties them', async () => {
    const onSave = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(await screen.findByText('Nothing changed.')).toBe(status());
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'How' }), '—');
    await userEvent.clear(screen.getByRole('spinbutton', { name: 'Minutes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).toHaveBeenCalledWith({ mode: null, durationMin: null });
  });

  it('follows the stored meeting where the user has not typed, and a save never writes back an older value', async () => {
    const onSave = vi.fn<(patch: MeetingPatch) => Promise<void>>().mockResolvedValue(undefined);
    const { rerender } = render(<MeetingForm meeting={meeting} prepared={PREPARED} onSave={onSave} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Who else should I talk to?' }), 'Ask Sam');
    // Meanwhile the contact book saves takeaways, another answer and a lead for the same meeting.
    const elsewhere: MeetingFormValue = {
      ...meeting,
      durationMin: 30,
      questions: [{ text: 'What does a typical week look like for you?', answer: 'Interviews, then synthesis.' }],
      takeaways: ['Build a small portfolio', 'Join the research meetup'],
      leads: [{ name: 'Jonas Weber' }],
    };
    rerender(<MeetingForm meeting={elsewhere} prepared={PREPARED} onSave={onSave} />);
    expect(screen.getByRole('textbox', { name: 'What I learned (one per line)' })).toHaveValue('Build a small portfolio\nJoin the research meetup');
    expect(screen.getByRole('textbox', { name: 'What does a typical week look like for you?' })).toHaveValue('Interviews, then synthesis.');
    expect(screen.getByRole('spinbutton', { name: 'Minutes' })).toHaveValue(30);
    expect(screen.getByRole('textbox', { name: 'Lead 1 name' })).toHaveValue('Jonas Weber');
    // What the user typed here stays.
    expect(screen.getByRole('textbox', { name: 'Who else should I talk to?' })).toHaveValue('Ask Sam');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'How' }), 'Phone');
    await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).toHaveBeenCalledWith({ mode: 'phone', answers: [{ text: 'Who else should I talk to?', answer: 'Ask Sam' }] });
  });

  it('removes a lead, renumbering the rest', async () => {
    const onSave = setup(undefined, {
      ...meeting,
      leads: [{ name: 'Sam de Vries', profileUrl: 'https://www.linkedin.com/in/samdevries/' }, { name: 'Priya' }],
    });
    expect(screen.getByRole('textbox', { name: 'Lead 1 name' })).toHaveValue('Sam de Vries');
    expect(screen.getByRole('textbox', { name: 'Lead 2 LinkedIn URL (optional)' })).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: 'Remove lead 1' }));
    expect(screen.getByRole('textbox', { name: 'Lead 1 name' })).toHaveValue('Priya');
    expect(screen.queryByRole('textbox', { name: 'Lead 2 name' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove lead 2' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ leads: [{ name: 'Priya', profileUrl: undefined }] }));
  });

  it('shows why saving failed and keeps what was typed', async () => {
    const onSave = vi.fn<(patch: MeetingPatch) => Promise<void>>().mockRejectedValue(new Error('The meeting could not be found.'));
    setup(onSave);
    const learned = screen.getByRole('textbox', { name: 'What I learned (one per line)' });
    await userEvent.type(learned, '{Enter}Talk to the research ops team');
    await userEvent.click(screen.getByRole('button', { name: 'Add lead' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Lead 1 name' }), 'Sam de Vries');
    await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));

    expect(await screen.findByText('The meeting could not be found.')).toBe(status());
    expect(screen.queryByText('Meeting saved.')).not.toBeInTheDocument();
    expect(learned).toHaveValue('Build a small portfolio\nTalk to the research ops team');
    expect(screen.getByRole('textbox', { name: 'Lead 1 name' })).toHaveValue('Sam de Vries');
    expect(field('When')).toHaveValue('2026-11-20T14:30');
  });

  it('says so when saving fails without a message', async () => {
    setup(vi.fn<(patch: MeetingPatch) => Promise<void>>().mockRejectedValue('nope'));
    await userEvent.type(screen.getByRole('textbox', { name: 'What I learned (one per line)' }), '{Enter}More');
    await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(await screen.findByText('Could not save the meeting.')).toBe(status());
  });

  it('saves from the keyboard', async () => {
    const onSave = setup();
    screen.getByRole('textbox', { name: 'Who else should I talk to?' }).focus();
    await userEvent.keyboard('Sam');
    await userEvent.tab(); // to "What I learned", then through the debrief to "Add lead"
    for (let i = 0; i < 12 && document.activeElement?.textContent !== 'Add lead'; i++) await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('Add lead');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Lead 1 name' })).toBeInTheDocument();
    screen.getByRole('textbox', { name: 'Lead 1 name' }).focus();
    await userEvent.keyboard('Sam de Vries{Enter}'); // Enter in a text field submits the form
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ leads: [{ name: 'Sam de Vries', profileUrl: undefined }] }));
    expect(await screen.findByText('Meeting saved.')).toBeInTheDocument();
  });
});

describe('MeetingForm and the areas of prepared questions', () => {
  it('saves an answer with its prepared question’s area, so a path page can put it under Leads', async () => {
    const onSave = vi.fn<(patch: MeetingPatch) => Promise<void>>().mockResolvedValue(undefined);
    render(<MeetingForm meeting={meeting} prepared={[{ text: 'Who else should I talk to?', area: 'leads' }]} onSave={onSave} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Who else should I talk to?' }), 'Ask Priya in QA');
    await userEvent.click(screen.getByRole('button', { name: /^Save/u }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ answers: [{ text: 'Who else should I talk to?', answer: 'Ask Priya in QA', area: 'leads' }] }));
  });
});
