import { ModeSelect } from './ModeSelect';
import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '@/hooks/use-draft';
import { type MeetingMode } from '@/lib/model/history';
import { toLocalInput } from './local-time';

export interface ScheduledValue {
  at: number;
  mode?: MeetingMode;
  durationMin?: number;
  place?: string;
}

export interface ScheduleChange {
  at: number;
  mode?: MeetingMode;
  durationMin?: number;
  place?: string;
}

export interface ScheduleFormProps {
  /** The conversation as scheduled now, or null before it is. The form follows it live. */
  scheduled: ScheduledValue | null;
  /** What a new schedule starts from (e.g. tomorrow 10:00, 20 minutes, video). */
  suggestion: ScheduledValue;
  person: string;
  onSave: (change: ScheduleChange) => Promise<void>;
  onCancelMeeting: () => Promise<void>;
  /** Saves the .ics file of the scheduled conversation. */
  onDownloadCalendar: () => void;
}

const formOf = (value: ScheduledValue) => ({
  when: toLocalInput(value.at),
  mode: value.mode ?? '',
  duration: value.durationMin ? String(value.durationMin) : '',
  place: value.place ?? '',
});

/** "Schedule": when, how, where or the call link, how long; then reschedule, cancel or add to a calendar. */
export function ScheduleForm({ scheduled, suggestion, person, onSave, onCancelMeeting, onDownloadCalendar }: ScheduleFormProps) {
  const id = useId();
  // Before anything is scheduled the suggestion is the base, and every field counts as given.
  const draft = useDraft(formOf(scheduled ?? suggestion));
  const v = draft.values;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const at = new Date(v.when).getTime();
    if (!v.when || Number.isNaN(at)) return setMessage({ ok: false, text: 'Enter the day and time you agreed.' });
    const changed = scheduled ? draft.changed() : formOf(suggestion);
    const change: ScheduleChange = { at };
    if ('mode' in changed && v.mode) change.mode = v.mode as MeetingMode;
    if ('duration' in changed && v.duration) {
      const minutes = Number(v.duration);
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > 600) return setMessage({ ok: false, text: 'Enter a length between 1 and 600 minutes.' });
      change.durationMin = minutes;
    }
    if ('place' in changed) change.place = v.place.trim();
    if (scheduled && Object.keys(draft.changed()).length === 0) return setMessage({ ok: true, text: 'Nothing changed.' });
    try {
      await onSave(change);
      setMessage({ ok: true, text: scheduled ? `Rescheduled. Reminders follow the new time.` : `Scheduled. You'll be reminded to prepare the day before.` });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : 'Could not save the schedule.' });
    }
  };

  const cancel = async () => {
    try {
      await onCancelMeeting();
      setMessage({ ok: true, text: `Cancelled. ${person} is back to "replied": schedule again when you agree a new time.` });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : 'Could not cancel.' });
    }
  };

  return (
    <form className="stack" onSubmit={submit} aria-label={`Schedule a conversation with ${person}`}>
      <div className="grid-2">
        <div>
          <label htmlFor={`${id}-when`}>Day and time</label>
          <input id={`${id}-when`} type="datetime-local" value={v.when} onChange={(e) => draft.set('when', e.target.value)} required />
        </div>
        <div>
          <ModeSelect id={`${id}-mode`} value={v.mode} onChange={(value) => draft.set('mode', value)} />
        </div>
        <div>
          <label htmlFor={`${id}-duration`}>Minutes</label>
          <input id={`${id}-duration`} type="number" min={1} max={600} value={v.duration} onChange={(e) => draft.set('duration', e.target.value)} />
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-place`}>Where, or the call link</label>
        <input id={`${id}-place`} maxLength={500} value={v.place} placeholder="Café Nord, or https://…" onChange={(e) => draft.set('place', e.target.value)} />
      </div>
      <div className="row">
        <button type="submit" className="primary">
          {scheduled ? 'Reschedule' : 'Schedule'}
        </button>
        {scheduled && (
          <>
            <button type="button" onClick={onDownloadCalendar}>
              Add to calendar (.ics)
            </button>
            <button type="button" className="link" onClick={() => void cancel()}>
              Cancel the conversation
            </button>
          </>
        )}
      </div>
      <p role="status" className={message?.ok === false ? 'error' : 'ok'}>
        {message?.text}
      </p>
    </form>
  );
}
