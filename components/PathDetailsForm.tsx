import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '@/hooks/use-draft';
import { PATH_LIMITS, type CareerPath } from '@/lib/model/career-path';
import { fromLocalDate, toLocalDate } from './local-time';
import { pathErrorText } from './path-words';

type Draft = { name: string; why: string; target: string; term: string; due: string };

const toDraft = (path: Pick<CareerPath, 'name' | 'why' | 'target' | 'term' | 'dueAt'>): Draft => ({
  name: path.name,
  why: path.why ?? '',
  target: String(path.target),
  term: path.term ?? '',
  due: path.dueAt === undefined ? '' : toLocalDate(path.dueAt),
});

export interface PathDetailsFormProps {
  path: Pick<CareerPath, 'name' | 'why' | 'target' | 'term' | 'dueAt'>;
  onSave: (patch: Record<string, unknown>) => Promise<void>;
}

/**
 * A path's name, why, target, term and due day. A field the user has not touched follows the
 * stored path live (another tab, a course pack); "Save" writes only the fields they changed.
 */
export function PathDetailsForm({ path, onSave }: PathDetailsFormProps) {
  const id = useId();
  const form = useDraft(toDraft(path));
  const draft = form.values;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changed = form.changed();
    if (Object.keys(changed).length === 0) {
      setMessage({ ok: true, text: 'Nothing changed.' });
      return;
    }
    const patch: Record<string, unknown> = {};
    if (changed.name !== undefined) patch.name = changed.name.trim();
    if (changed.why !== undefined) patch.why = changed.why.trim();
    if (changed.term !== undefined) patch.term = changed.term.trim();
    if (changed.target !== undefined) patch.target = changed.target.trim() === '' ? Number.NaN : Number(changed.target);
    if (changed.due !== undefined) patch.dueAt = changed.due === '' ? null : fromLocalDate(changed.due);
    try {
      await onSave(patch);
      // What the stored path now holds (trimmed): the form shows that.
      for (const key of ['name', 'why', 'term'] as const) if (changed[key] !== undefined) form.set(key, changed[key].trim());
      setMessage({ ok: true, text: 'Saved.' });
    } catch (error) {
      setMessage({ ok: false, text: pathErrorText(error) });
    }
  };

  const set = (key: keyof Draft) => (event: { target: { value: string } }) => form.set(key, event.target.value);

  return (
    <form className="stack" onSubmit={submit} aria-label="Edit the career path" noValidate>
      <div>
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={draft.name} maxLength={PATH_LIMITS.name} onChange={set('name')} />
      </div>
      <div>
        <label htmlFor={`${id}-why`}>Why it interests you</label>
        <textarea id={`${id}-why`} value={draft.why} maxLength={PATH_LIMITS.why} onChange={set('why')} />
      </div>
      <div className="grid">
        <div>
          <label htmlFor={`${id}-target`}>Target (conversations)</label>
          <input id={`${id}-target`} type="number" min={PATH_LIMITS.target.min} max={PATH_LIMITS.target.max} value={draft.target} onChange={set('target')} />
        </div>
        <div>
          <label htmlFor={`${id}-term`}>Term</label>
          <input id={`${id}-term`} value={draft.term} maxLength={PATH_LIMITS.term} onChange={set('term')} />
        </div>
        <div>
          <label htmlFor={`${id}-due`}>Due day</label>
          <input id={`${id}-due`} type="date" value={draft.due} onChange={set('due')} />
        </div>
      </div>
      <div className="row">
        <button type="submit" className="primary">
          Save changes
        </button>
        <span role="status" className={message?.ok === false ? 'error' : 'ok'}>
          {message?.text}
        </span>
      </div>
    </form>
  );
}
