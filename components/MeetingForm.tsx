import type { Area } from '@/lib/model/prep';
import { ModeSelect } from './ModeSelect';
import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '@/hooks/use-draft';
import { FIT_SCALE, type MeetingMode, type MeetingPatch } from '@/lib/model/history';
import { fromLocalDate, toLocalDate, toLocalInput } from './local-time';
import { PathPicker, pathNames, type PathChoice, type PathPickerProps } from './PathPicker';

export interface MeetingFormValue {
  heldAt: number;
  mode?: MeetingMode;
  durationMin?: number;
  questions: { text: string; answer: string }[];
  takeaways: string[];
  leads: { name: string; profileUrl?: string }[];
  /** Debrief (all optional: a meeting logged before the debrief existed has none). */
  fit?: number;
  fitNote?: string;
  openQuestions?: string[];
  resources?: { title: string; url?: string }[];
  /** The tasks this meeting's debrief listed. */
  nextActions?: { uid: string; text: string; dueAt?: number }[];
  /** The career paths this conversation explored; unset means the contact's. */
  pathUids?: string[];
}

export interface MeetingFormProps {
  /** The meeting as stored now: the form follows it live wherever the user has not typed. */
  meeting: MeetingFormValue;
  /** Prepared questions not yet in the meeting: each gets an answer box, and its answer keeps the question's area. */
  prepared: readonly (string | { text: string; area?: Area })[];
  /** The career paths to choose from (non-archived, by name). */
  paths?: readonly PathChoice[];
  /** The contact's paths: what the conversation explored until the user chooses otherwise. */
  contactPathUids?: readonly string[];
  /** Where "Add a career path" leads when there are none (the sidebar opens the contact book). */
  pathLinks?: Pick<PathPickerProps, 'pathsHref' | 'onOpenPaths'>;
  /** Called with only the fields the user changed. */
  onSave: (patch: MeetingPatch) => Promise<void>;
}


type LeadRow = { name: string; profileUrl: string };
type ResourceRow = { title: string; url: string };
type ActionRow = { uid?: string; text: string; date: string };
const ANSWER = 'answer:';

/** The meeting as the form shows it: one field per input, one per question's answer. */
function formOf(meeting: MeetingFormValue, prepared: readonly { text: string }[], contactPathUids: readonly string[] | undefined): Record<string, unknown> {
  const view: Record<string, unknown> = {
    // Unset follows the contact's paths (lib/paths/findings.ts meetingPaths): shown ticked, saved only once changed.
    paths: [...(meeting.pathUids ?? contactPathUids ?? [])],
    when: toLocalInput(meeting.heldAt),
    mode: meeting.mode ?? '',
    duration: meeting.durationMin ? String(meeting.durationMin) : '',
    takeaways: meeting.takeaways.join('\n'),
    leads: meeting.leads.map((l): LeadRow => ({ name: l.name, profileUrl: l.profileUrl ?? '' })),
    fit: meeting.fit ? String(meeting.fit) : '',
    fitNote: meeting.fitNote ?? '',
    openQuestions: (meeting.openQuestions ?? []).join('\n'),
    resources: (meeting.resources ?? []).map((r): ResourceRow => ({ title: r.title, url: r.url ?? '' })),
    actions: (meeting.nextActions ?? []).map((a): ActionRow => ({ uid: a.uid, text: a.text, date: a.dueAt === undefined ? '' : toLocalDate(a.dueAt) })),
  };
  for (const { text, answer } of meeting.questions) view[ANSWER + text] = answer;
  for (const { text } of prepared) if (!(ANSWER + text in view)) view[ANSWER + text] = '';
  return view;
}

/** Completes a meeting: when and how, an answer per question, what was learned, and who to talk to next. */
export function MeetingForm({ meeting, prepared: preparedIn, paths = [], contactPathUids, pathLinks, onSave }: MeetingFormProps) {
  const id = useId();
  const prepared = preparedIn.map((question) => (typeof question === 'string' ? { text: question } : question));
  const areaOf = new Map(prepared.flatMap(({ text, area }) => (area ? [[text, area] as const] : [])));
  const draft = useDraft(formOf(meeting, prepared, contactPathUids));
  const values = draft.values;
  const text = (key: string) => String(values[key] ?? '');
  const leads = values.leads as LeadRow[];
  const questions = Object.keys(values).filter((key) => key.startsWith(ANSWER)).map((key) => key.slice(ANSWER.length));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const setLeads = (change: (rows: LeadRow[]) => LeadRow[]) => draft.set('leads', change(leads));
  const resources = values.resources as ResourceRow[];
  const setResources = (change: (rows: ResourceRow[]) => ResourceRow[]) => draft.set('resources', change(resources));
  const actions = values.actions as ActionRow[];
  const setActions = (change: (rows: ActionRow[]) => ActionRow[]) => draft.set('actions', change(actions));
  const lines = (key: string) => text(key).split('\n').map((t) => t.trim()).filter(Boolean);

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
    if (answers.length > 0) {
      patch.answers = answers.map((key) => {
        const question = key.slice(ANSWER.length);
        const area = areaOf.get(question);
        return { text: question, answer: text(key), ...(area ? { area } : {}) };
      });
    }
    if ('takeaways' in changed) patch.takeaways = text('takeaways').split('\n').map((t) => t.trim()).filter(Boolean);
    if ('leads' in changed) {
      patch.leads = leads.filter((l) => l.name.trim()).map((l) => ({ name: l.name.trim(), profileUrl: l.profileUrl.trim() || undefined }));
    }
    if ('fit' in changed) patch.fit = text('fit') ? Number(text('fit')) : null;
    if ('fitNote' in changed) patch.fitNote = text('fitNote').trim();
    if ('openQuestions' in changed) patch.openQuestions = lines('openQuestions');
    if ('resources' in changed) {
      patch.resources = resources.filter((r) => r.title.trim()).map((r) => ({ title: r.title.trim(), url: r.url.trim() || undefined }));
    }
    if ('actions' in changed) {
      const rows = actions.filter((a) => a.text.trim());
      const badDate = rows.find((a) => a.date && Number.isNaN(fromLocalDate(a.date)));
      if (badDate) return setMessage({ ok: false, text: `Enter a date for “${badDate.text.trim()}”, or leave it empty.` });
      patch.nextActions = rows.map((a) => ({ uid: a.uid, text: a.text.trim(), dueAt: a.date ? fromLocalDate(a.date) : undefined }));
    }
    if ('paths' in changed) patch.pathUids = values.paths as string[];
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
          <ModeSelect id={`${id}-mode`} value={text('mode')} onChange={(value) => draft.set('mode', value)} />
        </div>
        <div>
          <label htmlFor={`${id}-duration`}>Minutes</label>
          <input id={`${id}-duration`} type="number" min={1} max={600} value={text('duration')} onChange={(e) => draft.set('duration', e.target.value)} />
        </div>
      </div>
      <PathPicker
        paths={paths}
        legend="Career paths this conversation explored"
        selected={values.paths as string[]}
        onChange={(next) => draft.set('paths', next)}
        {...pathLinks}
        hint={meeting.pathUids === undefined && !draft.changed().paths ? sameAsContact(pathNames(paths, contactPathUids)) : undefined}
      />
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
        <legend>Does this path fit my interests and values?</legend>
        <div className="row" role="radiogroup" aria-label="Fit">
          {FIT_SCALE.map(({ value, label }) => (
            <label key={value} className="row" style={{ gap: 4 }}>
              <input type="radio" name={`${id}-fit`} value={value} checked={text('fit') === String(value)} onChange={() => draft.set('fit', String(value))} />
              {label}
            </label>
          ))}
        </div>
        <label htmlFor={`${id}-fit-note`}>Why, in a line</label>
        <input id={`${id}-fit-note`} maxLength={500} value={text('fitNote')} onChange={(e) => draft.set('fitNote', e.target.value)} />
      </fieldset>
      <div>
        <label htmlFor={`${id}-open`}>What I still need to find out (one per line)</label>
        <textarea id={`${id}-open`} rows={2} value={text('openQuestions')} onChange={(e) => draft.set('openQuestions', e.target.value)} />
      </div>
      <fieldset>
        <legend>Resources they recommended</legend>
        {resources.map((resource, index) => (
          <div key={index} className="lead-row">
            <div>
              <label htmlFor={`${id}-res${index}`}>Resource {index + 1} title</label>
              <input id={`${id}-res${index}`} value={resource.title} onChange={(e) => setResources((r) => r.map((x, i) => (i === index ? { ...x, title: e.target.value } : x)))} />
            </div>
            <div>
              <label htmlFor={`${id}-res${index}-url`}>Resource {index + 1} link (optional)</label>
              <input
                id={`${id}-res${index}-url`}
                type="url"
                value={resource.url}
                placeholder="https://…"
                onChange={(e) => setResources((r) => r.map((x, i) => (i === index ? { ...x, url: e.target.value } : x)))}
              />
            </div>
            <button type="button" className="link" onClick={() => setResources((r) => r.filter((_, i) => i !== index))}>
              Remove resource {index + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setResources((r) => [...r, { title: '', url: '' }])}>
          Add resource
        </button>
      </fieldset>
      <fieldset>
        <legend>Next actions (each becomes a task)</legend>
        {actions.map((action, index) => (
          <div key={action.uid ?? `new-${index}`} className="lead-row">
            <div>
              <label htmlFor={`${id}-act${index}`}>Next action {index + 1}</label>
              <input
                id={`${id}-act${index}`}
                value={action.text}
                placeholder="Send them my portfolio"
                onChange={(e) => setActions((a) => a.map((x, i) => (i === index ? { ...x, text: e.target.value } : x)))}
              />
            </div>
            <div>
              <label htmlFor={`${id}-act${index}-date`}>Next action {index + 1} by (optional)</label>
              <input
                id={`${id}-act${index}-date`}
                type="date"
                value={action.date}
                onChange={(e) => setActions((a) => a.map((x, i) => (i === index ? { ...x, date: e.target.value } : x)))}
              />
            </div>
            <button type="button" className="link" onClick={() => setActions((a) => a.filter((_, i) => i !== index))}>
              Remove next action {index + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setActions((a) => [...a, { text: '', date: '' }])}>
          Add next action
        </button>
      </fieldset>
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

function sameAsContact(names: readonly string[]): string {
  return names.length === 0 ? 'Same as the contact’s: none chosen yet.' : `Same as the contact’s: ${names.join(', ')}.`;
}
