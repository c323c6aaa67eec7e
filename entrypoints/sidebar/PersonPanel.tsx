import { useMemo, useState } from 'react';
import { ContactStatus } from '@/components/ContactStatus';
import { ProfileForm, type EditableField } from '@/components/ProfileForm';
import { INTERACTION_LABELS } from '@/lib/model/history';
import { STATUS_LABELS } from '@/lib/model/contact';
import { relativeTime } from '@/lib/format';
import { dueWords } from '@/lib/followups/due-words';
import { sendMessage, type SidebarState } from '@/lib/messaging';
import { draftValues, fieldsToSave, type Typed } from '@/lib/profile-draft';
import type { ListName } from '@/lib/model/protocol';
import { PageOffers } from './PageOffers';
import { MutualIntroductions } from './MutualIntroductions';
import { ReportPage } from './ReportPage';
import { PathsToSave, SavedContactPaths } from './ContactPaths';


function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}

/** The person as read from the page, editable, with "Save contact" and "Log meeting". */
export function PersonPanel({
  state,
  now,
  onSaved,
  onMeetingLogged,
  onSchedule,
}: {
  state: SidebarState;
  now: number;
  /** After "Save contact" succeeded (the sidebar moves focus to the saved card). */
  onSaved: () => void;
  /** After "Log meeting" succeeded, with what to tell the user (the sidebar shows the meeting form). */
  onMeetingLogged: (message: string) => void;
  /** "Schedule" (after a reply): the sidebar shows the schedule form. */
  onSchedule: () => void;
}) {
  const extraction = state.page!.extraction!;
  const slug = state.page!.slug;
  const { contact } = state;
  const [typed, setTyped] = useState<{ slug: string; values: Typed }>({ slug, values: {} });
  const [statusOf, setStatusOf] = useState<{ slug: string; ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Paths ticked before the first save, for this person only.
  const [tickedOf, setTickedOf] = useState<{ slug: string; pathUids: string[] }>({ slug, pathUids: [] });
  const ticked = tickedOf.slug === slug ? tickedOf.pathUids : [];
  // A lead saved by name with this person's name: ask before saving a second row ("Not them" answers).
  const [notLeadOf, setNotLeadOf] = useState<string | null>(null);
  const askLead = !contact && state.leadMatches.length > 0 && notLeadOf !== slug;
  // Typing and messages belong to one person: another profile starts from a clean slate.
  const typedValues = typed.slug === slug ? typed.values : {};
  const status = statusOf?.slug === slug ? statusOf : null;
  const setStatus = (ok: boolean, text: string) => setStatusOf({ slug, ok, text });
  const values = draftValues(extraction.profile, contact ?? undefined, typedValues);
  const due = contact ? dueWords(contact, now) : null;
  const unread = useMemo(() => new Set(extraction.missing.filter((f): f is EditableField => f in values)), [extraction, values]);

  const save = async () => {
    if (askLead) {
      setStatus(false, `${values.name || 'This person'} may be a lead you saved by name: choose “Link to this lead”, or “Not them” to save a new person.`);
      return;
    }
    setBusy(true);
    try {
      const pathUids = !contact && ticked.length > 0 ? { pathUids: ticked } : {};
      const saved = await sendMessage('saveContact', { slug, fields: fieldsToSave(values, extraction.profile), ...pathUids });
      setTyped({ slug, values: {} });
      setTickedOf({ slug, pathUids: [] });
      setStatus(true, `Saved ${saved.name} to your contacts.`);
      onSaved();
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
      setStatusOf(null);
      onMeetingLogged(`Meeting logged. Add your notes and leads below; send a thank-you within ${hours === 1 ? 'an hour' : `${hours} hours`}.`);
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

  const acceptList = async (list: ListName) => {
    setBusy(true);
    try {
      const updated = await sendMessage('acceptList', { slug, list });
      const n = updated[list].length;
      setStatus(true, list === 'experience' ? `Saved ${n} ${n === 1 ? 'job' : 'jobs'} from LinkedIn.` : `Saved ${n} ${n === 1 ? 'school' : 'schools'} from LinkedIn.`);
    } catch (error) {
      setStatus(false, errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const fillFromPage = async () => {
    setBusy(true);
    try {
      await sendMessage('fillFromPage', { slug });
      setStatus(true, 'Filled in what was empty from this page.');
    } catch (error) {
      setStatus(false, errorText(error));
    } finally {
      setBusy(false);
    }
  };

  // The background opens the tab: Firefox gives this frame no tabs API.
  const openInContacts = async (contactId: number) => {
    try {
      await sendMessage('openContact', { contactId });
    } catch (error) {
      setStatus(false, errorText(error));
    }
  };

  const markReply = async () => {
    if (!contact) return;
    setBusy(true);
    try {
      await sendMessage('logInteraction', { contactId: contact.id, kind: 'reply-received' });
      setStatus(true, 'Reply logged: no more nudges for this request. Next: schedule the chat (a reply proposing times is on the Message tab).');
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
        due={due}
      />
      {askLead &&
        state.leadMatches.map((lead) => (
          <div key={lead.id} className="card stack" role="group" aria-label={`Lead ${lead.name}`}>
            <p style={{ margin: 0 }}>
              <strong>{lead.name}</strong> is a lead{lead.referrerName ? ` ${lead.referrerName} suggested` : ''}. Is this them?
            </p>
            <div className="row">
              <button type="button" disabled={busy} onClick={() => void linkLead(lead.id)}>
                Link to this lead
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => {
                  setNotLeadOf(slug);
                  setStatus(true, 'Save contact adds them as a new person.');
                }}
              >
                Not them
              </button>
            </div>
          </div>
        ))}
      <MutualIntroductions state={state} />
      {contact && (
        <PageOffers
          contact={contact}
          extraction={extraction}
          lists={state.pageLists}
          busy={busy}
          onAcceptList={(list) => void acceptList(list)}
          onFill={() => void fillFromPage()}
        />
      )}
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
      {contact && <SavedContactPaths state={state} onStatus={setStatus} />}
      {contact && (
        <div className="row">
          <button type="button" className="link" onClick={() => void openInContacts(contact.id)}>
            Open in contacts
          </button>
        </div>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ProfileForm values={values} unread={unread} onChange={(field, value) => setTyped({ slug, values: { ...typedValues, [field]: value } })} />
      </form>
      {!contact && <PathsToSave state={state} selected={ticked} onChange={(pathUids) => setTickedOf({ slug, pathUids })} onError={(text) => setStatus(false, text)} />}
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
        {(contact?.status === 'replied' || contact?.status === 'scheduled') && (
          <button type="button" disabled={busy} onClick={onSchedule}>
            {contact.status === 'scheduled' ? 'Reschedule' : 'Schedule'}
          </button>
        )}
        {!contact && <p className="hint">Save the contact first to log a meeting.</p>}
      </div>
      <div role="status" aria-live="polite" className={status?.ok === false ? 'error' : 'ok'}>
        {status?.text}
      </div>
      <ReportPage extraction={extraction} />
    </div>
  );
}
