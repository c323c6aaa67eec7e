import type { Funnel } from '@/lib/model/findings';

/**
 * A path's progress: people asked, people who answered, and conversations held against the target,
 * with a bar the screen reader names ("Conversations held on UX research: 3 of 5").
 */
export function PathProgress({ name, funnel }: { name: string; funnel: Funnel }) {
  const { requests, replies, conversations, target } = funnel;
  return (
    <div className="path-progress">
      <p className="path-progress-line">
        <strong>
          {conversations} of {target} conversations
        </strong>
        <progress max={target} value={Math.min(conversations, target)} aria-label={`Conversations held on ${name}`}>
          {conversations} of {target}
        </progress>
      </p>
      <ol className="funnel" aria-label={`Progress on ${name}`}>
        <li>
          <span className="funnel-count">{requests}</span> {requests === 1 ? 'request sent' : 'requests sent'}
        </li>
        <li>
          <span className="funnel-count">{replies}</span> {replies === 1 ? 'reply' : 'replies'}
        </li>
        <li>
          <span className="funnel-count">{conversations}</span> {conversations === 1 ? 'conversation held' : 'conversations held'}
        </li>
      </ol>
    </div>
  );
}
