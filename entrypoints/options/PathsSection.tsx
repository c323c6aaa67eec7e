import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { NewPathForm } from '@/components/NewPathForm';
import { PathProgress } from '@/components/PathProgress';
import { pathErrorText, termWords } from '@/components/path-words';
import { createPath, deletePath, listPathProgress, restorePath, updatePath, type PathProgress as Progress } from '@/storage/paths';
import { notifyDataChanged } from './notify';
import type { Undoable } from './undoable';

/**
 * `#paths`: the career paths the user is exploring, each with its progress and people, a form for
 * a new one, and archive or delete. A page per path (`#path/<uid>`) gathers what it taught.
 */
export function PathsSection({ onUndoable }: { onUndoable: (undo: Undoable) => void }) {
  const [showArchived, setShowArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const progress = useLiveQuery(() => listPathProgress({ archived: showArchived }), [showArchived]);
  const changed = <T,>(promise: Promise<T>) => promise.then((value) => (notifyDataChanged(), value));

  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      setMessage({ ok: false, text: pathErrorText(error) });
    }
  };
  const remove = (path: Progress['path']) =>
    act(async () => {
      if (!window.confirm(`Delete the career path “${path.name}”? Its people and conversations stay in your contact book. You can undo this for a few seconds.`)) return;
      const deleted = await changed(deletePath(path.uid));
      if (deleted) onUndoable({ key: `path-${path.uid}-${Date.now()}`, message: `Deleted the career path “${path.name}”.`, run: () => restorePath(deleted) });
    });

  return (
    <section className="stack paths" aria-labelledby="paths-heading">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="paths-heading">Career paths</h2>
        {!adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            New career path
          </button>
        )}
      </div>
      {adding && (
        <NewPathForm
          onCancel={() => setAdding(false)}
          onCreate={async (input) => {
            const path = await changed(createPath(input));
            setAdding(false);
            setMessage({ ok: true, text: `Created the career path “${path.name}”.` });
          }}
        />
      )}
      <p role="status" className={message?.ok === false ? 'error' : 'ok'}>
        {message?.text}
      </p>
      {progress === undefined ? (
        <p className="muted">Loading…</p>
      ) : progress.length === 0 ? (
        <div className="card stack">
          <p>
            A career path is a field you are exploring — regulatory affairs, UX research, bioprocess engineering — across several conversations with people who work in
            it. Give it a target (five conversations is a good start) and a term or a due day, then choose it when you save a person or log a meeting.
          </p>
          <p>Its page gathers everyone’s answers by area side by side, the takeaways and resources, and your own synthesis, ready to present.</p>
        </div>
      ) : (
        <ul className="plain path-list" aria-label="Your career paths">
          {progress.map((item) => (
            <PathCard key={item.path.uid} item={item} onArchive={(archivedAt) => act(() => changed(updatePath(item.path.uid, { archivedAt })))} onDelete={() => remove(item.path)} />
          ))}
        </ul>
      )}
      <label className="inline">
        <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
        Show archived career paths
      </label>
    </section>
  );
}

function PathCard({ item, onArchive, onDelete }: { item: Progress; onArchive: (archivedAt: number | null) => void; onDelete: () => void }) {
  const { path, funnel, people } = item;
  const term = termWords(path);
  const headingId = `path-${path.uid}`;
  return (
    <li className="card stack path-card" aria-labelledby={headingId}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h3 id={headingId}>
          <a href={`#path/${path.uid}`}>{path.name}</a> {path.archivedAt !== undefined && <span className="tag">Archived</span>}
        </h3>
        <span className="hint">
          {people} {people === 1 ? 'person' : 'people'}
          {term && ` · ${term}`}
        </span>
      </div>
      {path.why && <p className="hint">{path.why}</p>}
      <PathProgress name={path.name} funnel={funnel} />
      <div className="row">
        {path.archivedAt === undefined ? (
          <button type="button" onClick={() => onArchive(Date.now())} aria-label={`Archive ${path.name}`}>
            Archive
          </button>
        ) : (
          <button type="button" onClick={() => onArchive(null)} aria-label={`Unarchive ${path.name}`}>
            Unarchive
          </button>
        )}
        <button type="button" className="danger" onClick={onDelete} aria-label={`Delete ${path.name}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
