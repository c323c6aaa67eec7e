import { useEffect, useRef, useState } from 'react';
import { notifyDataChanged } from './notify';
import type { Undoable } from './undoable';

/** Where focus goes when the toast closes while it has it: the page's main region (focusable, tabIndex -1). */
const returnFocus = () => document.querySelector<HTMLElement>('main[tabindex]')?.focus();

/** Focus is nowhere: the button that was clicked left with what it deleted. */
const focusIsLost = () => document.activeElement === null || document.activeElement === document.body;

/**
 * "Deleted Maya. Undo" — for ten seconds a deletion or a merge can be taken back. An undo that
 * cannot work says why and stays on screen until closed.
 *
 * Focus: when the action left it nowhere (the Delete button went with its row, at once or when the
 * list read the database again), it lands on Undo, the next thing one may want; while it is inside the toast, the ten seconds wait; and when the toast
 * closes with focus inside, focus goes back to the page's main region rather than to nothing.
 */
export function UndoToast({ undo, onDone }: { undo: Undoable; onDone: () => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const toast = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const rescue = () => {
      if (focusIsLost()) undoButton.current?.focus();
    };
    // The button that had focus may be gone already (a contact's page closed), or go a moment later,
    // when the list it was in reads the database again (a course deleted): watch for it.
    const had = document.activeElement;
    const timer = setTimeout(rescue, 0);
    const observer = new MutationObserver(() => {
      if (had !== null && had !== document.body && !had.isConnected) {
        observer.disconnect();
        rescue();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [undo.key]);

  useEffect(() => {
    if (failure || focused) return undefined;
    const timer = setTimeout(onDone, 10_000);
    return () => clearTimeout(timer);
  }, [onDone, failure, focused]);

  const close = () => {
    const hadFocus = toast.current?.contains(document.activeElement) ?? false;
    onDone();
    if (hadFocus) returnFocus();
  };
  const tracking = {
    ref: toast,
    onFocus: () => setFocused(true),
    onBlur: (event: React.FocusEvent) => {
      if (!toast.current?.contains(event.relatedTarget as Node | null)) setFocused(false);
    },
  };

  if (failure) {
    return (
      <div role="alert" className="toast card row" {...tracking}>
        Could not undo: {failure}
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    );
  }
  return (
    <div role="status" className="toast card row" {...tracking}>
      {undo.message}
      <button
        ref={undoButton}
        type="button"
        onClick={async () => {
          try {
            await undo.run();
            notifyDataChanged();
            close();
          } catch (error) {
            setFailure(error instanceof Error ? error.message : String(error));
          }
        }}
      >
        Undo
      </button>
    </div>
  );
}
