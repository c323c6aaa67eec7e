import { useLiveQuery } from 'dexie-react-hooks';
import { ContactTable } from '@/components/ContactTable';
import { listContacts } from '@/storage/contacts';
import './options.css';

export function App() {
  const contacts = useLiveQuery(() => listContacts(), []);
  return (
    <div className="options stack">
      <header>
        <h1>Coffee Chats — contacts</h1>
        <p className="muted">
          Everything here is stored in this browser only. Nothing is sent anywhere.
        </p>
      </header>
      {contacts === undefined ? <p className="muted">Loading…</p> : <ContactTable contacts={contacts} />}
    </div>
  );
}
