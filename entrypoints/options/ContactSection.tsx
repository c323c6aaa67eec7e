import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ContactEditor } from '@/components/ContactEditor';
import { MeetingForm } from '@/components/MeetingForm';
import { MessageWriter } from '@/components/MessageWriter';
import { copyText } from '@/components/copy-text';
import { MESSAGE_KINDS } from '@/lib/model/message-kinds';
import { draftContextFor } from '@/lib/outreach/context';
import { suggestedDraftKind } from '@/lib/outreach/for-due';
import { listTemplates } from '@/storage/templates';
import { PrepCard } from '@/components/PrepCard';
import { useNow } from '@/hooks/use-now';
import { INTERACTION_LABELS } from '@/lib/model/history';
import { formatDateTime } from '@/lib/format';
import { dueWords } from '@/lib/followups/due-words';
import { thirtySecondIntro } from '@/lib/prep/introduction';
import { preparedQuestions } from '@/lib/prep/prepared';
import { deleteContact, getContact, restoreContact, updateContact } from '@/storage/contacts';
import { deleteInteraction, deleteMeeting, listInteractions, listMeetings, logInteraction, logMeeting, restoreHistory } from '@/storage/history';
import { MergeContacts } from './MergeContacts';
import type { Undoable } from './undoable';
import { savePrepQuestions, updateMeeting } from '@/storage/meetings';
import { getSettings } from '@/storage/settings';
import { listPaths } from '@/storage/paths';
import { courseQuestionsFor } from '@/storage/courses';
import { notifyDataChanged } from './notify';


interface Props {
  id: number;
  onClose: () => void;
  onUndoable: (undo: Undoable) => void;
}

/** One contact: their fields and notes, the prep card, their meetings and everything logged. */
export function ContactSection({ id, onClose, onUndoable }: Props) {
  const now = useNow();
  const data = useLiveQuery(async () => {
    const contact = await getContact(id);
    if (!contact) return { contact: undefined };
    const [referrer, meetings, interactions, settings, templates, paths, courseQuestions] = await Promise.all([
      contact.referredBy ? getContact(contact.referredBy) : undefined,
      listMeetings(id),
      listInteractions(id),
      getSettings(),
      listTemplates(),
      listPaths(),
      courseQuestionsFor(contact.pathUids ?? []),
    ]);
    return {
      contact,
      referrer,
      meetings: meetings.sort((a, b) => (b.heldAt ?? 0) - (a.heldAt ?? 0)),
      interactions,
      settings,
      templates,
      paths: paths.map(({ uid, name }) => ({ uid, name })),
      courseQuestions,
    };
  }, [id]);
  const [note, setNote] = useState('');
  if (data === undefined) return <p className="muted">Loading…</p>;
  const { contact } = data;
  if (!contact) return <p className="card">This contact no longer exists. <a href="#contacts">Back to contacts</a></p>;
  const { referrer, meetings, interactions, settings, templates, paths, courseQuestions } = data;
  const due = dueWords(contact, now);
  const prep = preparedQuestions(contact, settings!, new Date(now), contact.prepQuestions, referrer?.name, courseQuestions);
  const changed = <T,>(promise: Promise<T>) => promise.then((value) => (notifyDataChanged(), value));

  const remove = async () => {
    if (!window.confirm(`Delete ${contact.name} with their meetings and notes? You can undo this for a few seconds.`)) return;
    const deleted = await changed(deleteContact(id));
    onUndoable({ key: `contact-${id}-${deleted.contact.updatedAt}`, message: `Deleted ${contact.name}.`, run: () => restoreContact(deleted) });
    onClose();
  };
  const removeFromHistory = async (what: string, deleting: Promise<Parameters<typeof restoreHistory>[0]>) => {
    const deleted = await changed(deleting);
    onUndoable({ key: `history-${[...deleted.meetings, ...deleted.interactions].map((row) => row.uid).join()}`, message: `Deleted ${what}.`, run: () => restoreHistory(deleted) });
  };

  return (
    <div className="stack">
      <ContactEditor
        key={contact.id}
        contact={contact}
        referredByName={referrer?.name}
        paths={paths}
        onClose={onClose}
        onDelete={() => void remove()}
        onSave={async (patch) => {
          await changed(updateContact(id, patch));
        }}
      />
      <section className="card stack" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <p>
          <strong>Next:</strong> {due ? due.text : 'nothing due'}
          {due && <span className={due.late ? 'error' : 'hint'}> · {due.when} ({formatDateTime(due.at)})</span>}
        </p>
        <div className="row">
          <button type="button" onClick={() => void changed(logInteraction({ contactId: id, kind: 'reply-received', at: Date.now() }))}>
            Log reply received
          </button>
          <button type="button" onClick={() => void changed(logMeeting(id))}>
            Log meeting
          </button>
        </div>
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            if (!note.trim()) return;
            void changed(logInteraction({ contactId: id, kind: 'note', at: Date.now(), text: note.trim() })).then(() => setNote(''));
          }}
        >
          <label className="grow">
            Add to the history
            <input value={note} maxLength={5_000} onChange={(e) => setNote(e.target.value)} placeholder="e.g. Met again at the career fair" />
          </label>
          <button type="submit">Add note</button>
        </form>
        <ul className="history" aria-label="Interactions">
          {interactions!.map((item) => (
            <li key={item.id}>
              {INTERACTION_LABELS[item.kind]} <span className="hint">· {formatDateTime(item.at)}</span>{' '}
              <button
                type="button"
                className="link"
                aria-label={`Delete “${INTERACTION_LABELS[item.kind]}” of ${formatDateTime(item.at)}`}
                onClick={() => void removeFromHistory(`“${INTERACTION_LABELS[item.kind]}”`, deleteInteraction(item.id!))}
              >
                Delete
              </button>
              {item.text && <div className="hint quote">{item.text}</div>}
            </li>
          ))}
        </ul>
      </section>
      <section className="card stack" aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">Meetings</h2>
        {meetings!.length === 0 && <p className="hint">No meetings yet.</p>}
        {meetings!.map((meeting, index) => (
          <details key={meeting.id} open={index === 0}>
            <summary>Meeting on {meeting.heldAt !== undefined ? formatDateTime(meeting.heldAt) : 'a date to set'}</summary>
            <MeetingForm
              key={meeting.id}
              meeting={{ ...meeting, heldAt: meeting.heldAt ?? now }}
              prepared={prep.questions}
              paths={paths}
              contactPathUids={contact.pathUids}
              onSave={async (details) => {
                await changed(updateMeeting(meeting.id!, details));
              }}
            />
            <button type="button" onClick={() => void removeFromHistory('the meeting', deleteMeeting(meeting.id!))}>
              Delete meeting
            </button>
          </details>
        ))}
      </section>
      <section className="card stack" aria-labelledby="message-heading">
        <h2 id="message-heading">Message</h2>
        <MessageWriter
          key={`${contact.id}-${contact.nextDueKind ?? ''}`}
          initialKind={suggestedDraftKind(contact.nextDueKind, Boolean(referrer), contact.status, contact.relationship)}
          context={draftContextFor({
            contact,
            user: settings!,
            referredByName: referrer?.name,
            meetings: meetings!,
            lastRequestAt: interactions!.find((i) => i.kind === 'request-sent')?.at,
          })}
          templates={templates!}
          email={contact.email}
          onCopy={copyText}
          onSent={async (kind, text) => {
            const { logs, channel } = MESSAGE_KINDS[kind];
            await changed(logInteraction({ contactId: id, kind: logs, at: Date.now(), text, channel }));
          }}
        />
      </section>
      <MergeContacts contact={contact} onMerged={onUndoable} />
      <section className="card stack" aria-labelledby="prep-heading">
        <h2 id="prep-heading">Prep</h2>
        <PrepCard
          research={prep.research}
          questions={prep.questions}
          suggested={prep.suggested}
          introduction={thirtySecondIntro(settings!, contact)}
          onChange={(questions) => void changed(savePrepQuestions(id, questions.map(({ text, area }) => ({ text, area }))))}
        />
      </section>
    </div>
  );
}
