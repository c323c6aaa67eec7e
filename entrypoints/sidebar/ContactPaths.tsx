import { useState } from 'react';
import { PathPicker } from '@/components/PathPicker';
import { sendMessage, type SidebarState } from '@/lib/messaging';

/** "Add a career path": the background opens the contact book's paths (this frame has no tabs API). */
export function openPathsPage(onError: (text: string) => void) {
  sendMessage('openPaths', undefined).catch((error: unknown) => onError(error instanceof Error ? error.message : 'Could not open the contact book.'));
}

export const PATHS_HREF = () => browser.runtime.getURL('/options.html#paths');

/** Before saving: the paths to put the person on when "Save contact" is pressed. */
export function PathsToSave({ state, selected, onChange, onError }: { state: SidebarState; selected: readonly string[]; onChange: (next: string[]) => void; onError: (text: string) => void }) {
  return (
    <PathPicker
      paths={state.paths}
      selected={selected}
      onChange={onChange}
      hint="Ticked paths are added when you save the contact."
      pathsHref={PATHS_HREF()}
      onOpenPaths={() => openPathsPage(onError)}
    />
  );
}

/**
 * A saved contact's paths: each tick is the user's action and is saved at once (the whole list
 * as ticked). What is ticked shows at once and follows the stored contact once it holds it.
 */
export function SavedContactPaths({ state, onStatus }: { state: SidebarState; onStatus: (ok: boolean, text: string) => void }) {
  const contact = state.contact!;
  const stored = contact.pathUids ?? [];
  const [pending, setPending] = useState<{ contactId: number; pathUids: string[] } | null>(null);
  const mine = pending?.contactId === contact.id ? pending.pathUids : null;
  if (mine && mine.length === stored.length && mine.every((uid, i) => uid === stored[i])) setPending(null);
  const change = async (next: string[]) => {
    setPending({ contactId: contact.id, pathUids: next });
    try {
      await sendMessage('setContactPaths', { contactId: contact.id, pathUids: next });
      onStatus(true, 'Career paths saved.');
    } catch (error) {
      setPending(null);
      onStatus(false, error instanceof Error ? error.message : 'Could not save the career paths.');
    }
  };
  return (
    <PathPicker
      paths={state.paths}
      selected={mine ?? stored}
      onChange={(next) => void change(next)}
      pathsHref={PATHS_HREF()}
      onOpenPaths={() => openPathsPage((text) => onStatus(false, text))}
    />
  );
}
