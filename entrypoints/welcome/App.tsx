import { useLiveQuery } from 'dexie-react-hooks';
import { LOOP, WelcomeForm } from '@/components/WelcomeForm';
import { sendMessage } from '@/lib/messaging';
import { saveSettings } from '@/storage/followups';
import { getSettings } from '@/storage/settings';
import './welcome.css';

/** The first-run page, opened by the background when the extension is installed. */
export function App() {
  const settings = useLiveQuery(() => getSettings(), []);
  const finish = async (patch: object) => {
    await saveSettings({ ...patch, welcomedAt: Date.now() });
    sendMessage('dataChanged', undefined).catch(() => undefined);
  };
  return (
    <main className="welcome stack">
      <h1>Welcome to Coffee Chats</h1>
      <p>
        Coffee Chats helps you hold <strong>informational interviews</strong>: short conversations with people whose work interests you — to learn,
        never to ask for a job. It keeps the whole loop beside you:
      </p>
      <ol className="loop">
        {LOOP.map(([step, what]) => (
          <li key={step}>
            <strong>{step}</strong> {what}
          </li>
        ))}
      </ol>
      <p className="hint">
        Open any LinkedIn profile for the sidebar, or add someone you know with <strong>New contact</strong> in the toolbar popup. Everything stays in
        this browser.
      </p>
      <section className="card">
        {settings === undefined ? (
          <p className="muted">Loading…</p>
        ) : (
          <WelcomeForm
            stored={settings}
            onSave={finish}
            onSkip={() => {
              void finish({}).then(() => window.close());
            }}
          />
        )}
      </section>
    </main>
  );
}
