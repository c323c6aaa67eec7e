import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { PLACEHOLDERS, renderTemplate } from '@/lib/outreach/template';
import { MESSAGE_KIND_IDS, MESSAGE_KINDS } from '@/lib/model/message-kinds';
import type { DraftKind } from '@/lib/outreach/types';
import type { Template } from '@/lib/model/template';
import { deleteTemplate, listTemplates, saveTemplate, updateTemplate } from '@/storage/templates';
import { getSettings } from '@/storage/settings';

interface Fields {
  kind: DraftKind;
  name: string;
  subject: string;
  body: string;
}
const EMPTY: Fields = { kind: 'connection-note', name: '', subject: '', body: '' };
const fieldsOf = (t: Template): Fields => ({ kind: t.kind, name: t.name, subject: t.subject ?? '', body: t.body });

const SAMPLE = { name: 'Maya Okafor', currentTitle: 'UX Researcher', currentCompany: 'Lumen Health', education: [{ school: 'Leiden University' }] };

/** The user's own message templates, with placeholders filled from each contact. */
export function TemplatesSection() {
  const id = useId();
  const templates = useLiveQuery(() => listTemplates(), []);
  const settings = useLiveQuery(() => getSettings(), []);
  // A template being edited follows its stored row live; only the fields the user touched are kept here.
  // (`opened` is the row as it was when "Edit" was pressed, should it be deleted meanwhile.)
  const [editing, setEditing] = useState<{ id?: number; opened?: Fields; touched: Partial<Fields> }>({ touched: {} });
  const stored = editing.id === undefined ? undefined : templates?.find((t) => t.id === editing.id);
  const draft: Fields = { ...(stored ? fieldsOf(stored) : (editing.opened ?? EMPTY)), ...editing.touched };
  // Deleted in another window while open here: say so; what was typed can still be saved as a new one.
  const lost = editing.id !== undefined && templates !== undefined && !stored;
  const edit = (change: Partial<Fields>) => setEditing((e) => ({ ...e, touched: { ...e.touched, ...change } }));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const preview = settings ? renderTemplate(draft.body, { contact: SAMPLE, user: settings, takeaways: ['build a small portfolio'] }) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { subject, ...rest } = editing.touched;
    const patch = { ...rest, ...(subject === undefined ? {} : { subject: subject.trim() || undefined }) };
    try {
      if (editing.id !== undefined && !lost) await updateTemplate(editing.id, patch);
      else await saveTemplate({ ...draft, subject: draft.subject.trim() || undefined });
      setMessage({ ok: true, text: `Template “${draft.name}” saved. It appears under “Start from” in the sidebar.` });
      setEditing({ touched: { kind: draft.kind } });
    } catch (error) {
      const gone = error instanceof Error && /no longer exists/u.test(error.message);
      setMessage({ ok: false, text: gone ? error.message : 'A template needs a name (up to 80 characters) and a text (up to 3,000).' });
    }
  };

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your message templates</h2>
      <p className="hint">
        Placeholders: {PLACEHOLDERS.map((p) => `{${p}}`).join(' ')} — filled from each contact and your settings.
      </p>
      <ul className="plain stack" aria-label="Templates">
        {(templates ?? []).map((template) => (
          <li key={template.id} className="card row" style={{ justifyContent: 'space-between' }}>
            <span>
              <strong>{template.name}</strong> <span className="hint">· {MESSAGE_KINDS[template.kind].label}</span>
            </span>
            <span className="row">
              <button type="button" className="link" onClick={() => setEditing({ id: template.id, opened: fieldsOf(template), touched: {} })}>
                Edit {template.name}
              </button>
              <button type="button" className="link" onClick={() => void deleteTemplate(template.id)}>
                Delete {template.name}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <form className="card stack" onSubmit={submit} aria-label="Template">
        <div className="grid">
          <div>
            <label htmlFor={`${id}-kind`}>Kind</label>
            <select id={`${id}-kind`} value={draft.kind} onChange={(e) => edit({ kind: e.target.value as DraftKind })}>
              {MESSAGE_KIND_IDS.map((kind) => (
                <option key={kind} value={kind}>{MESSAGE_KINDS[kind].label}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-name`}>Template name</label>
            <input id={`${id}-name`} value={draft.name} maxLength={80} onChange={(e) => edit({ name: e.target.value })} required />
          </div>
          {MESSAGE_KINDS[draft.kind].channel !== 'linkedin' && (
            <div>
              <label htmlFor={`${id}-subject`}>Subject</label>
              <input id={`${id}-subject`} value={draft.subject} maxLength={200} onChange={(e) => edit({ subject: e.target.value })} />
            </div>
          )}
        </div>
        <div>
          <label htmlFor={`${id}-body`}>Text</label>
          <textarea id={`${id}-body`} rows={5} value={draft.body} maxLength={3_000} onChange={(e) => edit({ body: e.target.value })} required />
        </div>
        {preview && draft.body && (
          <div className="card">
            <p className="hint">Preview for a sample contact:</p>
            <p className="quote">{preview.text}</p>
            {preview.unknown.length > 0 && <p className="hint error">Unknown placeholders stay as typed: {preview.unknown.join(', ')}</p>}
          </div>
        )}
        {lost && (
          <p role="alert" className="error">
            This template was deleted in another window. Save template keeps what is here as a new one.
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary">Save template</button>
          <span role="status" className={message?.ok ? 'ok' : 'error'}>{message?.text}</span>
        </div>
      </form>
    </section>
  );
}
