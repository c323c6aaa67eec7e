import { startOfDay } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import { FollowUpList, type FollowUpItem } from '@/components/FollowUpList';
import { useNow } from '@/hooks/use-now';
import { dueWords, overdueAtOf } from '@/lib/followups/due-words';
import { taskDueAt } from '@/lib/model/due';
import type { StoredTask } from '@/lib/model/task';
import type { StoredContact } from '@/lib/model/contact';
import { courseDueText } from '@/lib/course/due';
import { listOwed, type Owed } from '@/storage/due-reads';
import './popup.css';

/*
 * The first screen loads React, Dexie and the index reads of what is owed, and nothing else: no
 * schema, no message protocol, no drafts. Those (about 60 % of the popup's code) load right after it,
 * from ./actions, and before anyone can click.
 */
const loadActions = () => import('./actions');
const NewContactForm = lazy(() => import('@/components/NewContactForm').then(({ NewContactForm }) => ({ default: NewContactForm })));

/** `first`: the list as read before React started (main.tsx), so the first render already shows it. */
export function App({ first }: { first?: Owed }) {
  const now = useNow();
  const today = startOfDay(now).getTime();
  const data = useLiveQuery(() => listOwed(today), [today], first);
  const courseDues = data?.courseDues;
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  // The buttons' code loads once the list is on screen, not in its way.
  const shown = data !== undefined;
  useEffect(() => {
    if (shown) void loadActions();
  }, [shown]);
  const openContact = (id: number) => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#contact/${id}`) });
  // One list of what is owed: each contact's next step, and every open task, grouped by when.
  const items = [...(data?.contacts ?? []).flatMap((contact) => toItem(contact, now)), ...(data?.tasks ?? []).map(taskItem)].sort((a, b) => a.dueAt - b.dueAt);

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
        <div className="row">
          <button type="button" className="link" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
            New contact
          </button>
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            All contacts
          </button>
        </div>
      </header>
      <main className="stack">
        {courseDues && courseDues.length > 0 && (
          <ul className="plain course-dues" aria-label="Course due dates">
            {courseDues.map((due) => (
              <li key={`${due.courseName}-${due.label}-${due.at}`}>{courseDueText(due, now)}</li>
            ))}
          </ul>
        )}
        {adding && (
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <NewContactForm
              onSave={async (person) => (await loadActions()).addContact(person)}
              findNamesakes={async (name) => (await loadActions()).findNamesakes(name)}
              onCancel={() => setAdding(false)}
              onOpen={openContact}
            />
          </Suspense>
        )}
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
            onDone={(item) => run(loadActions().then((actions) => actions.markDone(item)))}
            onSnooze={(item, days) => run(loadActions().then((actions) => actions.snooze(item, days)))}
            onOpenContact={(item) => openContact(item.contactId)}
            onCopyDraft={(item) =>
              run(
                loadActions().then(async (actions) => {
                  await actions.copyDraft(item);
                  setCopied(`Copied the draft for ${item.name}. Edit it as you like before sending.`);
                }),
              )
            }
          />
        )}
      </main>
    </div>
  );
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
      overdueAt: overdueAtOf(contact),
      profileUrl: contact.profileUrl,
    },
  ];
}

function taskItem({ task, contact }: { task: StoredTask; contact: StoredContact }): FollowUpItem {
  return {
    contactId: contact.id,
    name: contact.name,
    company: contact.currentCompany,
    kind: 'task',
    text: task.text,
    dueAt: taskDueAt(task),
    profileUrl: contact.profileUrl,
    taskId: task.id,
  };
}
