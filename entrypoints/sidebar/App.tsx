import { useState } from 'react';
import { Tabs } from '@/components/Tabs';
import { useNow } from '@/hooks/use-now';
import { useStorageItem } from '@/hooks/use-storage-item';
import { sidebarCollapsed } from '@/storage/items';
import { MeetingPanel } from './MeetingPanel';
import { MessagePanel } from './MessagePanel';
import { PersonPanel } from './PersonPanel';
import { PrepPanel } from './PrepPanel';
import { useSidebarState } from './use-sidebar-state';

const TABS = [
  { id: 'person', label: 'Person' },
  { id: 'message', label: 'Message' },
  { id: 'prep', label: 'Prep' },
  { id: 'meeting', label: 'Meeting' },
] as const;
type Tab = (typeof TABS)[number]['id'];

export function App() {
  const state = useSidebarState();
  const [collapsed, setCollapsed] = useStorageItem(sidebarCollapsed);
  const [tab, setTab] = useState<Tab>('person');
  const now = useNow();
  const ready = state?.page?.extraction ? state : null;

  if (collapsed) {
    return (
      <button type="button" className="collapsed-tab" aria-expanded="false" onClick={() => setCollapsed(false)}>
        Open Coffee Chats
      </button>
    );
  }

  return (
    <div className="sidebar">
      <header>
        <h1>Coffee Chats</h1>
        <button type="button" className="link" aria-expanded="true" onClick={() => setCollapsed(true)}>
          Collapse sidebar
        </button>
      </header>
      {!ready ? (
        <main aria-busy="true">
          <p className="muted">{state ? 'Reading the profile…' : 'Connecting…'}</p>
        </main>
      ) : (
        <Tabs label="Coffee Chats" tabs={TABS} selected={tab} onSelect={setTab}>
          {/* Every panel stays mounted (hidden when not selected), so switching tabs loses no typing. */}
          <main key={ready.page!.slug}>
            <div hidden={tab !== 'person'} className="stack">
              <PersonPanel state={ready} now={now} onMeetingLogged={() => setTab('meeting')} />
            </div>
            <div hidden={tab !== 'message'} className="stack">
              <MessagePanel state={ready} />
            </div>
            <div hidden={tab !== 'prep'} className="stack">
              <PrepPanel state={ready} now={now} />
            </div>
            <div hidden={tab !== 'meeting'} className="stack">
              <MeetingPanel state={ready} now={now} />
            </div>
          </main>
        </Tabs>
      )}
    </div>
  );
}
