import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '@/hooks/use-draft';
import { MEETING_MODE_LABELS, type MeetingMode, type MeetingPatch } from '@/lib/model/history';

export interface MeetingFormValue {
  heldAt: number;
  mode?: MeetingMode;
  durationMin?: number;
  questions: { text: string; answer: string }[];
  takeaways: string[];
  leads: { name: string; profileUrl?: string }[];
}

export interface MeetingFormProps {
  /** The meeting as stored now: the form follows it live wherever the user has not typed. */
  meeting: MeetingFormValue;
  /** Prepared questions not yet in the meeting: each gets an answer box. */
  prepared: readonly string[];
  /** Called with only the fields the user changed. */
  onSave: (patch: MeetingPatch) => Promise<void>;
}

/** A date-time input speaks local time: "2026-11-21T14:30". */
const toLocalInput = (ms: number) => {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

type LeadRow = { name: string; profileUrl: string };
const ANSWER = 'answer:';

/** The meeting as the form shows it: one field per input, one per question's answer. */
function formOf(meeting: MeetingFormValue, prepared: readonly string[]): Record<string, unknown> {
  const view: Record<string, unknown> = {
    when: toLocalInput(meeting.heldAt),
    mode: meeting.mode ?? '',
    duration: meeting.durationMin ? String(meeting.durationMin) : '',
    takeaways: meeting.takeaways.join('\n'),
    leads: meeting.leads.map((l): LeadRow => ({ name: l.name, profileUrl: l.profileUrl ?? '' })),
  };
  for (const { text, answer } of meeting.questions) view[ANSWER + text] = answer;
  for (const text of prepared) if (!(ANSWER + text in view)) view[ANSWER + text] = '';
  return view;
}

/** Completes a meeting: when and how, an answer per question, what was learned, and who to talk to next. */
export function MeetingForm({ meeting, prepared, onSave }: MeetingFormProps) {
  const id = useId();
  const draft = useDraft(formOf(meeting, prepared));
  const values = draft.values;
  const text = (key: string) => String(values[key] ?? '');
  const leads = values.leads as LeadRow[];
  const questions = Object.keys(values).filter((key) => key.startsWith(ANSWER)).map((key) => key.slice(ANSWER.length));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const setLeads = (change: (rows: LeadRow[]) => LeadRow[]) => draft.set('leads', change(leads));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changed = draft.changed();
    const patch: MeetingPatch = {};
    if ('when' in changed) {
      const heldAt = new Date(text('when')).getTime();
      if (Number.isNaN(heldAt)) return setMessage({ ok: false, text: 'Enter when the meeting took place.' });
      patch.heldAt = heldAt;
    }
    if ('mode' in changed) patch.mode = (text('mode') || null) as MeetingMode | null;
    if ('duration' in changed) patch.durationMin = text('duration') ? Number(text('duration')) : null;
    const answers = Object.keys(changed).filter((key) => key.startsWith(ANSWER));
    if (answers.length > 0) patch.answers = answers.map((key) => ({ text: key.slice(ANSWER.length), answer: text(key) }));
    if ('takeaways' in changed) patch.takeaways = text('takeaways').split('\n').map((t) => t.trim()).filter(Boolean);
    if ('leads' in changed) {
      patch.leads = leads.filter((l) => l.name.trim()).map((l) => ({ name: l.name.trim(), profileUrl: l.profileUrl.trim() || undefined }));
    }
    if (Object.keys(patch).length === 0) return setMessage({ ok: true, text: 'Nothing changed.' });
    try {
      await onSave(patch);
      setMessage({ ok: true, text: 'Meeting saved.' });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : 'Could not save the meeting.' });
    }
  };

  return (
    <form className="stack" onSubmit={submit} aria-label="Meeting notes">
      <div className="grid-2">
        <div>
          <label htmlFor={`${id}-when`}>When</label>
          <input id={`${id}-when`} type="datetime-local" value={text('when')} onChange={(e) => draft.set('when', e.target.value)} required />
        </div>
        <div>
          <label htmlFor={`${id}-mode`}>How</label>
          <select id={`${id}-mode`} value={text('mode')} onChange={(e) => draft.set('mode', e.target.value)}>
            <option value="">—</option>
            {Object.entries(MEETING_MODE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-duration`}>Minutes</label>
          <input id={`${id}-duration`} type="number" min={1} max={600} value={text('duration')} onChange={(e) => draft.set('duration', e.target.value)} />
        </div>
      </div>
      {questions.length > 0 && (
        <fieldset>
          <legend>Answers and notes</legend>
          {questions.map((question, index) => (
            <div key={question}>
              <label htmlFor={`${id}-q${index}`}>{question}</label>
              <textarea id={`${id}-q${index}`} rows={2} value={text(ANSWER + question)} onChange={(e) => draft.set(ANSWER + question, e.target.value)} />
            </div>
          ))}
        </fieldset>
      )}
      <div>
        <label htmlFor={`${id}-learned`}>What I learned (one per line)</label>
        <textarea id={`${id}-learned`} rows={4} value={text('takeaways')} onChange={(e) => draft.set('takeaways', e.target.value)} />
      </div>
      <fieldset>
        <legend>Leads: who they suggested you talk to</legend>
        {leads.map((lead, index) => (
          <div key={index} className="lead-row">
            <div>
              <label htmlFor={`${id}-lead${index}`}>Lead {index + 1} name</label>
              <input id={`${id}-lead${index}`} value={lead.name} onChange={(e) => setLeads((l) => l.map((x, i) => (i === index ? { ...x, name: e.target.value } : x)))} />
            </div>
            <div>
              <label htmlFor={`${id}-lead${index}-url`}>Lead {index + 1} LinkedIn URL (optional)</label>
              <input
                id={`${id}-lead${index}-url`}
                type="url"
                value={lead.profileUrl}
                placeholder="https://www.linkedin.com/in/…"
                onChange={(e) => setLeads((l) => l.map((x, i) => (i === index ? { ...x, profileUrl: e.target.value } : x)))}
              />
            </div>
            <button type="button" className="link" onClick={() => setLeads((l) => l.filter((_, i) => i !== index))}>
              Remove lead {index + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setLeads((l) => [...l, { name: '', profileUrl: '' }])}>
          Add lead
        </button>
      </fieldset>
      <div className="row">
        <button type="submit" className="primary">
          Save meeting
        </button>
        <span role="status" className={message?.ok ? 'ok' : 'error'}>
          {message?.text}
        </span>
      </div>
    </form>
  );
}
