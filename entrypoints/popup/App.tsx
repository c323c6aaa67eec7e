import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNow } from '@/components/use-now';
import { FollowUpList, type FollowUpItem } from '@/components/FollowUpList';
import { DEFAULT_THANK_YOU_WITHIN_MS } from '@/lib/followups/next-due';
import { sendMessage } from '@/lib/messaging';
import { listDueFollowUps } from '@/storage/followups';
import './popup.css';

export function App() {
  const due = useLiveQuery(() => listDueFollowUps(), []);
  const [error, setError] = useState<string | null>(null);
  const now = useNow();
  const items: FollowUpItem[] = (due ?? []).flatMap((contact) =>
    contact.nextDueKind === 'thank-you' && contact.nextDueAt !== undefined
      ? [
          {
            contactId: contact.id,
            name: contact.name,
            company: contact.currentCompany,
            kind: 'thank-you' as const,
            dueAt: contact.nextDueAt,
            overdueAt: contact.nextDueAt + DEFAULT_THANK_YOU_WITHIN_MS,
          },
        ]
      : [],
  );

  const markSent = (contactId: number) => {
    setError(null);
    // Written by the background, which also owns the badge.
    sendMessage('markThankYouSent', { contactId }).catch((e: unknown) =>
      setError(e instanceof Error ? e.message : 'Could not mark it sent. Try again.'),
    );
  };

  return (
    <div className="popup stack">
      <header className="row" style={{ justifyContent: 'space-between' }}>
        <h1>Follow-ups</h1>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          All contacts
        </button>
      </header>
      {due === undefined ? <p className="muted">Loading…</p> : <FollowUpList items={items} now={now} onThankYouSent={markSent} />}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
