import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '@/hooks/use-draft';
import { PathPicker, type PathChoice } from './PathPicker';
import {
  CONTACT_FIELDS,
  CONTACT_STATUSES,
  NOTE_LIMIT,
  STATUS_LABELS,
  contactFieldsWhere,
  type Contact,
  type ContactFieldInfo,
  type ContactTextField,
} from '@/lib/model/contact';

/** What the editor needs of a stored contact. */
export type EditableContact = Pick<Contact, 'name' | 'status' | 'tags' | 'notes'> &
  Partial<Pick<Contact, ContactTextField | 'profileUrl' | 'experience' | 'education' | 'pathUids'>>;

export interface ContactEditorProps {
  contact: EditableContact;
  referredByName?: string;
  /** The career paths to choose from (non-archived, by name). */
  paths?: readonly PathChoice[];
  onSave: (patch: Record<string, unknown>) => Promise<void>;
  onDelete: () => void;
  onClose: () => void;
}

/** The text fields the editor shows, in order, with their labels (from lib/model/contact.ts). */
const TEXT_FIELDS = contactFieldsWhere('inEditor').map((key) => [key, CONTACT_FIELDS[key].label] as const);

type Draft = Record<string, string>;

const toDraft = (contact: EditableContact): Draft => ({
  ...Object.fromEntries(TEXT_FIELDS.map(([key]) => [key, contact[key] ?? ''])),
  status: contact.status,
  tags: contact.tags.join(', '),
  notes: contact.notes,
});

/**
 * One contact's fields, notes, status and tags. Nothing is saved until "Save changes",
 * and then only the fields the user changed: a field they did not touch follows the
 * stored contact (a save from the sidebar, "Mark thank-you sent" in the popup) and is
 * never written back with an older value.
 */
export function ContactEditor({ contact, referredByName, paths = [], onSave, onDelete, onClose }: ContactEditorProps) {
  const id = useId();
  const form = useDraft(toDraft(contact));
  // The paths are a list, not a text: their own draft, saved (whole) only when the user ticked or unticked one.
  const pathsForm = useDraft({ pathUids: contact.pathUids ?? [] });
  const draft = form.values;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const notesTooLong = draft.notes!.length > NOTE_LIMIT;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (notesTooLong) return;
    const values: Record<string, unknown> = {
      status: draft.status,
      notes: draft.notes,
      tags: [...new Set(draft.tags!.split(',').map((t) => t.trim()).filter(Boolean))],
    };
    for (const [key] of TEXT_FIELDS) values[key] = draft[key]!.trim() === '' ? undefined : draft[key]!.trim();
    const changed = Object.keys(form.changed());
    const patch = Object.fromEntries(Object.entries(values).filter(([key]) => changed.includes(key)));
    const pathsChanged = pathsForm.changed();
    if (pathsChanged.pathUids) {
      patch.pathUids = pathsChanged.pathUids;
      changed.push('pathUids');
    }
    if (changed.length === 0) {
      setMessage({ ok: true, text: 'Nothing changed.' });
      return;
    }
    try {
      await onSave(patch);
      // What the stored contact now holds (trimmed, tags deduplicated): the form shows that.
      if (changed.includes('tags')) form.set('tags', (values.tags as string[]).join(', '));
      for (const [key] of TEXT_FIELDS) if (changed.includes(key)) form.set(key, draft[key]!.trim());
      setMessage({ ok: true, text: 'Saved.' });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : 'Could not save. Nothing was changed.' });
    }
  };

  const set = (key: string) => (event: { target: { value: string } }) => form.set(key, event.target.value);

  return (
    <form className="card stack" onSubmit={submit} aria-label={`Edit ${contact.name}`}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2>{contact.name}</h2>
        <button type="button" className="link" onClick={onClose}>
          Back to contacts
        </button>
      </div>
      {contact.profileUrl && (
        <p className="hint">
          <a href={contact.profileUrl} target="_blank" rel="noreferrer noopener">
            LinkedIn profile
          </a>
          {referredByName && <> · referred by {referredByName}</>}
        </p>
      )}
      <div className="grid">
        {TEXT_FIELDS.map(([key, label]) => (
          <div key={key}>
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <FieldInput id={`${id}-${key}`} field={key} value={draft[key]!} onChange={set(key)} />
          </div>
        ))}
        <div>
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={draft.status} onChange={set('status')}>
            {CONTACT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-tags`}>Tags</label>
          <input id={`${id}-tags`} value={draft.tags} onChange={set('tags')} aria-describedby={`${id}-tags-hint`} />
          <p id={`${id}-tags-hint`} className="hint">
            Separate tags with commas.
          </p>
        </div>
      </div>
      <PathPicker paths={paths} selected={pathsForm.values.pathUids} onChange={(next) => pathsForm.set('pathUids', next)} />
      <div>
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea id={`${id}-notes`} rows={8} value={draft.notes} onChange={set('notes')} aria-describedby={`${id}-notes-count`} aria-invalid={notesTooLong} />
        <p id={`${id}-notes-count`} className={notesTooLong ? 'hint error' : 'hint'}>
          {notesTooLong
            ? `Notes are ${draft.notes!.length.toLocaleString()} characters; the limit is ${NOTE_LIMIT.toLocaleString()}. Shorten them to save — nothing you typed is lost.`
            : `${draft.notes!.length.toLocaleString()} / ${NOTE_LIMIT.toLocaleString()} characters`}
        </p>
      </div>
      <History contact={contact} />
      <div className="row">
        <button type="submit" className="primary" disabled={notesTooLong}>
          Save changes
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          Delete contact
        </button>
        <span role="status" className={message?.ok ? 'ok' : 'error'}>
          {message?.text}
        </span>
      </div>
    </form>
  );
}

/** One text field as its registry entry says: a select with its choices, or an input of its type. */
export function FieldInput({ id, field, value, onChange, ...rest }: { id: string; field: ContactTextField; value: string; onChange: (event: { target: { value: string } }) => void; required?: boolean; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) {
  const info = CONTACT_FIELDS[field] as ContactFieldInfo;
  if (info.options) {
    return (
      <select id={id} value={value} onChange={onChange} {...rest}>
        <option value="">Not set</option>
        {Object.entries(info.options).map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
    );
  }
  return <input id={id} type={info.input ?? 'text'} value={value} onChange={onChange} {...rest} />;
}

/** Experience and education as read from LinkedIn (the detail pages complete them). */
function History({ contact }: { contact: EditableContact }) {
  const experience = contact.experience ?? [];
  const education = contact.education ?? [];
  if (experience.length === 0 && education.length === 0) return null;
  const line = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');
  return (
    <div className="grid">
      {experience.length > 0 && (
        <div>
          <h3 id="experience-heading">Experience</h3>
          <ul aria-labelledby="experience-heading" className="history">
            {experience.map((job, i) => (
              <li key={i}>
                {line(job.title, job.company)}
                <span className="hint"> {line(job.dateRange, job.location)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {education.length > 0 && (
        <div>
          <h3 id="education-heading">Education</h3>
          <ul aria-labelledby="education-heading" className="history">
            {education.map((school, i) => (
              <li key={i}>
                {line(school.school, school.degree, school.field)}
                <span className="hint"> {school.dateRange}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
