import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { dueWords, type DueFields } from '@/lib/followups/due-words';
import { STATUS_LABELS, type ContactStatus as Status } from '@/lib/model/contact';

export interface ContactListRow extends DueFields {
  id: number;
  headline?: string;
  currentTitle?: string;
  currentCompany?: string;
  status: Status;
  tags: readonly string[];
  pathUids?: readonly string[];
}

export interface ContactListProps {
  contacts: readonly ContactListRow[];
  now: number;
  onOpen: (id: number) => void;
  /** Career path uid → name: each row names the paths its contact is on. */
  pathNames?: ReadonlyMap<string, string>;
}

const ROW_HEIGHT = 64;

/** Every contact, what is due soonest first. Only the rows on screen are rendered. */
export function ContactList({ contacts, now, onOpen, pathNames }: ContactListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is used as documented
  const virtualizer = useVirtualizer({
    count: contacts.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 900, height: 600 },
  });
  if (contacts.length === 0) return <p className="card">No contacts match.</p>;
  return (
    <div ref={scroller} className="contact-list" role="list" aria-label="Contacts">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const contact = contacts[item.index]!;
          const role = [contact.currentTitle, contact.currentCompany].filter(Boolean).join(' · ') || contact.headline;
          const due = dueWords(contact, now);
          const paths = (contact.pathUids ?? []).map((uid) => pathNames?.get(uid)).filter((name): name is string => name !== undefined);
          return (
            <div
              key={contact.id}
              role="listitem"
              aria-label={contact.name}
              // Only the rows on screen are in the DOM: say where each sits in the whole list.
              aria-setsize={contacts.length}
              aria-posinset={item.index + 1}
              className="contact-row"
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              <button type="button" className="contact-open" onClick={() => onOpen(contact.id)}>
                <span className="contact-name">
                  {contact.name}
                  {paths.length > 0 && <span className="visually-hidden">, career paths:</span>}
                  {paths.map((name) => (
                    <span key={name} className="path-chip">
                      {name}
                    </span>
                  ))}
                </span>
                <span className="hint">{role}</span>
              </button>
              <span className={`status status-${contact.status}`}>{STATUS_LABELS[contact.status]}</span>
              <span className="due">
                {due && (
                  <>
                    {due.text}
                    <span className={due.late ? 'error' : 'hint'}> · {due.when}</span>
                  </>
                )}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
