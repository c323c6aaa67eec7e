import { useMemo, useState } from 'react';
import { ContactStatus } from '@/components/ContactStatus';
import { ProfileForm, type EditableField } from '@/components/ProfileForm';
import { INTERACTION_LABELS } from '@/lib/model/history';
import { STATUS_LABELS } from '@/lib/model/contact';
import { relativeTime } from '@/lib/format';
import { dueWords } from '@/lib/followups/due-words';
import { sendMessage, type SidebarState } from '@/lib/messaging';
import { draftValues, fieldsToSave, type Typed } from '@/lib/profile-draft';


function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}

/** The person as read from the page, editable, with "Save contact" and "Log meeting". */
export function PersonPanel({ state, now, onMeetingLogged }: { state: SidebarState; now: number; onMeetingLogged: () => void }) {
  const extraction = state.page!.extraction!;
  const slug = state.page!.slug;
  const { contact } = state;
  const [typed, setTyped] = useState<{ slug: string; values: Typed }>({ slug, values: {} });
  const [statusOf, setStatusOf] = useState<{ slug: string; ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Typing and messages belong to one person: another profile starts from a clean slate.
  const typedValues = typed.slug === slug ? typed.values : {};
  const status = statusOf?.slug === slug ? statusOf : null;
  const setStatus = (ok: boolean, text: string) => setStatusOf({ slug, ok, text });
  const values = draftValues(extraction.profile, contact ?? undefined, typedValues);
  const due = contact ? dueWords(contact, now) : null;
  const unread = useMemo(() => new Set(extraction.missing.filter((f): f is EditableField => f in values)), [extraction, values]);

  const save = async () => {
    setBusy(true);
    try {
      const saved = await sendMessage('saveContact', { slug, fields: fieldsToSave(values, extraction.profile) });
      setTyped({ slug, values: {} });
      setStatus(true, `Saved ${saved.name} to your contacts.`);
    } catch (error) {
      setStatus(false, errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const logMeeting = async () => {
    if (!contact) return;
    setBusy(true);
    try {
      await sendMessage('logMeeting', { contactId: contact.id });
      const hours = state.settings.cadences.thankYouWithinHours;
      setStatus(true, `Meeting logged. Add your notes and leads below; send a thank-you within ${hours === 1 ? 'an hour' : `${hours} hours`}.`);
      onMeetingLogged();
    } catch (error) {
      setStatus(false, errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const linkLead = async (contactId: number) => {
    setBusy(true);
    try {
      await sendMessage('linkLead', { contactId, slug });
      setStatus(true, 'Linked: the lead now has this LinkedIn profile, and what was empty is filled in.');
    } catch (error) {
      setStatus(false, errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const markReply = async () => {
    if (!contact) return;
    setBusy(true);
    try {
      await sendMessage('logInteraction', { contactId: contact.id, kind: 'reply-received' });
      setStatus(true, 'Reply logged: no more nudges for this request. Time to schedule the chat!');
    } catch (error) {
      setStatus(false, errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <div>
        <h2>{values.name || 'Unnamed profile'}</h2>
        <p className="hint">linkedin.com/in/{slug}</p>
      </div>
      <ContactStatus
        now={now}
        savedAt={contact?.createdAt}
        updatedAt={contact?.updatedAt}
        thankYouDueAt={contact?.thankYouDueAt}
        overdueAt={contact?.thankYouOverdueAt}
      />
      {!contact &&
        state.leadMatches.map((lead) => (
          <div key={lead.id} className="card stack" role="group" aria-label={`Lead ${lead.name}`}>
            <p style={{ margin: 0 }}>
              <strong>{lead.name}</strong> is a lead{lead.referrerName ? ` ${lead.referrerName} suggested` : ''}. Is this them?
            </p>
            <div className="row">
              <button type="button" disabled={busy} onClick={() => void linkLead(lead.id)}>
                Link to this lead
              </button>
            </div>
          </div>
        ))}
      {contact && (
        <dl className="facts" aria-label="Where things stand">
          <dt>Status</dt>
          <dd>{STATUS_LABELS[contact.status]}</dd>
          {state.referrerName && (
            <>
              <dt>Referred by</dt>
              <dd>{state.referrerName}</dd>
            </>
          )}
          <dt>Last</dt>
          <dd>
            {state.lastInteraction
              ? `${INTERACTION_LABELS[state.lastInteraction.kind]}, ${relativeTime(state.lastInteraction.at, now)}`
              : 'Nothing logged yet'}
          </dd>
          <dt>Next</dt>
          <dd>{due ? `${due.text} (${due.when})` : 'Nothing due'}</dd>
          <dt>Notes</dt>
          <dd className="notes">{contact.notes || 'No notes yet (add them in the contact book).'}</dd>
        </dl>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ProfileForm values={values} unread={unread} onChange={(field, value) => setTyped({ slug, values: { ...typedValues, [field]: value } })} />
      </form>
      <div className="row sticky-actions">
        <button type="button" className="primary" disabled={busy || values.name.trim() === ''} onClick={save}>
          Save contact
        </button>
        <button type="button" disabled={busy || !contact} onClick={logMeeting}>
          Log meeting
        </button>
        {contact?.status === 'requested' && (
          <button type="button" disabled={busy} onClick={markReply}>
            Mark reply received
          </button>
        )}
        {!contact && <p className="hint">Save the contact first to log a meeting.</p>}
      </div>
      <div role="status" aria-live="polite" className={status?.ok === false ? 'error' : 'ok'}>
        {status?.text}
      </div>
    </div>
  );
}
