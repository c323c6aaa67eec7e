import { useId, useMemo, useState } from 'react';
import { MESSAGE_KINDS } from '@/lib/model/message-kinds';
import { coachDraft } from '@/lib/outreach/coach';
import { words } from '@/lib/outreach/names';
import { coachOptionsFor, draftMessage } from '@/lib/outreach/draft';
import { renderTemplate } from '@/lib/outreach/template';
import type { DraftContext, DraftKind } from '@/lib/outreach/types';


export interface UserTemplate {
  id?: number;
  kind: DraftKind;
  name: string;
  subject?: string;
  body: string;
}

export interface MessageWriterProps {
  context: DraftContext;
  initialKind: DraftKind;
  templates: readonly UserTemplate[];
  email?: string;
  /** Null when the person is not a contact yet: sending can't be logged. */
  onSent: ((kind: DraftKind, text: string) => Promise<void>) | null;
  onCopy: (text: string) => Promise<void>;
}

/**
 * Drafts a message on the device and coaches it live against the rules that
 * make strangers say yes. Nothing is ever sent or typed into LinkedIn.
 */
export function MessageWriter({ context, initialKind, templates, email, onSent, onCopy }: MessageWriterProps) {
  const id = useId();
  const [kind, setKind] = useState<DraftKind>(initialKind);
  const [variant, setVariant] = useState(0);
  const [advice, setAdvice] = useState('');
  const [whatIDid, setWhatIDid] = useState('');
  const [mutualName, setMutualName] = useState('');
  const [article, setArticle] = useState('');
  const [edited, setEdited] = useState<{ key: string; subject: string; body: string } | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [templateName, setTemplateName] = useState('');

  const ctx = useMemo(
    () => ({ ...context, advice: advice || context.advice, whatIDid: whatIDid || context.whatIDid, mutualName: mutualName || context.mutualName, article: article || context.article }),
    [context, advice, whatIDid, mutualName, article],
  );
  const key = `${kind}|${variant}|${templateName}`;
  const generated = useMemo(() => {
    const template = templates.find((t) => t.kind === kind && t.name === templateName);
    if (template) {
      return { subject: template.subject ? renderTemplate(template.subject, ctx).text : '', body: renderTemplate(template.body, ctx).text };
    }
    const draft = draftMessage(kind, ctx, variant);
    return { subject: draft.subject ?? '', body: draft.body };
  }, [kind, variant, ctx, templates, templateName]);
  const subject = edited?.key === key ? edited.subject : generated.subject;
  const body = edited?.key === key ? edited.body : generated.body;
  const coach = coachDraft(kind, body, coachOptionsFor(kind, ctx));
  const isNote = MESSAGE_KINDS[kind].channel !== 'email';
  const full = isNote || !subject ? body : `Subject: ${subject}\n\n${body}`;
  // Counted as the coach counts them, so the two never disagree.
  const wordCount = words(body).length;
  const kindTemplates = templates.filter((t) => t.kind === kind);

  const change = (next: Partial<{ subject: string; body: string }>) => setEdited({ key, subject, body, ...next });

  return (
    <div className="stack">
      <div>
        <label htmlFor={`${id}-kind`}>Message</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => { setKind(e.target.value as DraftKind); setVariant(0); setTemplateName(''); setStatus(null); }}>
          {Object.entries(MESSAGE_KINDS).map(([value, { label }]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </div>
      {kindTemplates.length > 0 && (
        <div>
          <label htmlFor={`${id}-template`}>Start from</label>
          <select id={`${id}-template`} value={templateName} onChange={(e) => setTemplateName(e.target.value)}>
            <option value="">Coffee Chats draft</option>
            {kindTemplates.map((t) => (
              <option key={t.name} value={t.name}>Your template: {t.name}</option>
            ))}
          </select>
        </div>
      )}
      {!context.user.ownName.trim() && (
        <p className="card warn" role="note">
          Your name is not set, so drafts are unsigned. Add it in the contact book’s Settings.
        </p>
      )}
      {kind === 'ask-introduction' && (
        <div>
          <label htmlFor={`${id}-mutual`}>Mutual contact to ask</label>
          <input id={`${id}-mutual`} value={mutualName} onChange={(e) => setMutualName(e.target.value)} aria-describedby={`${id}-mutual-hint`} />
          <p id={`${id}-mutual-hint`} className="hint">LinkedIn lists the connections you share under their name.</p>
        </div>
      )}
      {kind === 'share-article' && (
        <div>
          <label htmlFor={`${id}-article`}>Article (title or link)</label>
          <input id={`${id}-article`} value={article} onChange={(e) => setArticle(e.target.value)} />
        </div>
      )}
      {kind === 'progress-update' && (
        <div>
          <label htmlFor={`${id}-news`}>Your news since you spoke</label>
          <input id={`${id}-news`} value={whatIDid} onChange={(e) => setWhatIDid(e.target.value)} placeholder="e.g. started a UX certificate" />
        </div>
      )}
      {kind === 'keep-in-touch' && (
        <>
          <div>
            <label htmlFor={`${id}-advice`}>A piece of their advice</label>
            <input id={`${id}-advice`} value={advice} onChange={(e) => setAdvice(e.target.value)} placeholder="e.g. build a small portfolio" />
          </div>
          <div>
            <label htmlFor={`${id}-did`}>What you did with it</label>
            <input id={`${id}-did`} value={whatIDid} onChange={(e) => setWhatIDid(e.target.value)} placeholder="e.g. ran two usability studies" />
          </div>
        </>
      )}
      {!isNote && (
        <div>
          <label htmlFor={`${id}-subject`}>Subject</label>
          <input id={`${id}-subject`} value={subject} onChange={(e) => change({ subject: e.target.value })} />
        </div>
      )}
      <div>
        <label htmlFor={`${id}-body`}>Draft</label>
        <textarea id={`${id}-body`} rows={MESSAGE_KINDS[kind].channel === 'linkedin' ? 6 : 10} value={body} onChange={(e) => change({ body: e.target.value })} aria-describedby={`${id}-count`} />
        <p id={`${id}-count`} className="hint">
          {MESSAGE_KINDS[kind].channel === 'linkedin'
            ? `${body.length} / ${context.user.noteLimit} characters`
            : MESSAGE_KINDS[kind].channel === 'phone'
              ? `${wordCount} words: a script to read from, not to send`
              : `${wordCount} words (aim for 75 or fewer)`}
        </p>
      </div>
      <ul className="plain coach" aria-label="Coach">
        {coach.map((result) => (
          <li key={result.rule} className={result.status === 'pass' ? 'ok' : 'warn'}>
            <span aria-hidden="true">{result.status === 'pass' ? '✓' : '!'}</span>{' '}
            <span className="visually-hidden">{result.status === 'pass' ? 'Pass:' : 'Warning:'}</span> {result.reason}
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="primary" onClick={() => onCopy(full).then(() => setStatus({ ok: true, text: 'Copied. Paste it into LinkedIn or your email.' }), () => setStatus({ ok: false, text: 'Could not copy: select the text and copy it by hand.' }))}>
          Copy
        </button>
        {!templateName && (
          <button type="button" onClick={() => { setVariant((v) => v + 1); setStatus(null); }}>
            Try another wording
          </button>
        )}
        {onSent && (
          <button
            type="button"
            onClick={() =>
              onSent(kind, full).then(
                () => setStatus({ ok: true, text: 'Logged.' }),
                (error: unknown) => setStatus({ ok: false, text: error instanceof Error ? error.message : 'Could not log it.' }),
              )
            }
          >
            {MESSAGE_KINDS[kind].markLabel}
          </button>
        )}
      </div>
      {!isNote && email && kind !== 'ask-introduction' && (
        <a href={`mailto:${encodeURIComponent(email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`} target="_blank" rel="noreferrer noopener">
          Open in your email app
        </a>
      )}
      {!isNote && !email && kind !== 'ask-introduction' && <p className="hint">Add their email address in the contact book to open this draft in your email app.</p>}
      {!onSent && <p className="hint">Save the contact to log what you send.</p>}
      <p role="status" className={status?.ok ? 'ok' : 'error'}>{status?.text}</p>
    </div>
  );
}
