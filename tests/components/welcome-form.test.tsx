import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LOOP, WelcomeForm, type AboutYou } from '@/components/WelcomeForm';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';

const EMPTY: AboutYou = { ...DEFAULT_SETTINGS, situation: undefined };

// Typing field by field is slow on a busy machine; no assertion here is about time.
vi.setConfig({ testTimeout: 30_000 });

describe('WelcomeForm', () => {
  it('the loop it explains has the seven steps careers guides teach', () => {
    expect(LOOP.map(([step]) => step)).toEqual(['Find', 'Ask', 'Prepare', 'Meet', 'Thank', 'Follow the lead', 'Keep in touch']);
  });

  it('a career changer says who they are, by keyboard, and it is saved', async () => {
    const onSave = vi.fn<(a: Partial<AboutYou>) => Promise<void>>().mockResolvedValue(undefined);
    render(<WelcomeForm stored={EMPTY} onSave={onSave} onSkip={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Your name/u }), 'Noor Haddad');
    const situation = screen.getByRole('group', { name: 'Your situation' });
    await user.click(within(situation).getByRole('radio', { name: 'Career changer' }));
    // The detail asked for follows the situation: a role, not a programme.
    expect(screen.queryByRole('textbox', { name: /Programme/u })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /current role/u }), 'Senior Accountant');
    await user.type(screen.getByRole('textbox', { name: /Schools/u }), 'Leeds University');
    await user.type(screen.getByRole('textbox', { name: /Past employers/u }), 'Initech{Enter}Globex');
    await user.type(screen.getByRole('textbox', { name: 'City' }), 'Leeds');
    await user.type(screen.getByRole('textbox', { name: /Fields or career paths/u }), 'UX research');
    await user.type(screen.getByRole('textbox', { name: /sign off/u }), 'Many thanks,');
    await user.click(screen.getByRole('button', { name: 'Save and start' }));
    expect(onSave).toHaveBeenCalledWith({
      ownName: 'Noor Haddad',
      situation: 'changer',
      currentRole: 'Senior Accountant',
      schools: ['Leeds University'],
      employers: ['Initech', 'Globex'],
      city: 'Leeds',
      fieldOfInterest: 'UX research',
      signOff: 'Many thanks,',
    });
    expect(await screen.findByText(/Saved\. You can change any of this later in Settings/u)).toBeInTheDocument();
  });

  it('a student gives programme and year', async () => {
    const onSave = vi.fn<(a: Partial<AboutYou>) => Promise<void>>().mockResolvedValue(undefined);
    render(<WelcomeForm stored={EMPTY} onSave={onSave} onSkip={vi.fn()} />);
    await userEvent.type(screen.getByRole('textbox', { name: /Your name/u }), 'Sam');
    await userEvent.click(screen.getByRole('radio', { name: 'Student' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Programme/u }), 'Psychology');
    await userEvent.type(screen.getByRole('textbox', { name: 'Year of study' }), 'second year');
    await userEvent.click(screen.getByRole('button', { name: 'Save and start' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ situation: 'student', programme: 'Psychology', year: 'second year' }));
  });

  it('asks for a name before saving, and keeps what was typed', async () => {
    const onSave = vi.fn();
    render(<WelcomeForm stored={EMPTY} onSave={onSave} onSkip={vi.fn()} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'City' }), 'Leeds');
    await userEvent.click(screen.getByRole('button', { name: 'Save and start' }));
    expect(onSave).not.toHaveBeenCalled();
    const name = screen.getByRole('textbox', { name: /Your name/u });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveValue('Leeds');
  });

  it('shows what is stored already and can be skipped', async () => {
    const onSkip = vi.fn();
    render(<WelcomeForm stored={{ ...EMPTY, ownName: 'Sam', situation: 'graduate', programme: 'Economics' }} onSave={vi.fn()} onSkip={onSkip} />);
    expect(screen.getByRole('textbox', { name: /Your name/u })).toHaveValue('Sam');
    expect(screen.getByRole('radio', { name: 'Recent graduate' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'What you studied' })).toHaveValue('Economics');
    await userEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(onSkip).toHaveBeenCalled();
  });

  it('follows what another tab saves in the fields not touched, and saves only what was changed (issue 12, item 1)', async () => {
    const onSave = vi.fn<(a: Partial<AboutYou>) => Promise<void>>().mockResolvedValue(undefined);
    const stored = { ...EMPTY, ownName: 'Sam', city: 'Leiden' };
    const { rerender } = render(<WelcomeForm stored={stored} onSave={onSave} onSkip={vi.fn()} />);
    const city = screen.getByRole('textbox', { name: 'City' });
    await userEvent.clear(city);
    await userEvent.type(city, 'Rotterdam');
    // The settings, open in another tab, get a sign-off and a school.
    rerender(<WelcomeForm stored={{ ...stored, signOff: 'Best,', schools: ['Leiden University'] }} onSave={onSave} onSkip={vi.fn()} />);
    expect(screen.getByRole('textbox', { name: /sign off/u })).toHaveValue('Best,');
    expect(screen.getByRole('textbox', { name: /Schools/u })).toHaveValue('Leiden University');
    expect(city).toHaveValue('Rotterdam');
    await userEvent.click(screen.getByRole('button', { name: 'Save and start' }));
    expect(onSave).toHaveBeenCalledWith({ city: 'Rotterdam' });
  });
});
