import { useEffect, useRef, useState } from 'react';
import { Tabs } from '@/components/Tabs';
import { useFocusWhenReady } from '@/hooks/use-focus-when-ready';
import { useNow } from '@/hooks/use-now';
import { useStorageItem } from '@/hooks/use-storage-item';
import { sidebarCollapsed } from '@/storage/items';
import { SIDEBAR_MARKS, markStage } from '@/lib/sidebar-marks';
import { takeShownSlug } from './boot';
import { PanelLoading, useLaterPanels } from './later-panels';
import { PersonPanel } from './PersonPanel';
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
  const focusWhenReady = useFocusWhenReady();
  // Said where every tab can see it: a message from the Person tab outlives a switch to Meeting.
  const [announced, setAnnounced] = useState<{ slug: string; text: string } | null>(null);
  const slug = ready?.page?.slug;
  // The other tabs' code loads once the person is on screen (passive effects run after the paint).
  const panels = useLaterPanels(slug !== undefined && !collapsed);
  useEffect(() => {
    if (!slug || collapsed) return;
    // The boot script showed (and marked) the first person's name before the app loaded.
    if (slug !== takeShownSlug()) markStage(SIDEBAR_MARKS.name, slug);
    markStage(SIDEBAR_MARKS.panel, slug);
  }, [slug, collapsed]);

  // Collapsing or opening moves focus to the button that undoes it — never on load, only after a toggle.
  const toggled = useRef(false);
  const toggle = (value: boolean) => {
    toggled.current = true;
    void setCollapsed(value);
  };
  const wasCollapsed = useRef(collapsed);
  useEffect(() => {
    // The shortcut opens a folded sidebar and focuses it at once: the "Open" button it focused is gone, so focus would sit on <body>.
    const dropped = wasCollapsed.current === true && !collapsed && document.hasFocus() && document.activeElement === document.body;
    wasCollapsed.current = collapsed;
    if (!toggled.current && !dropped) return;
    toggled.current = false;
    document.querySelector<HTMLElement>('[aria-expanded]')?.focus();
  }, [collapsed]);

  // The keyboard shortcut focuses this frame from the page: land on the open tab (or the toggle), not on <body>.
  useEffect(() => {
    const onFocus = () => {
      if (document.activeElement !== document.body) return;
      document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"], [aria-expanded]')?.focus();
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  if (collapsed) {
    return (
      <main>
        <h1 className="visually-hidden">Coffee Chats</h1>
        <button type="button" className="collapsed-tab" aria-expanded="false" onClick={() => toggle(false)}>
          Open Coffee Chats
        </button>
      </main>
    );
  }

  return (
    <div className="sidebar">
      <header>
        <h1>Coffee Chats</h1>
        <button type="button" className="link" aria-expanded="true" onClick={() => toggle(true)}>
          Collapse sidebar
        </button>
      </header>
      <div role="status" aria-live="polite" className="ok announce">
        {announced?.slug === slug ? announced?.text : ''}
      </div>
      {!ready ? (
        <main aria-busy="true" className="stack">
          {state?.page ? (
            <>
              {/* After LinkedIn's in-app navigation the page may still show the previous person: nothing is read or saved until it shows this one. */}
              <p>Waiting for LinkedIn to show linkedin.com/in/{state.page.slug}…</p>
              <div className="row">
                <button type="button" className="primary" disabled>
                  Save contact
                </button>
              </div>
            </>
          ) : (
            <p className="muted">{state ? 'Reading the profile…' : 'Connecting…'}</p>
          )}
        </main>
      ) : (
        <main key={ready.page!.slug}>
          <Tabs label="Coffee Chats" tabs={TABS} selected={tab} onSelect={setTab}>
            {/* Every panel stays mounted (hidden when not selected), so switching tabs loses no typing. */}
            <div hidden={tab !== 'person'} className="stack">
              <PersonPanel
                state={ready}
                now={now}
                onSaved={() => focusWhenReady(() => document.querySelector<HTMLElement>('.contact-status'))}
                onMeetingLogged={(text) => {
                  setAnnounced({ slug: ready.page!.slug, text });
                  setTab('meeting');
                  focusWhenReady(() => document.querySelector<HTMLElement>('form[aria-label="Meeting notes"] :is(input, select, textarea)'));
                }}
                onSchedule={() => {
                  setTab('meeting');
                  focusWhenReady(() => document.querySelector<HTMLElement>('form[aria-label^="Schedule a conversation"] input'));
                }}
              />
            </div>
            <div hidden={tab !== 'message'} className="stack">
              {panels ? <panels.MessagePanel state={ready} /> : <PanelLoading />}
            </div>
            <div hidden={tab !== 'prep'} className="stack">
              {panels ? <panels.PrepPanel state={ready} now={now} /> : <PanelLoading />}
            </div>
            <div hidden={tab !== 'meeting'} className="stack">
              {panels ? <panels.MeetingPanel state={ready} now={now} /> : <PanelLoading />}
            </div>
          </Tabs>
        </main>
      )}
    </div>
  );
}
