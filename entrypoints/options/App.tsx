import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useState, type ComponentType } from 'react';
import { ContactList } from '@/components/ContactList';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { TermTimeline } from '@/components/TermTimeline';
import { useNow } from '@/hooks/use-now';
import { CONTACT_STATUSES, STATUS_LABELS } from '@/lib/model/contact';
import { addPerson, listContacts, listFirstContacts, namesakesOf } from '@/storage/contacts';
import { pathTimeline } from '@/storage/paths';
import { listPaths } from '@/storage/paths';
import type { Undoable } from './undoable';
import { UndoToast } from './UndoToast';
import { notifyDataChanged } from './notify';
import { useHashRoute } from './use-hash-route';
import './options.css';

/**
 * Each section's code loads when it is opened. The contact book, where the page opens, loads with the
 * page; the rest (backup, report, paths, the contact page…) would otherwise delay its first rows.
 */
function section<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const get = () =>
    (loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  /** `preload()`: fetch the code now, so opening the section later does not wait for it. */
  return Object.assign(lazy(get), { preload: () => void get().catch(() => undefined) });
}
const ContactSection = section(() => import('./ContactSection').then((m) => m.ContactSection));
const PathsSection = section(() => import('./PathsSection').then((m) => m.PathsSection));
const PathPage = section(() => import('./PathPage').then((m) => m.PathPage));
const PathDeckPage = section(() => import('./PathDeckPage').then((m) => m.PathDeckPage));
// The instructor page anonymises findings with the deck's own code (an option of the section, so tests can leave it out).
const InstructorSection = section(async () => {
  const [{ InstructorSection: Section }, { anonymiseFindings }] = await Promise.all([import('./InstructorSection'), import('@/lib/paths/anonymise')]);
  return function Instructor({ onUndoable }: { onUndoable: (undo: Undoable) => void }) {
    return <Section anonymise={anonymiseFindings} onUndoable={onUndoable} />;
  };
});
const SettingsSection = section(() => import('./SettingsSection').then((m) => m.SettingsSection));
const BackupSection = section(() => import('./BackupSection').then((m) => m.BackupSection));
const NetworkSection = section(() => import('./NetworkSection').then((m) => m.NetworkSection));
const ReportSection = section(() => import('./ReportSection').then((m) => m.ReportSection));
const PrivacySection = section(() => import('./PrivacySection').then((m) => m.PrivacySection));
const NewContactForm = section(() => import('@/components/NewContactForm').then((m) => m.NewContactForm));

const SECTIONS = [
  ['contacts', 'Contacts'],
  ['paths', 'Career paths'],
  ['network', 'Referrals'],
  ['report', 'Interview report'],
  ['settings', 'Settings'],
  ['backup', 'Backup'],
  ['instructor', 'Instructor'],
  ['privacy', 'Privacy'],
] as const;

export function App() {
  const [route, navigate] = useHashRoute();
  const [undo, setUndo] = useState<Undoable | null>(null);
  const clearUndo = useCallback(() => setUndo(null), []);
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
        <p className="muted">
          Everything here is stored in this browser only. Nothing is sent anywhere (<a href="#privacy">privacy policy</a>).
        </p>
      </header>
      <main className="stack" tabIndex={-1}>
        <ErrorBoundary
          key={`${route.section}/${route.contactId ?? ''}/${route.pathUid ?? ''}/${route.view ?? ''}`}
          what={SECTIONS.find(([section]) => section === route.section)?.[1] ?? 'This section'}
          exit={
            route.section === 'paths' && route.pathUid !== undefined
              ? { href: '#paths', label: 'Back to career paths' }
              : route.section === 'contacts' && route.contactId === undefined
                ? undefined
                : { href: '#contacts', label: 'Back to contacts' }
          }
        >
          <Suspense fallback={<p className="muted">Loading…</p>}>
          {route.section === 'contacts' && route.contactId === undefined && <ContactsSection onOpen={(id) => navigate(`contact/${id}`)} />}
          {route.section === 'contacts' && route.contactId !== undefined && (
            <ContactSection key={route.contactId} id={route.contactId} onClose={() => navigate('contacts')} onUndoable={setUndo} />
          )}
          {route.section === 'paths' && route.pathUid === undefined && <PathsSection onUndoable={setUndo} />}
          {route.section === 'paths' && route.pathUid !== undefined && route.view === undefined && <PathPage uid={route.pathUid} />}
          {route.section === 'paths' && route.pathUid !== undefined && route.view === 'deck' && <PathDeckPage uid={route.pathUid} />}
          {route.section === 'instructor' && <InstructorSection onUndoable={setUndo} />}
          {route.section === 'settings' && <SettingsSection />}
          {route.section === 'backup' && <BackupSection />}
          {route.section === 'network' && <NetworkSection />}
          {route.section === 'report' && <ReportSection />}
          {route.section === 'privacy' && <PrivacySection />}
          </Suspense>
        </ErrorBoundary>
      </main>
      {undo && <UndoToast key={undo.key} undo={undo} onDone={clearUndo} />}
    </div>
  );
}

/** Rows the contact book shows before it has read every contact: more than a tall window holds. */
const FIRST_SCREEN_ROWS = 40;

function ContactsSection({ onOpen }: { onOpen: (id: number) => void }) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [pathUid, setPathUid] = useState('');
  const deferredQuery = useDeferredValue(query);
  const now = useNow();
  // The first screen of the book is read first, by index; then the whole book (10,000 rows take a while),
  // which replaces it. Read together, the small read waits behind the large one.
  const [readAll, setReadAll] = useState(false);
  const contacts = useLiveQuery(
    () => (readAll ? listContacts({ query: deferredQuery, status: status || undefined, pathUid: pathUid || undefined }) : undefined),
    [readAll, deferredQuery, status, pathUid],
  );
  const unfiltered = deferredQuery.trim() === '' && !status && !pathUid;
  const loading = contacts === undefined;
  const firstScreen = useLiveQuery(() => (loading && unfiltered ? listFirstContacts(FIRST_SCREEN_ROWS) : null), [loading, unfiltered]);
  if (!readAll && firstScreen !== undefined) setReadAll(true);
  const paths = useLiveQuery(() => listPaths(), []);
  const pathNames = new Map((paths ?? []).map((path) => [path.uid, path.name]));
  // A path deleted or archived meanwhile no longer filters the list.
  if (pathUid && paths !== undefined && !pathNames.has(pathUid)) setPathUid('');
  const [adding, setAdding] = useState(false);
  const timeline = useLiveQuery(() => pathTimeline(now), [now]);
  // Once rows are on screen, the code of what a click opens next: a contact, or a new one.
  const rowsShown = firstScreen !== undefined || contacts !== undefined;
  useEffect(() => {
    if (!rowsShown) return;
    ContactSection.preload();
    NewContactForm.preload();
  }, [rowsShown]);
  return (
    <section className="stack" aria-labelledby="contacts-heading">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="contacts-heading">Contacts</h2>
        {!adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            New contact
          </button>
        )}
      </div>
      {adding && (
        <Suspense fallback={<p className="muted">Loading…</p>}>
        <NewContactForm
          onSave={async (person) => {
            const saved = await addPerson(person);
            notifyDataChanged();
            return { id: saved.id, name: saved.name };
          }}
          findNamesakes={(name) => namesakesOf(name)}
          onCancel={() => setAdding(false)}
          onOpen={onOpen}
        />
        </Suspense>
      )}
      {timeline && <TermTimeline timeline={timeline} />}
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
        {paths !== undefined && paths.length > 0 && (
          <label>
            Career path
            <select value={pathUid} onChange={(e) => setPathUid(e.target.value)}>
              <option value="">All</option>
              {paths.map((path) => (
                <option key={path.uid} value={path.uid}>
                  {path.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {contacts === undefined ? (
        firstScreen ? (
          <>
            <p className="hint">Reading all contacts…</p>
            <ContactList contacts={firstScreen} now={now} onOpen={onOpen} pathNames={pathNames} />
          </>
        ) : (
          <p className="muted">Loading…</p>
        )
      ) : (
        <>
          <p className="hint" aria-live="polite">
            {contacts.length.toLocaleString()} {contacts.length === 1 ? 'contact' : 'contacts'}
          </p>
          <ContactList contacts={contacts} now={now} onOpen={onOpen} pathNames={pathNames} />
        </>
      )}
    </section>
  );
}
