import { formatDateTime, relativeTime } from '@/lib/format';

export interface ContactStatusProps {
  savedAt?: number;
  updatedAt?: number;
  thankYouDueAt?: number;
  overdueAt?: number;
  now: number;
}

/** Whether the person on screen is already a contact, and what is due. */
export function ContactStatus({ savedAt, updatedAt, thankYouDueAt, overdueAt, now }: ContactStatusProps) {
  if (savedAt === undefined) {
    return <p className="muted">Not in your contacts yet.</p>;
  }
  return (
    <div className="card">
      <p style={{ margin: 0 }}>
        <strong>Already a contact</strong> — saved {formatDateTime(savedAt)}
        {updatedAt !== undefined && updatedAt !== savedAt && (
          <span className="muted"> · updated {relativeTime(updatedAt, now)}</span>
        )}
      </p>
      {thankYouDueAt !== undefined && (
        <p style={{ margin: '6px 0 0' }} className={overdueAt !== undefined && now >= overdueAt ? 'error' : 'ok'}>
          Thank-you note due
          {overdueAt !== undefined &&
            (now >= overdueAt
              ? ` — overdue since ${relativeTime(overdueAt, now)}`
              : ` — send it by ${formatDateTime(overdueAt)}`)}
        </p>
      )}
    </div>
  );
}
