import { useEffect, useState } from 'react';
import { notifyDataChanged } from './notify';
import type { Undoable } from './undoable';

/**
 * "Deleted Maya. Undo" — for ten seconds a deletion or a merge can be taken back. An undo that
 * cannot work says why and stays on screen until closed.
 */
export function UndoToast({ undo, onDone }: { undo: Undoable; onDone: () => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (failure) return undefined;
    const timer = setTimeout(onDone, 10_000);
    return () => clearTimeout(timer);
  }, [onDone, failure]);
  if (failure) {
    return (
      <div role="alert" className="toast card row">
        Could not undo: {failure}
        <button type="button" onClick={onDone}>
          Close
        </button>
      </div>
    );
  }
  return (
    <div role="status" className="toast card row">
      {undo.message}
      <button
        type="button"
        onClick={async () => {
          try {
            await undo.run();
            notifyDataChanged();
            onDone();
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
