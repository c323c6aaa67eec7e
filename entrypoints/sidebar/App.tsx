import { useMemo, useState } from 'react';
import { useNow } from '@/components/use-now';
import { ContactStatus } from '@/components/ContactStatus';
import { ProfileForm, type EditableField } from '@/components/ProfileForm';
import { DEFAULT_THANK_YOU_WITHIN_MS } from '@/lib/followups/next-due';
import { sendMessage } from '@/lib/messaging';
import { SIDEBAR_COLLAPSED_KEY } from '@/lib/preferences';
import { draftValues, fieldsToSave, type Typed } from '@/lib/profile-draft';
import { useCollapsed, useSidebarState } from './use-sidebar-state';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}

export function App() {
  const state = useSidebarState();
  const [collapsed, setCollapsed] = useCollapsed(SIDEBAR_COLLAPSED_KEY);
  const [typed, setTyped] = useState<{ slug: string | null; values: Typed }>({ slug: null, values: {} });
  // A message belongs to the profile it was about; another profile starts without one.
  const [statusOf, setStatusOf] = useState<{ slug: string | null; kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const now = useNow();

  const page = state?.page ?? null;
  const slug = page?.slug ?? null;
  const extraction = page?.extraction ?? null;
  const contact = state?.contact ?? null;
  // Typing belongs to one person: another profile starts from a clean slate.
  const typedValues = typed.slug === slug ? typed.values : {};
  const values = draftValues(extraction?.profile, contact ?? undefined, typedValues);
  const unread = useMemo(
    () => new Set((extraction?.missing ?? []).filter((f): f is EditableField => f in values)),
    [extraction, values],
  );

  const status = statusOf?.slug === slug ? statusOf : null;
  const setStatus = (next: { kind: 'ok' | 'error'; text: string }) => setStatusOf({ slug, ...next });

  if (collapsed) {
    return (
      <button type="button" className="collapsed-tab" aria-expanded="false" onClick={() => setCollapsed(false)}>
        Open Coffee Chats
      </button>
    );
  }

  const onChange = (field: EditableField, value: string) =>
    setTyped({ slug, values: { ...typedValues, [field]: value } });

  const save = async () => {
    if (!slug || !extraction) return;
    setBusy(true);
    try {
      const saved = await sendMessage('saveContact', { slug, fields: fieldsToSave(values, extraction.profile) });
      setTyped({ slug, values: {} });
      setStatus({ kind: 'ok', text: `Saved ${saved.name} to your contacts.` });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const logMeeting = async () => {
    if (!contact) return;
    setBusy(true);
    try {
      await sendMessage('logMeeting', { contactId: contact.id });
      setStatus({ kind: 'ok', text: 'Meeting logged. Send a thank-you note within 24 hours.' });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sidebar">
      <header>
        <h1>Coffee Chats</h1>
        <button type="button" className="link" aria-expanded="true" onClick={() => setCollapsed(true)}>
          Collapse sidebar
        </button>
      </header>
      <main aria-busy={!extraction} className="stack">
        {!state && <p className="muted">Connecting…</p>}
        {state && !extraction && <p className="muted">Reading the profile…</p>}
        {extraction && (
          <>
            <div className="row">
              <div>
                <h2>{values.name || 'Unnamed profile'}</h2>
                <p className="hint">linkedin.com/in/{extraction.profile.slug}</p>
              </div>
            </div>
            <ContactStatus
              now={now}
              savedAt={contact?.createdAt}
              updatedAt={contact?.updatedAt}
              thankYouDueAt={contact?.thankYouDueAt}
              overdueAt={
                contact?.thankYouDueAt === undefined ? undefined : contact.thankYouDueAt + DEFAULT_THANK_YOU_WITHIN_MS
              }
            />
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void save();
              }}
            >
              <ProfileForm values={values} unread={unread} onChange={onChange} />
              <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
            </form>
          </>
        )}
        <div role="status" aria-live="polite" className={status?.kind === 'error' ? 'error' : 'ok'}>
          {status?.text}
        </div>
      </main>
      {extraction && (
        <footer>
          <button type="button" className="primary" disabled={busy || values.name.trim() === ''} onClick={save}>
            Save contact
          </button>
          <button type="button" disabled={busy || !contact} onClick={logMeeting}>
            Log meeting
          </button>
          {!contact && <p className="hint">Save the contact first to log a meeting.</p>}
        </footer>
      )}
    </div>
  );
}
