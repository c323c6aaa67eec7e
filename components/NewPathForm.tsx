import { useId, useState, type FormEvent } from 'react';
import { PATH_LIMITS } from '@/lib/model/career-path';
import { fromLocalDate } from './local-time';
import { pathErrorText } from './path-words';

export interface NewPathFormProps {
  /** Stores the path (validated there); a refusal's message is shown and the form keeps what was typed. */
  onCreate: (input: Record<string, unknown>) => Promise<unknown>;
  onCancel: () => void;
}

/** A new career path: its name, why it interests the user, a target number of conversations, a term and a due day. */
export function NewPathForm({ onCreate, onCancel }: NewPathFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [why, setWhy] = useState('');
  const [target, setTarget] = useState(String(PATH_LIMITS.target.default));
  const [term, setTerm] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: Record<string, unknown> = {
      name,
      target: target.trim() === '' ? PATH_LIMITS.target.default : Number(target),
      ...(why.trim() ? { why } : {}),
      ...(term.trim() ? { term } : {}),
      ...(due ? { dueAt: fromLocalDate(due) } : {}),
    };
    try {
      await onCreate(input);
    } catch (problem) {
      setError(pathErrorText(problem));
    }
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>New career path</h3>
      <div>
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={name} maxLength={PATH_LIMITS.name} required onChange={(e) => setName(e.target.value)} placeholder="e.g. Regulatory affairs" />
      </div>
      <div>
        <label htmlFor={`${id}-why`}>Why it interests you</label>
        <textarea id={`${id}-why`} value={why} maxLength={PATH_LIMITS.why} onChange={(e) => setWhy(e.target.value)} />
      </div>
      <div className="grid">
        <div>
          <label htmlFor={`${id}-target`}>Target (conversations)</label>
          <input
            id={`${id}-target`}
            type="number"
            min={PATH_LIMITS.target.min}
            max={PATH_LIMITS.target.max}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-term`}>Term</label>
          <input id={`${id}-term`} value={term} maxLength={PATH_LIMITS.term} onChange={(e) => setTerm(e.target.value)} placeholder="e.g. Autumn 2026" />
        </div>
        <div>
          <label htmlFor={`${id}-due`}>Due day</label>
          <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary">
          Create career path
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
