import { useId, useState, type FormEvent } from 'react';
import { MEETING_MODE_LABELS, type MeetingMode } from '@/lib/model/history';

export interface MeetingFormValue {
  heldAt: number;
  mode?: MeetingMode;
  durationMin?: number;
  questions: { text: string; answer: string }[];
  takeaways: string[];
  leads: { name: string; profileUrl?: string }[];
}

export interface MeetingFormProps {
  meeting: MeetingFormValue;
  /** Prepared questions not yet in the meeting: each gets an answer box. */
  prepared: readonly string[];
  onSave: (value: MeetingFormValue) => Promise<void>;
}

/** A date-time input speaks local time: "2026-11-21T14:30". */
const toLocalInput = (ms: number) => {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** Completes a meeting: when and how, an answer per question, what was learned, and who to talk to next. */
export function MeetingForm({ meeting, prepared, onSave }: MeetingFormProps) {
  const id = useId();
  const [when, setWhen] = useState(toLocalInput(meeting.heldAt));
  const [mode, setMode] = useState<string>(meeting.mode ?? '');
  const [duration, setDuration] = useState(meeting.durationMin ? String(meeting.durationMin) : '');
  const [answers, setAnswers] = useState(() => {
    const known = new Map(meeting.questions.map((q) => [q.text, q.answer]));
    for (const text of prepared) if (!known.has(text)) known.set(text, '');
    return [...known].map(([text, answer]) => ({ text, answer }));
  });
  const [takeaways, setTakeaways] = useState(meeting.takeaways.join('\n'));
  const [leads, setLeads] = useState(meeting.leads.length ? meeting.leads.map((l) => ({ name: l.name, profileUrl: l.profileUrl ?? '' })) : []);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const heldAt = new Date(when).getTime();
    if (Number.isNaN(heldAt)) return setMessage({ ok: false, text: 'Enter when the meeting took place.' });
    try {
      await onSave({
        heldAt,
        mode: (mode || undefined) as MeetingMode | undefined,
        durationMin: duration ? Number(duration) : undefined,
        questions: answers.filter((a) => a.answer.trim() !== ''),
        takeaways: takeaways.split('\n').map((t) => t.trim()).filter(Boolean),
        leads: leads.filter((l) => l.name.trim()).map((l) => ({ name: l.name.trim(), profileUrl: l.profileUrl.trim() || undefined })),
      });
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
          <input id={`${id}-when`} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />
        </div>
        <div>
          <label htmlFor={`${id}-mode`}>How</label>
          <select id={`${id}-mode`} value={mode} onChange={(e) => setMode(e.target.value)}>
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
          <input id={`${id}-duration`} type="number" min={1} max={600} value={duration} onChange={(e) => setDuration(e.target.value)} />
        </div>
      </div>
      {answers.length > 0 && (
        <fieldset>
          <legend>Answers and notes</legend>
          {answers.map((item, index) => (
            <div key={item.text}>
              <label htmlFor={`${id}-q${index}`}>{item.text}</label>
              <textarea
                id={`${id}-q${index}`}
                rows={2}
                value={item.answer}
                onChange={(e) => setAnswers((list) => list.map((a, i) => (i === index ? { ...a, answer: e.target.value } : a)))}
              />
            </div>
          ))}
        </fieldset>
      )}
      <div>
        <label htmlFor={`${id}-learned`}>What I learned (one per line)</label>
        <textarea id={`${id}-learned`} rows={4} value={takeaways} onChange={(e) => setTakeaways(e.target.value)} />
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
