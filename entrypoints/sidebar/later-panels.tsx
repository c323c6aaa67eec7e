import { useEffect, useState } from 'react';

/**
 * The Message, Prep and Meeting panels, loaded after the Person panel is on screen: the sidebar's
 * first load carries only what shows the person (their code — drafting, prep questions, the calendar
 * file — comes in its own chunks: 513 → 393 KB first load). The README's bench section says what that
 * changes in time, and where the rest goes.
 */
const loadPanels = () =>
  Promise.all([import('./MessagePanel'), import('./PrepPanel'), import('./MeetingPanel')]).then(([message, prep, meeting]) => ({
    MessagePanel: message.MessagePanel,
    PrepPanel: prep.PrepPanel,
    MeetingPanel: meeting.MeetingPanel,
  }));

type Panels = Awaited<ReturnType<typeof loadPanels>>;
let loading: Promise<Panels> | undefined;

/**
 * The panels once `start` has been true (asked for after that render is on screen), else null. Once
 * loaded they stay loaded, so a panel that has mounted stays mounted and keeps what was typed in it.
 */
export function useLaterPanels(start: boolean): Panels | null {
  const [panels, setPanels] = useState<Panels | null>(null);
  useEffect(() => {
    if (!start || panels) return;
    let live = true;
    loading ??= loadPanels();
    loading.then(
      (loaded) => live && setPanels(loaded),
      (error: unknown) => {
        loading = undefined;
        console.warn('Coffee Chats could not load its panels', error);
      },
    );
    return () => {
      live = false;
    };
  }, [start, panels]);
  return panels;
}

/** What an unloaded panel shows for the moment its code takes to arrive. */
export function PanelLoading() {
  return <p className="muted">Loading…</p>;
}
