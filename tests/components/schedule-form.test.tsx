import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScheduleForm, type ScheduleChange, type ScheduledValue } from '@/components/ScheduleForm';

// Unit tests run in Europe/Amsterdam: local wall-clock times.
const at = (iso: string) => new Date(iso).getTime();
const SUGGESTION: ScheduledValue = { at: at('2026-11-18T10:00:00'), mode: 'video', durationMin: 20 };

function setup(scheduled: ScheduledValue | null = null) {
  const onSave = vi.fn<(change: ScheduleChange) => Promise<void>>().mockResolvedValue(undefined);
  const onCancelMeeting = vi.fn<() => Promise<void>>().mockResolvedValue(undefined);
  const onDownloadCalendar = vi.fn();
  const props = { suggestion: SUGGESTION, person: 'Maya Okafor', onSave, onCancelMeeting, onDownloadCalendar };
  const view = render(<ScheduleForm scheduled={scheduled} {...props} />);
  return { onSave, onCancelMeeting, onDownloadCalendar, rerender: (next: ScheduledValue | null) => view.rerender(<ScheduleForm scheduled={next} {...props} />) };
}

describe('ScheduleForm', () => {
  it('schedules from the keyboard: the agreed time, how, where and how long', async () => {
    const { onSave } = setup();
    const user = userEvent.setup();
    expect(screen.getByRole('form', { name: 'Schedule a conversation with Maya Okafor' })).toBeInTheDocument();
    expect(screen.getByLabelText('Day and time')).toHaveValue('2026-11-18T10:00');
    await user.selectOptions(screen.getByRole('combobox', { name: 'How' }), 'Coffee');
    await user.type(screen.getByRole('textbox', { name: 'Where, or the call link' }), 'Café Nord');
    await user.clear(screen.getByRole('spinbutton', { name: 'Minutes' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Minutes' }), '30');
    await user.keyboard('{Enter}');
    expect(onSave).toHaveBeenCalledWith({ at: SUGGESTION.at, mode: 'coffee', durationMin: 30, place: 'Café Nord' });
    expect(screen.getByRole('status')).toHaveTextContent("Scheduled. You'll be reminded to prepare the day before.");
    // No calendar file or cancel before anything is scheduled.
    expect(screen.queryByRole('button', { name: 'Add to calendar (.ics)' })).not.toBeInTheDocument();
  });

  it('reschedules sending only what changed, and follows the stored time elsewhere', async () => {
    const stored = { at: at('2026-11-18T10:00:00'), mode: 'phone' as const, durationMin: 25, place: '+31 20 000 0000' };
    const { onSave, rerender } = setup(stored);
    const user = userEvent.setup();
    await user.clear(screen.getByRole('spinbutton', { name: 'Minutes' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Minutes' }), '40');
    // Another window moved the time meanwhile: the untouched time follows, the typed length stays.
    rerender({ ...stored, at: at('2026-11-19T15:00:00') });
    expect(screen.getByLabelText('Day and time')).toHaveValue('2026-11-19T15:00');
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));
    expect(onSave).toHaveBeenCalledWith({ at: at('2026-11-19T15:00:00'), durationMin: 40 });
    expect(screen.getByRole('status')).toHaveTextContent('Rescheduled. Reminders follow the new time.');
  });

  it('offers the calendar file and cancelling once scheduled', async () => {
    const { onCancelMeeting, onDownloadCalendar } = setup(SUGGESTION);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add to calendar (.ics)' }));
    expect(onDownloadCalendar).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Cancel the conversation' }));
    expect(onCancelMeeting).toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Cancelled. Maya Okafor is back to "replied"');
  });

  it('a length out of range is marked invalid and nothing is saved', async () => {
    const { onSave } = setup();
    const user = userEvent.setup();
    await user.clear(screen.getByRole('spinbutton', { name: 'Minutes' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Minutes' }), '0');
    await user.click(screen.getByRole('button', { name: 'Schedule' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('spinbutton', { name: 'Minutes' })).toBeInvalid();
  });
});
