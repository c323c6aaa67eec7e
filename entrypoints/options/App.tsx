import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useDeferredValue, useEffect, useState } from 'react';
import { ContactList } from '@/components/ContactList';
import { SettingsForm } from '@/components/SettingsForm';
import { useNow } from '@/hooks/use-now';
import { CONTACT_STATUSES, STATUS_LABELS } from '@/lib/model/contact';
import { listContacts, restoreContact, type DeletedContact } from '@/storage/contacts';
import { getSettings } from '@/storage/settings';
import { saveSettings } from '@/storage/followups';
import { BackupSection } from './BackupSection';
import { ContactSection } from './ContactSection';
import { NetworkSection } from './NetworkSection';
import { ReportSection } from './ReportSection';
import { TemplatesSection } from './TemplatesSection';
import { notifyDataChanged } from './notify';
import { useHashRoute } from './use-hash-route';
import './options.css';

const SECTIONS = [
  ['contacts', 'Contacts'],
  ['network', 'Referrals'],
  ['report', 'Interview report'],
  ['settings', 'Settings'],
  ['backup', 'Backup'],
] as const;

export function App() {
  const [route, navigate] = useHashRoute();
  const [deleted, setDeleted] = useState<DeletedContact | null>(null);
  const clearDeleted = useCallback(() => setDeleted(null), []);
  return (
    <div className="options">
      <header className="stack no-print">
        <h1>Coffee Chats</h1>
        <nav aria-label="Sections" className="row">
          {SECTIONS.map(([section, label]) => (
            <a key={section} href={`#${section}`} aria-current={route.section === section ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <p className="muted">Everything here is stored in this browser only. Nothing is sent anywhere.</p>
      </header>
      <main className="stack">
        {route.section === 'contacts' && route.contactId === undefined && <ContactsSection onOpen={(id) => navigate(`contact/${id}`)} />}
        {route.section === 'contacts' && route.contactId !== undefined && (
          <ContactSection key={route.contactId} id={route.contactId} onClose={() => navigate('contacts')} onDeleted={setDeleted} />
        )}
        {route.section === 'settings' && <SettingsSection />}
        {route.section === 'backup' && <BackupSection />}
        {route.section === 'network' && <NetworkSection />}
        {route.section === 'report' && <ReportSection />}
      </main>
      {deleted && <UndoToast key={deleted.contact.id} deleted={deleted} onDone={clearDeleted} />}
    </div>
  );
}

function ContactsSection({ onOpen }: { onOpen: (id: number) => void }) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const deferredQuery = useDeferredValue(query);
  const now = useNow();
  const contacts = useLiveQuery(() => listContacts({ query: deferredQuery, status: status || undefined }), [deferredQuery, status]);
  return (
    <section className="stack" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Contacts</h2>
      <div className="row filters">
        <label className="grow">
          Search
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name, company, school or tag" />
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">All</option>
            {CONTACT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {contacts === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <p className="hint" aria-live="polite">
            {contacts.length.toLocaleString()} {contacts.length === 1 ? 'contact' : 'contacts'}
          </p>
          <ContactList contacts={contacts} now={now} onOpen={onOpen} />
        </>
      )}
    </section>
  );
}

function SettingsSection() {
  const settings = useLiveQuery(() => getSettings(), []);
  if (!settings) return <p className="muted">Loading…</p>;
  return (
    <section className="stack" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <SettingsForm
        settings={settings}
        onSave={async (values) => {
          await saveSettings(values);
          notifyDataChanged();
        }}
        onEnableNotifications={() => browser.permissions.request({ permissions: ['notifications'] })}
      />
      <TemplatesSection />
    </section>
  );
}

/** "Deleted Maya. Undo" — for ten seconds, the contact and all its history can come back. */
function UndoToast({ deleted, onDone }: { deleted: DeletedContact; onDone: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onDone, 10_000);
    return () => clearTimeout(timer);
  }, [onDone]);
  return (
    <div role="status" className="toast card row">
      Deleted {deleted.contact.name}.
      <button
        type="button"
        onClick={async () => {
          await restoreContact(deleted);
          notifyDataChanged();
          onDone();
        }}
      >
        Undo
      </button>
    </div>
  );
}
