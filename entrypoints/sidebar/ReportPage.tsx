import { useState } from 'react';
import { download } from '@/components/download';
import { sendMessage } from '@/lib/messaging';
import type { Extraction } from '@/lib/linkedin/profile';
import type { ProfileField } from '@/lib/linkedin/fields';
import { CONTACT_FIELDS } from '@/lib/model/contact';

const OTHER_LABELS: Record<string, string> = { photoUrl: 'photo', experience: 'experience', education: 'education' };
const labelOf = (field: ProfileField): string =>
  field in CONTACT_FIELDS ? CONTACT_FIELDS[field as keyof typeof CONTACT_FIELDS].label.toLowerCase() : (OTHER_LABELS[field] ?? field);

/**
 * "Report a page we can't read": when the reader missed a field, one button saves the page's
 * structure (no text, names or links: lib/linkedin/page-structure.ts) as a file to attach to a bug
 * report. Nothing is sent anywhere.
 */
export function ReportPage({ extraction }: { extraction: Extraction }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (extraction.missing.length === 0) return null;

  const save = async () => {
    setBusy(true);
    try {
      const structure = await sendMessage('reportPage', undefined);
      const name = `coffee-chats-page-structure-${structure.layout.replace(/[^a-z0-9-]/giu, '') || 'unknown'}.json`;
      download(name, JSON.stringify(structure, null, 1), 'application/json');
      setStatus({ ok: true, text: `Saved ${name} to your downloads. Attach it to a bug report; it holds the page's structure only, no names, links or text.` });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : 'Could not copy the page. Try again.' });
    } finally {
      setBusy(false);
    }
  };

  const missing = extraction.missing.map(labelOf).join(', ');
  return (
    <section className="card stack" aria-labelledby="report-page-title">
      <h3 id="report-page-title" style={{ margin: 0, fontSize: 14 }}>Couldn't read: {missing}</h3>
      <p className="hint">
        If the page shows it, help fix the reader: save a copy of the page's structure (tags and class names only — every
        text, name and link replaced by its length) and attach it to a bug report. Nothing is sent.
      </p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void save()}>
          Report a page we can't read
        </button>
      </div>
      {status && (
        <p role="status" className={status.ok ? 'ok' : 'error'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
