import { whenWords } from '@/lib/followups/due-words';
import { groupItems } from '@/lib/followups/groups';
import { doneActionOf, messageForDue, SNOOZE_CHOICES, type DueKind } from '@/lib/model/due';

export interface FollowUpItem {
  contactId: number;
  name: string;
  company?: string;
  kind: DueKind;
  text: string;
  dueAt: number;
  overdueAt?: number;
  profileUrl?: string;
  /** Set for a task (a next action from a debrief): done and snooze act on the task. */
  taskId?: number;
}

export interface FollowUpListProps {
  items: readonly FollowUpItem[];
  now: number;
  onDone: (item: FollowUpItem) => void;
  onSnooze: (item: FollowUpItem, days: number) => void;
  onOpenContact: (item: FollowUpItem) => void;
  /** Copies the draft that goes with this step (when there is one). */
  onCopyDraft?: (item: FollowUpItem) => void;
}

/** Pending follow-ups under Overdue, Today, This week and Later, each with its actions. */
export function FollowUpList({ items, now, onDone, onSnooze, onOpenContact, onCopyDraft }: FollowUpListProps) {
  if (items.length === 0) {
    return (
      <div className="card">
        <p style={{ margin: 0 }}>
          <strong>Nothing due.</strong>
        </p>
        <p className="muted" style={{ margin: '4px 0 0' }}>
          Open a LinkedIn profile, save the person and log your meeting: the thank-you note shows up here, then
          the follow-ups as they come due.
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      {groupItems(items, now).map(([group, list]) => (
        <section key={group} aria-label={group}>
          <h2 className={group === 'Overdue' ? 'error' : undefined}>{group}</h2>
          <ul className="plain stack" style={{ marginTop: 8 }}>
            {list.map((item) => {
              const { when, late } = whenWords(item, now);
              return (
                <li key={`${item.contactId}-${item.kind}-${item.taskId ?? ''}`} className="card" aria-label={item.taskId ? `${item.name}: ${item.text}` : item.name}>
                  <p style={{ margin: 0 }}>
                    <strong>{item.name}</strong>
                    {item.company && <span className="muted"> · {item.company}</span>}
                  </p>
                  <p style={{ margin: '2px 0 8px' }} className={late ? 'error' : undefined}>
                    {item.text} — {when}
                  </p>
                  <div className="row">
                    <button type="button" className="primary" onClick={() => onDone(item)}>
                      {doneActionOf(item.kind).label}
                    </button>
                    {onCopyDraft && messageForDue(item.kind) && (
                      <button type="button" onClick={() => onCopyDraft(item)}>
                        Copy draft
                      </button>
                    )}
                    <details className="snooze">
                      <summary>Snooze</summary>
                      <div className="row">
                        {SNOOZE_CHOICES.map(({ label, days }) => (
                          <button key={days} type="button" className="link" onClick={() => onSnooze(item, days)}>
                            Snooze {label}
                          </button>
                        ))}
                      </div>
                    </details>
                  </div>
                  <div className="row" style={{ marginTop: 6 }}>
                    {item.profileUrl && (
                      <a href={item.profileUrl} target="_blank" rel="noreferrer noopener">
                        LinkedIn profile
                      </a>
                    )}
                    <button type="button" className="link" onClick={() => onOpenContact(item)}>
                      Open in contacts
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
