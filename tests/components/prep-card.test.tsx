import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { PrepCard, type PrepQuestionView, type ResearchView } from '@/components/PrepCard';

const research: ResearchView = {
  currentRole: 'Senior UX Researcher at Lumen Health',
  yearsInField: 7,
  path: ['UX Researcher at Booking.com', 'Senior UX Researcher at Lumen Health'],
  commonGround: ['You both studied at Leiden University'],
};
const QUESTIONS: PrepQuestionView[] = [
  { text: 'What does a typical week look like for you?', area: 'personal' },
  { text: 'What made you move from Booking.com to Lumen Health?', area: 'landscape', reason: 'Because they moved from Booking.com to Lumen Health' },
  { text: 'Who else should I talk to?', area: 'leads' },
];
const [WEEK, MOVE, WHO] = QUESTIONS.map((q) => q.text) as [string, string, string];

/** Keeps the list the way the sidebar does: whatever onChange last said. */
function Harness({ onChange, suggested = true }: { onChange: (q: PrepQuestionView[]) => void; suggested?: boolean }) {
  const [questions, setQuestions] = useState<PrepQuestionView[]>(QUESTIONS);
  return (
    <PrepCard
      research={research}
      questions={questions}
      suggested={suggested}
      onChange={(next) => {
        onChange(next);
        setQuestions(next);
      }}
    />
  );
}

const questionList = () => screen.getByRole('list', { name: /^Questions to ask/u });
const shownQuestions = () => within(questionList()).getAllByRole('listitem').map((li) => li.querySelector('p')?.textContent?.trim());
const texts = (list: PrepQuestionView[]) => list.map((q) => q.text);

describe('PrepCard', () => {
  it('summarises the research: role, years, path and common ground', () => {
    render(<PrepCard research={research} questions={QUESTIONS} suggested={false} onChange={vi.fn()} />);
    const card = screen.getByRole('region', { name: 'Research' });
    expect(within(card).getByText('Senior UX Researcher at Lumen Health', { selector: 'dd' })).toBeInTheDocument();
    expect(within(card).getByText('7')).toBeInTheDocument();
    expect(within(card).getByText('Path so far')).toBeInTheDocument();
    expect(within(card).getByText('UX Researcher at Booking.com')).toBeInTheDocument();
    expect(within(card).getByText('You both studied at Leiden University')).toBeInTheDocument();
    expect(within(card).queryByText(/None found/u)).not.toBeInTheDocument();
  });

  it('says what is unknown, and how to find common ground when there is none', () => {
    render(
      <PrepCard research={{ currentRole: null, yearsInField: null, path: [], commonGround: [] }} questions={[]} suggested={false} onChange={vi.fn()} />,
    );
    const card = screen.getByRole('region', { name: 'Research' });
    expect(within(card).getByText('Not on the profile')).toBeInTheDocument();
    expect(within(card).getByText('Unknown')).toBeInTheDocument();
    expect(within(card).queryByText('Path so far')).not.toBeInTheDocument();
    expect(within(card).getByText('None found — fill in your schools, employers and city in the settings')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Questions to ask (0)' })).toBeInTheDocument();
  });

  it('lists the questions in order with their area and why each was suggested', () => {
    render(<PrepCard research={research} questions={QUESTIONS} suggested onChange={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Questions to ask (3)' })).toBeInTheDocument();
    expect(shownQuestions()).toEqual([`Personal ${WEEK}`, `Landscape ${MOVE}`, `Leads ${WHO}`]);
    expect(screen.getByText('Because they moved from Booking.com to Lumen Health')).toBeInTheDocument();
  });

  it('shows the "suggested" hint only while the list is the suggestion', () => {
    const { rerender } = render(<PrepCard research={research} questions={QUESTIONS} suggested onChange={vi.fn()} />);
    expect(screen.getByText(/^Suggested for this person\./u)).toBeInTheDocument();
    rerender(<PrepCard research={research} questions={QUESTIONS} suggested={false} onChange={vi.fn()} />);
    expect(screen.queryByText(/Suggested for this person/u)).not.toBeInTheDocument();
  });

  it('cannot move the first question up or the last one down', () => {
    render(<PrepCard research={research} questions={QUESTIONS} suggested onChange={vi.fn()} />);
    expect(screen.getByRole('button', { name: `Move up: ${WEEK}` })).toBeDisabled();
    expect(screen.getByRole('button', { name: `Move down: ${WEEK}` })).toBeEnabled();
    expect(screen.getByRole('button', { name: `Move up: ${WHO}` })).toBeEnabled();
    expect(screen.getByRole('button', { name: `Move down: ${WHO}` })).toBeDisabled();
  });

  it('moves a question up or down and reports the new order', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: `Move up: ${WHO}` }));
    expect(texts(onChange.mock.lastCall![0])).toEqual([WEEK, WHO, MOVE]);
    await userEvent.click(screen.getByRole('button', { name: `Move down: ${WEEK}` }));
    expect(texts(onChange.mock.lastCall![0])).toEqual([WHO, WEEK, MOVE]);
    expect(shownQuestions()).toEqual([`Leads ${WHO}`, `Personal ${WEEK}`, `Landscape ${MOVE}`]);
    // Area and reason travel with the question.
    expect(onChange.mock.lastCall![0][2]).toEqual(QUESTIONS[1]);
  });

  it('removes a question', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: `Remove: ${MOVE}` }));
    expect(onChange).toHaveBeenLastCalledWith([QUESTIONS[0], QUESTIONS[2]]);
    expect(screen.getByRole('heading', { name: 'Questions to ask (2)' })).toBeInTheDocument();
    expect(screen.queryByText(MOVE)).not.toBeInTheDocument();
  });

  it('adds your own question at the end with Enter or the button, trimmed, and clears the box', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const box = screen.getByRole('textbox', { name: 'Your own question' });
    await userEvent.type(box, '  How did you prepare for your first research role?  {Enter}');
    expect(onChange).toHaveBeenLastCalledWith([...QUESTIONS, { text: 'How did you prepare for your first research role?' }]);
    expect(box).toHaveValue('');

    await userEvent.type(box, 'What would you do differently?');
    await userEvent.click(screen.getByRole('button', { name: 'Add question' }));
    expect(texts(onChange.mock.lastCall![0]).slice(-2)).toEqual(['How did you prepare for your first research role?', 'What would you do differently?']);
    expect(screen.getByRole('heading', { name: 'Questions to ask (5)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove: What would you do differently?' })).toBeInTheDocument();
  });

  it('adds nothing for an empty or blank question', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add question' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Your own question' }), '   {Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Questions to ask (3)' })).toBeInTheDocument();
  });

  it('can be arranged from the keyboard alone', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    // Tab to the first enabled control: "Move up" on the first question is disabled.
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName(`Move down: ${WEEK}`);
    await userEvent.keyboard('{Enter}');
    expect(texts(onChange.mock.lastCall![0])).toEqual([MOVE, WEEK, WHO]);

    // Focus does not stay on the moved question (the list items are re-created), so place it again.
    screen.getByRole('button', { name: `Remove: ${WHO}` }).focus();
    await userEvent.keyboard(' ');
    expect(texts(onChange.mock.lastCall![0])).toEqual([MOVE, WEEK]);

    screen.getByRole('textbox', { name: 'Your own question' }).focus();
    await userEvent.keyboard('Who else should I talk to?');
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('Add question');
    await userEvent.keyboard('{Enter}');
    expect(texts(onChange.mock.lastCall![0])).toEqual([MOVE, WEEK, WHO]);
  });
});

describe('PrepCard keeps keyboard focus while arranging', () => {
  it('follows the moved question, and stays in the list after a removal', async () => {
    render(<Harness onChange={() => undefined} />);
    screen.getByRole('button', { name: `Move down: ${WEEK}` }).focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toHaveAccessibleName(`Move down: ${WEEK}`);
    await userEvent.keyboard('{Enter}');
    // Now last: "Move down" is disabled, so focus goes to its other button.
    expect(document.activeElement).toHaveAccessibleName(`Move up: ${WEEK}`);
    screen.getByRole('button', { name: `Remove: ${MOVE}` }).focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).not.toBe(document.body);
  });
});
