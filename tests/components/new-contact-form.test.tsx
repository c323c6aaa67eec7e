import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NewContactForm } from '@/components/NewContactForm';
import type { NewContact } from '@/lib/model/contact';

const saved = (name = 'Rosa Díaz') => vi.fn<(p: NewContact) => Promise<{ id: number; name: string }>>().mockResolvedValue({ id: 7, name });

// Typing field by field is slow on a busy machine; no assertion here is about time.
vi.setConfig({ testTimeout: 30_000 });

describe('NewContactForm', () => {
  it('adds a person by hand with every field, by keyboard alone', async () => {
    const onSave = saved();
    const onOpen = vi.fn();
    render(<NewContactForm onSave={onSave} onOpen={onOpen} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: /^Name/u }));
    await user.keyboard('Rosa Díaz');
    await user.tab();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Relationship' }), "Friend's parent");
    await user.type(screen.getByRole('textbox', { name: 'How or where you met' }), 'Ana’s graduation');
    await user.type(screen.getByRole('textbox', { name: 'Organisation' }), 'City Hospital');
    await user.type(screen.getByRole('textbox', { name: 'Role' }), 'Clinical Psychologist');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'rosa@example.org');
    await user.type(screen.getByRole('textbox', { name: 'Phone' }), '+44 20 7946 0000');
    await user.keyboard('{Enter}');
    expect(onSave).toHaveBeenCalledWith({
      name: 'Rosa Díaz',
      relationship: 'friends-parent',
      howWeMet: 'Ana’s graduation',
      currentCompany: 'City Hospital',
      currentTitle: 'Clinical Psychologist',
      email: 'rosa@example.org',
      phone: '+44 20 7946 0000',
    });
    expect(await screen.findByText('Saved Rosa Díaz.')).toBeInTheDocument();
    // The form is empty again for the next person; the saved one can be opened.
    expect(screen.getByRole('textbox', { name: /^Name/u })).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Open in the contact book' }));
    expect(onOpen).toHaveBeenCalledWith(7);
  });

  it('needs only a name', async () => {
    const onSave = saved('Mr Okoye');
    render(<NewContactForm onSave={onSave} />);
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/u }), 'Mr Okoye');
    await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(onSave).toHaveBeenCalledWith({ name: 'Mr Okoye' });
  });

  it('takes a LinkedIn address to link later, as people paste it', async () => {
    const onSave = saved('Jonas Weber');
    render(<NewContactForm onSave={onSave} />);
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/u }), 'Jonas Weber');
    await userEvent.type(screen.getByRole('textbox', { name: /LinkedIn profile/u }), 'linkedin.com/in/jonas-weber-demo');
    await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(onSave).toHaveBeenCalledWith({ name: 'Jonas Weber', linkedInUrl: 'linkedin.com/in/jonas-weber-demo' });
  });

  it.each([
    ['no name', {}, /^Name/u, 'A contact needs a name'],
    ['a bad email', { Email: 'rosa-at-example' }, 'Email', 'That is not an email address'],
    ['a bad phone', { Phone: 'call me' }, 'Phone', 'That is not a phone number'],
    ['a URL that is not a profile', { 'LinkedIn profile (optional)': 'https://example.com/rosa' }, /LinkedIn profile/u, 'That is not a LinkedIn profile address'],
  ] as const)('%s: a message beside the field, nothing saved, nothing typed lost', async (_case, typed, fieldName, message) => {
    const onSave = saved();
    render(<NewContactForm onSave={onSave} />);
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/u }), _case === 'no name' ? ' ' : 'Rosa');
    for (const [label, value] of Object.entries(typed)) await userEvent.type(screen.getByRole('textbox', { name: label }), value);
    await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(onSave).not.toHaveBeenCalled();
    const box = screen.getByRole('textbox', { name: fieldName });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(expect.stringContaining(message));
    for (const [label, value] of Object.entries(typed)) expect(screen.getByRole('textbox', { name: label })).toHaveValue(value);
    expect(screen.getByRole('status')).toHaveTextContent('Nothing was saved');
  });

  it('shows why the store refused (a profile saved already) and keeps the fields', async () => {
    const onSave = vi.fn().mockRejectedValue(new Error('Maya Okafor is already one of your contacts with that LinkedIn profile.'));
    render(<NewContactForm onSave={onSave} />);
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/u }), 'Maya');
    await userEvent.type(screen.getByRole('textbox', { name: /LinkedIn profile/u }), 'https://www.linkedin.com/in/maya-okafor-demo/');
    await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByText(/Maya Okafor is already one of your contacts/u)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Name/u })).toHaveValue('Maya');
  });

  it('asks before adding a second row for a name already saved: open them, or save a new person', async () => {
    const onSave = saved('Jonas Weber');
    const onOpen = vi.fn();
    const findNamesakes = vi.fn().mockResolvedValue([{ id: 3, name: 'Jonas Weber', referrerName: 'Maya Okafor', onLinkedIn: false }]);
    render(<NewContactForm onSave={onSave} onOpen={onOpen} findNamesakes={findNamesakes} />);
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/u }), 'jonas weber');
    await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(findNamesakes).toHaveBeenCalledWith('jonas weber');
    const asked = await screen.findByRole('group', { name: /You already have a contact named jonas weber/u });
    expect(asked).toHaveTextContent('suggested by Maya Okafor · not linked to LinkedIn');
    expect(onSave).not.toHaveBeenCalled();
    // Focus goes to the question, not to <body>.
    expect(screen.getByRole('button', { name: 'Open Jonas Weber' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Open Jonas Weber' }));
    expect(onOpen).toHaveBeenCalledWith(3);
    await userEvent.click(screen.getByRole('button', { name: 'Save as a new person' }));
    expect(onSave).toHaveBeenCalledWith({ name: 'jonas weber' });
    expect(await screen.findByText('Saved Jonas Weber.')).toBeInTheDocument();
  });

  it('saves at once when nobody has that name', async () => {
    const onSave = saved('Rosa Díaz');
    render(<NewContactForm onSave={onSave} findNamesakes={vi.fn().mockResolvedValue([])} />);
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/u }), 'Rosa Díaz');
    await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(onSave).toHaveBeenCalledWith({ name: 'Rosa Díaz' });
    expect(screen.queryByRole('group')).toBeNull();
  });
});
