import type { DueWords } from '@/lib/followups/due-words';
import { formatDateTime, relativeTime } from '@/lib/format';

export interface ContactStatusProps {
  savedAt?: number;
  updatedAt?: number;
  /** What is due, in the words every other place uses (lib/followups/due-words.ts). */
  due?: Pick<DueWords, 'kind' | 'when' | 'late'> | null;
  now: number;
}

/** Whether the person on screen is already a contact, and whether a thank-you note is owed. */
export function ContactStatus({ savedAt, updatedAt, due, now }: ContactStatusProps) {
  if (savedAt === undefined) {
    return <p className="muted">Not in your contacts yet.</p>;
  }
  return (
    // Focusable from script: after "Save contact" focus lands here, on what the click produced.
    <div className="card contact-status" tabIndex={-1}>
      <p style={{ margin: 0 }}>
        <strong>Already a contact</strong> — saved {formatDateTime(savedAt)}
        {updatedAt !== undefined && updatedAt !== savedAt && (
          <span className="muted"> · updated {relativeTime(updatedAt, now)}</span>
        )}
      </p>
      {due?.kind === 'thank-you' && (
        <p style={{ margin: '6px 0 0' }} className={due.late ? 'error' : 'ok'}>
          Thank-you note {due.when}
        </p>
      )}
    </div>
  );
}
