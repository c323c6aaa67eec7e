import { relativeTime } from '@/lib/format';

export interface FollowUpItem {
  contactId: number;
  name: string;
  company?: string;
  kind: 'thank-you';
  dueAt: number;
  overdueAt: number;
}

export interface FollowUpListProps {
  items: readonly FollowUpItem[];
  now: number;
  onThankYouSent: (contactId: number) => void;
}

const WHAT: Record<FollowUpItem['kind'], string> = { 'thank-you': 'Send a thank-you note' };

/** Pending follow-ups, soonest first, each with the action that clears it. */
export function FollowUpList({ items, now, onThankYouSent }: FollowUpListProps) {
  if (items.length === 0) {
    return (
      <div className="card">
        <p style={{ margin: 0 }}>
          <strong>Nothing due.</strong>
        </p>
        <p className="muted" style={{ margin: '4px 0 0' }}>
          Open a LinkedIn profile, save the person and log your meeting: the thank-you note shows up here.
        </p>
      </div>
    );
  }
  return (
    <ul className="plain stack" aria-label="Pending follow-ups">
      {items.map((item) => {
        const overdue = now >= item.overdueAt;
        return (
          <li key={`${item.contactId}-${item.kind}`} className="card" aria-label={item.name}>
            <p style={{ margin: 0 }}>
              <strong>{item.name}</strong>
              {item.company && <span className="muted"> · {item.company}</span>}
            </p>
            <p style={{ margin: '2px 0 8px' }} className={overdue ? 'error' : undefined}>
              {WHAT[item.kind]} —{' '}
              {overdue ? `overdue since ${relativeTime(item.overdueAt, now)}` : `due ${relativeTime(item.overdueAt, now)}`}
            </p>
            <button type="button" onClick={() => onThankYouSent(item.contactId)}>
              Mark thank-you sent
            </button>
          </li>
        );
      })}
    </ul>
  );
}
