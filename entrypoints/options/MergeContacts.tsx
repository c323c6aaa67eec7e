import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { StoredContact } from '@/lib/model/contact';
import { listContacts } from '@/storage/contacts';
import { mergeContacts, unmergeContacts } from '@/storage/merge-contacts';
import type { Undoable } from './undoable';
import { notifyDataChanged } from './notify';

/**
 * Merge contacts: the same person saved twice (a lead by name, then their profile) becomes one
 * row — this one survives; the other's meetings, interactions, notes and referrals move to it.
 */
export function MergeContacts({ contact, onMerged }: { contact: StoredContact; onMerged: (undo: Undoable) => void }) {
  const others = useLiveQuery(async () => (await listContacts()).filter((c) => c.id !== contact.id), [contact.id]);
  const [otherId, setOtherId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const other = others?.find((c) => String(c.id) === otherId);
  return (
    <section className="card stack" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge contacts</h2>
      <p className="hint">Saved the same person twice? Pick the other copy: its meetings, history, notes and referrals move to {contact.name}.</p>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!other) return;
          if (!window.confirm(`Merge ${other.name} into ${contact.name}? You can undo this for a few seconds.`)) return;
          setError(null);
          mergeContacts(contact.id, other.id).then(
            (merged) => {
              notifyDataChanged();
              setOtherId('');
              onMerged({ key: `merge-${merged.absorbed.id}`, message: `Merged ${other.name} into ${contact.name}.`, run: () => unmergeContacts(merged) });
            },
            (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
          );
        }}
      >
        <label className="grow">
          The other copy
          <select value={otherId} onChange={(e) => setOtherId(e.target.value)}>
            <option value="">Choose a contact…</option>
            {(others ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} {c.slug ? `(linkedin.com/in/${c.slug})` : '(lead, no profile)'}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!other}>
          Merge into {contact.name}
        </button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
    </section>
  );
}
