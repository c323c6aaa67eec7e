import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CONTACT_FIELDS, NewContactSchema, type ContactTextField, type NewContact } from '@/lib/model/contact';
import type { Namesake } from '@/lib/model/protocol';
import { FieldInput } from './ContactEditor';

export interface NewContactFormProps {
  /** Saves the person; resolves with what to say, rejects with a message to show. */
  onSave: (person: NewContact) => Promise<{ id: number; name: string }>;
  onCancel?: () => void;
  /** After a save: "Open Rosa" in the contact book. */
  onOpen?: (id: number) => void;
  /** Saved contacts with this name: asked before saving, so one person does not become two rows. */
  findNamesakes?: (name: string) => Promise<Namesake[]>;
}

/** "suggested by Maya Okafor · Lumen Health · on LinkedIn": what tells a namesake apart. */
function namesakeDetail(namesake: Namesake): string {
  return [
    namesake.referrerName && `suggested by ${namesake.referrerName}`,
    namesake.company,
    namesake.onLinkedIn ? 'linked to a LinkedIn profile' : 'not linked to LinkedIn',
  ]
    .filter(Boolean)
    .join(' · ');
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
export function NewContactForm({ onSave, onCancel, onOpen, findNamesakes }: NewContactFormProps) {
  const id = useId();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string; id?: number } | null>(null);
  const first = useRef<HTMLInputElement>(null);
  // Contacts with the typed name, shown until the user opens one or says this is someone new.
  const [namesakes, setNamesakes] = useState<{ name: string; found: Namesake[] } | null>(null);
  const namesakesRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (namesakes) namesakesRef.current?.querySelector('button')?.focus();
  }, [namesakes]);

  const submit = async (event: FormEvent | null, sameNameChecked = false) => {
    event?.preventDefault();
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
      if (findNamesakes && !sameNameChecked) {
        const found = await findNamesakes(parsed.data.name);
        if (found.length > 0) {
          setStatus(null);
          setNamesakes({ name: parsed.data.name, found });
          return;
        }
      }
      setNamesakes(null);
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
      {namesakes && namesakes.name === values.name.trim() && (
        <div ref={namesakesRef} className="card stack" role="group" aria-labelledby={`${id}-namesakes`}>
          <p id={`${id}-namesakes`} style={{ margin: 0 }}>
            {namesakes.found.length === 1 ? 'You already have a contact named' : `You already have ${namesakes.found.length} contacts named`}{' '}
            {namesakes.name}. Is this one of them?
          </p>
          <ul className="plain stack">
            {namesakes.found.map((namesake) => (
              <li key={namesake.id} className="row">
                <span className="grow">
                  {namesake.name} <span className="hint">({namesakeDetail(namesake)})</span>
                </span>
                {onOpen && (
                  <button type="button" onClick={() => onOpen(namesake.id)}>
                    Open {namesake.name}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" onClick={() => void submit(null, true)}>
              Save as a new person
            </button>
          </div>
        </div>
      )}
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
