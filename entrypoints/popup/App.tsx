import { copyText } from '@/components/copy-text';
import { addDays, endOfDay } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { FollowUpList, type FollowUpItem } from '@/components/FollowUpList';
import { useNow } from '@/hooks/use-now';
import { sendMessage } from '@/lib/messaging';
import { draftContextFor } from '@/lib/outreach/context';
import { draftMessage } from '@/lib/outreach/draft';
import { dueWords } from '@/lib/followups/due-words';
import { messageForDue } from '@/lib/model/due';
import { getContact } from '@/storage/contacts';
import { listDueFollowUps, listUpcoming } from '@/storage/followups';
import { listInteractions, listMeetings } from '@/storage/history';
import { getSettings } from '@/storage/settings';
import type { StoredContact } from '@/lib/model/contact';
import './popup.css';

const LATER_LIMIT = 5;

export function App() {
  const now = useNow();
  const weekEnd = endOfDay(addDays(now, 7)).getTime();
  const data = useLiveQuery(async () => {
    const [due, later] = await Promise.all([listDueFollowUps(weekEnd), listUpcoming(weekEnd, LATER_LIMIT)]);
    return [...due, ...later];
  }, [weekEnd]);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const items = (data ?? []).flatMap((contact) => toItem(contact, now));

  // Every write goes through the background, which also owns the badge.
  const run = (action: Promise<unknown>) => {
    setError(null);
    setCopied(null);
    action.catch((e: unknown) => setError(e instanceof Error ? e.message : 'That did not work. Try again.'));
  };

  return (
    <div className="popup stack">
      <header className="row" style={{ justifyContent: 'space-between' }}>
        <h1>Follow-ups</h1>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          All contacts
        </button>
      </header>
      {copied && (
        <p role="status" className="ok">
          {copied}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {data === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <FollowUpList
          items={items}
          now={now}
          onDone={(item) => run(sendMessage('completeDue', { contactId: item.contactId }))}
          onSnooze={(item, days) => run(sendMessage('snoozeDue', { contactId: item.contactId, days }))}
          onOpenContact={(item) => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#contact/${item.contactId}`) })}
          onCopyDraft={(item) =>
            run(
              draftFor(item).then(async (text) => {
                await copyText(text);
                setCopied(`Copied the draft for ${item.name}. Edit it as you like before sending.`);
              }),
            )
          }
        />
      )}
    </div>
  );
}

/** The same draft the sidebar would offer for this step, made from the stored contact. */
async function draftFor(item: FollowUpItem): Promise<string> {
  const kind = messageForDue(item.kind);
  const contact = await getContact(item.contactId);
  if (!kind || !contact) throw new Error('There is no draft for this step.');
  const [settings, meetings, interactions, referrer] = await Promise.all([
    getSettings(),
    listMeetings(contact.id),
    listInteractions(contact.id),
    contact.referredBy ? getContact(contact.referredBy) : undefined,
  ]);
  const context = draftContextFor({
    contact,
    user: settings,
    referredByName: referrer?.name,
    meetings,
    lastRequestAt: interactions.find((i) => i.kind === 'request-sent')?.at,
  });
  const draft = draftMessage(kind, context);
  return draft.subject ? `Subject: ${draft.subject}\n\n${draft.body}` : draft.body;
}

function toItem(contact: StoredContact, now: number): FollowUpItem[] {
  const due = dueWords(contact, now);
  if (!due || contact.nextDueAt === undefined) return [];
  return [
    {
      contactId: contact.id,
      name: contact.name,
      company: contact.currentCompany,
      kind: due.kind,
      text: due.text,
      dueAt: contact.nextDueAt,
      overdueAt: due.kind === 'thank-you' ? contact.thankYouOverdueAt : undefined,
      profileUrl: contact.profileUrl,
    },
  ];
}
