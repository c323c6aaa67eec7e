import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsForm, type SettingsPatch } from '@/components/SettingsForm';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import { openDb } from '@/storage/db';
import { saveSettings } from '@/storage/followups';
import { getSettings } from '@/storage/settings';

const settings = { ...DEFAULT_SETTINGS, ownName: 'Sam Student', schools: ['Demo University'] };

describe('SettingsForm', () => {
  it('shows the stored settings with every cadence at its default and within its bounds', () => {
    render(<SettingsForm settings={settings} onSave={vi.fn()} />);
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveValue('Sam Student');
    const hours = screen.getByRole('spinbutton', { name: 'Send a thank-you within (hours)' });
    expect(hours).toHaveValue(24);
    expect(hours).toHaveAttribute('min', '1');
    expect(hours).toHaveAttribute('max', '168');
  });

  it('saves only what the user changed, and follows changes saved elsewhere in the fields they did not touch', async () => {
    const onSave = vi.fn<(patch: SettingsPatch) => Promise<void>>().mockResolvedValue(undefined);
    const { rerender } = render(<SettingsForm settings={settings} onSave={onSave} />);
    const hours = screen.getByRole('spinbutton', { name: 'Send a thank-you within (hours)' });
    await userEvent.clear(hours);
    await userEvent.type(hours, '48');
    // Another window saved a new city and programme meanwhile.
    rerender(<SettingsForm settings={{ ...settings, city: 'Leiden', programme: 'MSc Psychology' }} onSave={onSave} />);
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveValue('Leiden');
    expect(hours).toHaveValue(48);
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenCalledWith({ cadences: { thankYouWithinHours: 48 } });
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
  });

  it('says when nothing changed', async () => {
    const onSave = vi.fn();
    render(<SettingsForm settings={settings} onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(await screen.findByText('Nothing changed.')).toBeInTheDocument();
  });

  it('a save keeps what another window saved to another setting meanwhile, even unseen (issue 12, item 1)', async () => {
    const db = openDb(`settings-${crypto.randomUUID()}`);
    const T = Date.UTC(2026, 10, 20, 9);
    await saveSettings({ ownName: 'Sam Student' }, T, db);
    render(<SettingsForm settings={await getSettings(db)} onSave={async (patch) => void (await saveSettings(patch, T + 2000, db))} />);
    await userEvent.clear(screen.getByRole('textbox', { name: 'Your name' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }), 'Sam de Vries');
    // The settings page in another tab: a city and a cadence, never shown in this form.
    await saveSettings({ city: 'Leiden', cadences: { keepInTouchWeeks: 4 } }, T + 1000, db);
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(await getSettings(db)).toMatchObject({ ownName: 'Sam de Vries', city: 'Leiden', cadences: { keepInTouchWeeks: 4, thankYouWithinHours: 24 } });
    await db.delete();
  });
});
