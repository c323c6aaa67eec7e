import { useId, useRef, useState, type FormEvent } from 'react';
import { CONTACT_FIELDS, NewContactSchema, type ContactTextField, type NewContact } from '@/lib/model/contact';
import { FieldInput } from './ContactEditor';

export interface NewContactFormProps {
  /** Saves the person; resolves with what to say, rejects with a message to show. */
  onSave: (person: NewContact) => Promise<{ id: number; name: string }>;
  onCancel?: () => void;
  /** After a save: "Open Rosa" in the contact book. */
  onOpen?: (id: number) => void;
}

type Field = keyof NewContact;

/** The fields in the order a person thinks of them; labels come from CONTACT_FIELDS where the field is one. */
const FIELDS: readonly [Field, string, string?][] = [
  ['name', 'Name'],
  ['relationship', CONTACT_FIELDS.relationship.label],
  ['howWeMet', CONTACT_FIELDS.howWeMet.label, 'e.g. my aunt’s neighbour, careers fair 2025'],
  ['currentCompany', 'Organisation'],
  ['currentTitle', 'Role'],
  ['email', CONTACT_FIELDS.email.label],
  ['phone', CONTACT_FIELDS.phone.label],
  ['linkedInUrl', 'LinkedIn profile (optional)', 'linkedin.com/in/… — links this contact to their profile'],
];

const EMPTY = Object.fromEntries(FIELDS.map(([key]) => [key, ''])) as Record<Field, string>;

/**
 * "New contact": someone the user already knows, or met, who may not be on LinkedIn at all.
 * Only the name is needed. Bad input gets a message beside its field and nothing typed is lost.
 */
export function NewContactForm({ onSave, onCancel, onOpen }: NewContactFormProps) {
  const id = useId();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string; id?: number } | null>(null);
  const first = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '').map(([key, value]) => [key, value.trim()]));
    const parsed = NewContactSchema.safeParse({ ...input, name: values.name.trim() });
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) found[issue.path[0] as Field] ??= issue.message;
      setErrors(found);
      setStatus({ ok: false, text: 'Check the fields marked below. Nothing was saved.' });
      return;
    }
    setErrors({});
    try {
      const saved = await onSave(parsed.data);
      setValues(EMPTY);
      setStatus({ ok: true, text: `Saved ${saved.name}.`, id: saved.id });
      first.current?.focus();
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : 'Could not save. Nothing was changed.' });
    }
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`}>New contact</h2>
      <p className="hint">Someone you know or have met — family, a teacher, a friend’s parent, a former colleague. Only the name is needed.</p>
      <div className="grid">
        {FIELDS.map(([key, label, hint]) => {
          const error = errors[key];
          const described = [hint && `${id}-${key}-hint`, error && `${id}-${key}-error`].filter(Boolean).join(' ') || undefined;
          const common = {
            id: `${id}-${key}`,
            value: values[key],
            onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
            'aria-describedby': described,
            'aria-invalid': error ? true : undefined,
          };
          return (
            <div key={key}>
              <label htmlFor={`${id}-${key}`}>
                {label}
                {key === 'name' && <span aria-hidden="true"> *</span>}
              </label>
              {key === 'name' ? (
                <input ref={first} {...common} required autoComplete="off" />
              ) : key === 'linkedInUrl' ? (
                <input {...common} type="url" inputMode="url" />
              ) : (
                <FieldInput field={key as ContactTextField} {...common} />
              )}
              {hint && (
                <p id={`${id}-${key}-hint`} className="hint">
                  {hint}
                </p>
              )}
              {error && (
                <p id={`${id}-${key}-error`} className="hint error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div className="row">
        <button type="submit" className="primary">
          Save contact
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <div role="status" className={status?.ok ? 'ok row' : 'error row'}>
        {status?.text}
        {status?.ok && status.id !== undefined && onOpen && (
          <button type="button" className="link" onClick={() => onOpen(status.id!)}>
            Open in the contact book
          </button>
        )}
      </div>
    </form>
  );
}
