import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeetingForm, type MeetingFormValue } from '@/components/MeetingForm';
import type { MeetingPatch } from '@/lib/model/history';

const meeting: MeetingFormValue = {
  heldAt: new Date('2026-11-18T10:00:00').getTime(),
  questions: [],
  takeaways: ['Research roles want a portfolio'],
  leads: [],
  nextActions: [{ uid: 'task-00000001', text: 'Read the UX report' }],
};

function setup(value = meeting) {
  const onSave = vi.fn<(patch: MeetingPatch) => Promise<void>>().mockResolvedValue(undefined);
  const view = render(<MeetingForm meeting={value} prepared={[]} onSave={onSave} />);
  return { onSave, rerender: (next: MeetingFormValue) => view.rerender(<MeetingForm meeting={next} prepared={[]} onSave={onSave} />) };
}

describe('the debrief in the meeting form', () => {
  it('records fit, what is still unknown, resources and next actions (with a day) — only those', { timeout: 30_000 }, async () => {
    const { onSave } = setup();
    const user = userEvent.setup();
    const fit = screen.getByRole('group', { name: 'Does this path fit my interests and values?' });
    expect(fit).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Mostly' }));
    await user.type(screen.getByRole('textbox', { name: 'Why, in a line' }), 'I like the research, less the travel');
    await user.type(screen.getByRole('textbox', { name: 'What I still need to find out (one per line)' }), 'Salary range{Enter}Typical day');
    await user.click(screen.getByRole('button', { name: 'Add resource' }));
    await user.type(screen.getByRole('textbox', { name: 'Resource 1 title' }), 'Just Enough Research');
    await user.type(screen.getByRole('textbox', { name: 'Resource 1 link (optional)' }), 'https://example.com/book');
    await user.click(screen.getByRole('button', { name: 'Add next action' }));
    await user.type(screen.getByRole('textbox', { name: 'Next action 2' }), 'Send Maya my portfolio');
    await user.type(screen.getByLabelText('Next action 2 by (optional)'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).toHaveBeenCalledWith({
      fit: 4,
      fitNote: 'I like the research, less the travel',
      openQuestions: ['Salary range', 'Typical day'],
      resources: [{ title: 'Just Enough Research', url: 'https://example.com/book' }],
      nextActions: [
        { uid: 'task-00000001', text: 'Read the UX report', dueAt: undefined },
        { uid: undefined, text: 'Send Maya my portfolio', dueAt: new Date('2026-11-20T00:00:00').getTime() },
      ],
    });
    expect(screen.getByRole('status')).toHaveTextContent('Meeting saved.');
  });

  it('removing a next action sends the list without it; the fit follows the stored row until touched', async () => {
    const { onSave, rerender } = setup();
    const user = userEvent.setup();
    rerender({ ...meeting, fit: 2 });
    expect(screen.getByRole('radio', { name: 'A little' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Remove next action 1' }));
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).toHaveBeenCalledWith({ nextActions: [] });
  });
});
