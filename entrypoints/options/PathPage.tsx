import { useLiveQuery } from 'dexie-react-hooks';
import { PathDetailsForm } from '@/components/PathDetailsForm';
import { PathFindings, PathPeople } from '@/components/PathFindings';
import { PathProgress } from '@/components/PathProgress';
import { SynthesisField } from '@/components/SynthesisField';
import { termWords } from '@/components/path-words';
import { pathFindingsWithContacts, updatePath } from '@/storage/paths';
import { notifyDataChanged } from './notify';

/**
 * `#path/<uid>`: one career path — its details (editable), progress and people, and what it
 * taught: everyone's answers by area side by side, the takeaways and resources, and the user's
 * synthesis per area. Everything follows the database live; only the user's saves write.
 */
export function PathPage({ uid }: { uid: string }) {
  const data = useLiveQuery(async () => (await pathFindingsWithContacts(uid)) ?? null, [uid]);
  if (data === undefined) return <p className="muted">Loading…</p>;
  if (data === null) {
    return (
      <p className="card">
        That career path no longer exists. <a href="#paths">Back to career paths</a>
      </p>
    );
  }
  const { path, findings, contactIds } = data;
  const save = async (patch: Record<string, unknown>) => {
    await updatePath(uid, patch);
    notifyDataChanged();
  };
  const term = termWords(path);

  return (
    <article className="stack path-page" aria-labelledby="path-heading">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="path-heading">{path.name}</h2>
        <div className="row no-print">
          <a href={`#path/${uid}/deck`}>Present it</a>
          <a href="#paths">Back to career paths</a>
        </div>
      </div>
      {path.why && <p>{path.why}</p>}
      <p className="hint">
        {term && `${term} · `}
        target {path.target} {path.target === 1 ? 'conversation' : 'conversations'}
        {path.archivedAt !== undefined && ' · archived'}
      </p>
      <details className="card no-print">
        <summary>Edit the career path</summary>
        <PathDetailsForm path={path} onSave={save} />
      </details>
      <section className="card stack" aria-labelledby="path-progress-heading">
        <h2 id="path-progress-heading">Progress</h2>
        <PathProgress name={path.name} funnel={findings.funnel} />
      </section>
      <PathPeople findings={findings} contactIds={contactIds} />
      <PathFindings
        findings={findings}
        contactIds={contactIds}
        synthesis={(area) => <SynthesisField key={area} area={area} text={path.synthesis[area] ?? ''} onSave={(text) => save({ synthesis: { [area]: text } })} />}
      />
    </article>
  );
}
