import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { PLACEHOLDERS, renderTemplate } from '@/lib/outreach/template';
import { MESSAGE_KIND_IDS, MESSAGE_KINDS } from '@/lib/model/message-kinds';
import type { DraftKind } from '@/lib/outreach/types';
import { deleteTemplate, listTemplates, saveTemplate } from '@/storage/templates';
import { getSettings } from '@/storage/settings';

const SAMPLE = { name: 'Maya Okafor', currentTitle: 'UX Researcher', currentCompany: 'Lumen Health', education: [{ school: 'Leiden University' }] };

/** The user's own message templates, with placeholders filled from each contact. */
export function TemplatesSection() {
  const id = useId();
  const templates = useLiveQuery(() => listTemplates(), []);
  const settings = useLiveQuery(() => getSettings(), []);
  const [draft, setDraft] = useState<{ id?: number; kind: DraftKind; name: string; subject: string; body: string }>({
    kind: 'connection-note',
    name: '',
    subject: '',
    body: '',
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const preview = settings ? renderTemplate(draft.body, { contact: SAMPLE, user: settings, takeaways: ['build a small portfolio'] }) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await saveTemplate({ ...draft, subject: draft.subject.trim() || undefined });
      setMessage({ ok: true, text: `Template “${draft.name}” saved. It appears under “Start from” in the sidebar.` });
      setDraft({ kind: draft.kind, name: '', subject: '', body: '' });
    } catch {
      setMessage({ ok: false, text: 'A template needs a name (up to 80 characters) and a text (up to 3,000).' });
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
              <button type="button" className="link" onClick={() => setDraft({ id: template.id, kind: template.kind, name: template.name, subject: template.subject ?? '', body: template.body })}>
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
            <select id={`${id}-kind`} value={draft.kind} onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value as DraftKind }))}>
              {MESSAGE_KIND_IDS.map((kind) => (
                <option key={kind} value={kind}>{MESSAGE_KINDS[kind].label}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-name`}>Template name</label>
            <input id={`${id}-name`} value={draft.name} maxLength={80} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} required />
          </div>
          {MESSAGE_KINDS[draft.kind].channel !== 'linkedin' && (
            <div>
              <label htmlFor={`${id}-subject`}>Subject</label>
              <input id={`${id}-subject`} value={draft.subject} maxLength={200} onChange={(e) => setDraft((d) => ({ ...d, subject: e.target.value }))} />
            </div>
          )}
        </div>
        <div>
          <label htmlFor={`${id}-body`}>Text</label>
          <textarea id={`${id}-body`} rows={5} value={draft.body} maxLength={3_000} onChange={(e) => setDraft((d) => ({ ...d, body: e.target.value }))} required />
        </div>
        {preview && draft.body && (
          <div className="card">
            <p className="hint">Preview for a sample contact:</p>
            <p className="quote">{preview.text}</p>
            {preview.unknown.length > 0 && <p className="hint error">Unknown placeholders stay as typed: {preview.unknown.join(', ')}</p>}
          </div>
        )}
        <div className="row">
          <button type="submit" className="primary">Save template</button>
          <span role="status" className={message?.ok ? 'ok' : 'error'}>{message?.text}</span>
        </div>
      </form>
    </section>
  );
}
