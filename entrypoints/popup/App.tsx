import { copyText } from '@/components/copy-text';
import { addDays, endOfDay, startOfDay } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { FollowUpList, type FollowUpItem } from '@/components/FollowUpList';
import { NewContactForm } from '@/components/NewContactForm';
import { useNow } from '@/hooks/use-now';
import { sendMessage } from '@/lib/messaging';
import { draftContextFor } from '@/lib/outreach/context';
import { draftMessage } from '@/lib/outreach/draft';
import { dueWords, overdueAtOf } from '@/lib/followups/due-words';
import { taskDueAt, type StoredTask } from '@/lib/model/task';
import { listOpenTasksWithContacts } from '@/storage/tasks';
import { messageForDue } from '@/lib/model/due';
import { COURSE_DUE_DAYS_AHEAD, courseDueText } from '@/lib/course/due';
import { listCourseDueDates } from '@/storage/courses';
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
    const [due, later, tasks] = await Promise.all([listDueFollowUps(weekEnd), listUpcoming(weekEnd, LATER_LIMIT), listOpenTasksWithContacts()]);
    return { contacts: [...due, ...later], tasks };
  }, [weekEnd]);
  const today = startOfDay(now).getTime();
  const courseDues = useLiveQuery(async () => (await listCourseDueDates(today)).filter((due) => due.at <= endOfDay(addDays(today, COURSE_DUE_DAYS_AHEAD)).getTime()).slice(0, 3), [today]);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
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
          <NewContactForm
            onSave={async (person) => {
              const saved = await sendMessage('addContact', person);
              return { id: saved.id, name: saved.name };
            }}
            findNamesakes={(name) => sendMessage('namesakes', { name })}
            onCancel={() => setAdding(false)}
            onOpen={openContact}
          />
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
            onDone={(item) => run(item.taskId ? sendMessage('completeTask', { taskId: item.taskId }) : sendMessage('completeDue', { contactId: item.contactId }))}
            onSnooze={(item, days) =>
              run(item.taskId ? sendMessage('snoozeTask', { taskId: item.taskId, days }) : sendMessage('snoozeDue', { contactId: item.contactId, days }))
            }
            onOpenContact={(item) => openContact(item.contactId)}
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
      </main>
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
