import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContactEditor, type EditableContact } from '@/components/ContactEditor';

const maya: EditableContact = {
  name: 'Maya Okafor',
  headline: 'UX Researcher',
  currentCompany: 'Lumen Health',
  status: 'met',
  tags: ['design'],
  notes: 'Met at the meetup.',
};

function setup(contact = maya) {
  const saved: Record<string, unknown>[] = [];
  const onSave = async (patch: Record<string, unknown>) => {
    saved.push(patch);
  };
  const view = render(<ContactEditor contact={contact} onSave={onSave} onDelete={() => undefined} onClose={() => undefined} />);
  const rerender = (next: EditableContact) =>
    view.rerender(<ContactEditor contact={next} onSave={onSave} onDelete={() => undefined} onClose={() => undefined} />);
  return { saved, rerender };
}

describe('ContactEditor', () => {
  it('saves only the fields the user changed', async () => {
    const { saved } = setup();
    await userEvent.clear(screen.getByLabelText('Notes'));
    await userEvent.type(screen.getByLabelText('Notes'), 'Suggested I talk to Jonas.');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(saved).toEqual([{ notes: 'Suggested I talk to Jonas.' }]);
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
  });

  it('follows changes made elsewhere in fields the user has not touched, and keeps what they typed', async () => {
    const { saved, rerender } = setup();
    await userEvent.type(screen.getByLabelText('Notes'), ' Follow up in May.');
    // Meanwhile the popup marks the thank-you sent and the sidebar saves a new headline.
    rerender({ ...maya, status: 'thanked', headline: 'Senior UX Researcher', notes: 'Met at the meetup.' });
    expect(screen.getByLabelText('Status')).toHaveValue('thanked');
    expect(screen.getByLabelText('Headline')).toHaveValue('Senior UX Researcher');
    expect(screen.getByLabelText('Notes')).toHaveValue('Met at the meetup. Follow up in May.');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    // The status set elsewhere is not written back with the older value.
    expect(saved).toEqual([{ notes: 'Met at the meetup. Follow up in May.' }]);
  });

  it('says so when there is nothing to save', async () => {
    const { saved } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(saved).toEqual([]);
    expect(screen.getByText('Nothing changed.')).toBeInTheDocument();
  });

  it('saves a cleared field as empty and trims what was typed', async () => {
    const { saved } = setup();
    await userEvent.clear(screen.getByLabelText('Headline'));
    await userEvent.type(screen.getByLabelText('Company'), '  ');
    await userEvent.type(screen.getByLabelText('Tags'), ', design,  mentors ');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(saved).toEqual([{ headline: undefined, currentCompany: 'Lumen Health', tags: ['design', 'mentors'] }]);
  });
});
