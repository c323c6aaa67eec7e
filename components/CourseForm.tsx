import { format, parse } from 'date-fns';
import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '@/hooks/use-draft';
import { PATH_LIMITS } from '@/lib/model/career-path';
import type { Course } from '@/lib/model/course';
import { AREA_LABELS, AREAS, type Area } from '@/lib/model/prep';
import { newUid } from '@/lib/model/primitives';

interface DraftPath { uid: string; name: string; why: string; target: string }
interface DraftQuestion { text: string; area: Area; required: boolean }
interface DraftDue { uid: string; label: string; date: string }
type Draft = {
  name: string;
  term: string;
  instructor: string;
  presentation: string;
  paths: DraftPath[];
  questions: DraftQuestion[];
  dueDates: DraftDue[];
};

const DAY_FORMAT = 'yyyy-MM-dd';

const toDraft = (course: Course): Draft => ({
  name: course.name,
  term: course.term ?? '',
  instructor: course.instructor ?? '',
  presentation: course.presentation ?? '',
  paths: course.paths.map((path) => ({ uid: path.uid, name: path.name, why: path.why ?? '', target: String(path.target) })),
  questions: course.questions.map((question) => ({ text: question.text, area: question.area, required: question.required })),
  dueDates: course.dueDates.map((due) => ({ uid: due.uid, label: due.label, date: format(due.at, DAY_FORMAT) })),
});

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The stored shape of each field the teacher changed. */
function toPatch(changed: Partial<Draft>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (changed.name !== undefined) patch.name = changed.name;
  for (const key of ['term', 'instructor', 'presentation'] as const) if (changed[key] !== undefined) patch[key] = changed[key].trim();
  if (changed.paths) patch.paths = changed.paths.map((path) => ({ uid: path.uid, name: path.name, why: optional(path.why), target: Number(path.target) || PATH_LIMITS.target.default }));
  if (changed.questions) patch.questions = changed.questions;
  if (changed.dueDates) {
    patch.dueDates = changed.dueDates.map((due) => ({ uid: due.uid, label: due.label, at: due.date === '' ? Number.NaN : parse(due.date, DAY_FORMAT, new Date()).getTime() }));
  }
  return patch;
}

export interface CourseFormProps {
  course: Course;
  /** Saves the fields the teacher changed; throws a sentence when one is not valid. */
  onSave: (patch: Record<string, unknown>) => Promise<void>;
  /** Exports the pack of the course as stored (called after the changes are saved). */
  onExport: () => Promise<void>;
}

/**
 * The course a teacher writes: name, career paths, questions with their areas, due dates and what
 * the presentation must contain. Untouched fields follow the stored course; a save writes only
 * what the teacher changed.
 */
export function CourseForm({ course, onSave, onExport }: CourseFormProps) {
  const id = useId();
  const form = useDraft(toDraft(course));
  const draft = form.values;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (): Promise<boolean> => {
    const changed = form.changed();
    if (Object.keys(changed).length === 0) return true;
    try {
      await onSave(toPatch(changed));
      return true;
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : 'Could not save. Nothing was changed.' });
      return false;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dirty = form.dirty;
    if (await save()) setMessage({ ok: true, text: dirty ? 'Saved.' : 'Nothing changed.' });
  };

  const exportPack = async () => {
    setMessage(null);
    if (!(await save())) return;
    try {
      await onExport();
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : 'The course pack could not be exported.' });
    }
  };

  const setList = <K extends 'paths' | 'questions' | 'dueDates'>(key: K, index: number, change: Partial<Draft[K][number]>) =>
    form.set(key, draft[key].map((item, i) => (i === index ? { ...item, ...change } : item)) as Draft[K]);
  const remove = <K extends 'paths' | 'questions' | 'dueDates'>(key: K, index: number) => form.set(key, draft[key].filter((_, i) => i !== index) as Draft[K]);

  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} aria-label={`Course ${course.name}`}>
      <div className="grid">
        <label>
          Course name
          <input value={draft.name} required maxLength={200} onChange={(e) => form.set('name', e.target.value)} />
        </label>
        <label>
          Term
          <input value={draft.term} maxLength={80} placeholder="Autumn 2026" onChange={(e) => form.set('term', e.target.value)} />
        </label>
        <label>
          Instructor
          <input value={draft.instructor} maxLength={200} onChange={(e) => form.set('instructor', e.target.value)} />
        </label>
      </div>

      <fieldset className="stack">
        <legend>Career paths assigned</legend>
        {draft.paths.length === 0 && <p className="hint">No paths yet. Each path you add becomes a career path for every student who imports the pack.</p>}
        {draft.paths.map((path, i) => (
          <div key={path.uid} role="group" aria-label={`Career path ${i + 1}`} className="grid">
            <label>
              Path name
              <input value={path.name} maxLength={PATH_LIMITS.name} onChange={(e) => setList('paths', i, { name: e.target.value })} />
            </label>
            <label>
              A line on this path
              <input value={path.why} maxLength={PATH_LIMITS.why} onChange={(e) => setList('paths', i, { why: e.target.value })} />
            </label>
            <label>
              Conversations to hold
              <input type="number" min={PATH_LIMITS.target.min} max={PATH_LIMITS.target.max} value={path.target} onChange={(e) => setList('paths', i, { target: e.target.value })} />
            </label>
            <div className="row">
              <button type="button" className="link" onClick={() => remove('paths', i)} aria-label={`Remove career path ${path.name || i + 1}`}>
                Remove
              </button>
            </div>
          </div>
        ))}
        <button type="button" onClick={() => form.set('paths', [...draft.paths, { uid: newUid(), name: '', why: '', target: String(PATH_LIMITS.target.default) }])}>
          Add a career path
        </button>
      </fieldset>

      <fieldset className="stack">
        <legend>Questions</legend>
        <p className="hint">Required questions every student asks; suggested ones they may. Each keeps its area.</p>
        {draft.questions.map((question, i) => (
          <div key={`${id}-q-${i}`} role="group" aria-label={`Question ${i + 1}`} className="grid">
            <label>
              Question
              <input value={question.text} maxLength={500} onChange={(e) => setList('questions', i, { text: e.target.value })} />
            </label>
            <label>
              Area
              <select value={question.area} onChange={(e) => setList('questions', i, { area: e.target.value as Area })}>
                {AREAS.map((area) => (
                  <option key={area} value={area}>
                    {AREA_LABELS[area]}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline">
              <input type="checkbox" checked={question.required} onChange={(e) => setList('questions', i, { required: e.target.checked })} />
              Required
            </label>
            <div className="row">
              <button type="button" className="link" onClick={() => remove('questions', i)} aria-label={`Remove question ${i + 1}`}>
                Remove
              </button>
            </div>
          </div>
        ))}
        <button type="button" onClick={() => form.set('questions', [...draft.questions, { text: '', area: 'personal', required: false }])}>
          Add a question
        </button>
      </fieldset>

      <fieldset className="stack">
        <legend>Due dates</legend>
        {draft.dueDates.map((due, i) => (
          <div key={due.uid} role="group" aria-label={`Due date ${i + 1}`} className="grid">
            <label>
              What is due
              <input value={due.label} maxLength={200} placeholder="Presentation" onChange={(e) => setList('dueDates', i, { label: e.target.value })} />
            </label>
            <label>
              Date
              <input type="date" value={due.date} onChange={(e) => setList('dueDates', i, { date: e.target.value })} />
            </label>
            <div className="row">
              <button type="button" className="link" onClick={() => remove('dueDates', i)} aria-label={`Remove due date ${due.label || i + 1}`}>
                Remove
              </button>
            </div>
          </div>
        ))}
        <button type="button" onClick={() => form.set('dueDates', [...draft.dueDates, { uid: newUid(), label: '', date: '' }])}>
          Add a due date
        </button>
      </fieldset>

      <label>
        What the presentation must contain
        <textarea value={draft.presentation} maxLength={5_000} onChange={(e) => form.set('presentation', e.target.value)} />
      </label>

      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary">
          Save course
        </button>
        <button type="button" onClick={() => void exportPack()}>
          Export course pack
        </button>
      </div>
    </form>
  );
}
