import { useLiveQuery } from 'dexie-react-hooks';
import { STATUS_LABELS } from '@/lib/model/contact';
import { buildReferralTree, type ReferralNode } from '@/lib/report/referral-tree';
import { listContacts } from '@/storage/contacts';

/** Who led to whom: each first contact, and the people their conversations opened up. */
export function NetworkSection() {
  const tree = useLiveQuery(async () => buildReferralTree(await listContacts()), []);
  return (
    <section className="stack" aria-labelledby="network-heading">
      <h2 id="network-heading">Referral tree</h2>
      <p className="hint">Who suggested whom. Leads you add to a meeting appear under the person who suggested them.</p>
      {tree === undefined && <p className="muted">Loading…</p>}
      {tree && tree.roots.length === 0 && (
        <p className="card">No referrals yet. After a conversation, add the people they suggest as leads in the meeting notes.</p>
      )}
      {tree && tree.roots.length > 0 && (
        <ul className="tree" aria-label="Referral tree">
          {tree.roots.map((node) => (
            <Node key={node.id} node={node} />
          ))}
        </ul>
      )}
      {tree && tree.unconnected > 0 && <p className="hint">{tree.unconnected} other contacts neither referred anyone nor were referred.</p>}
    </section>
  );
}

function Node({ node }: { node: ReferralNode }) {
  return (
    <li>
      <a href={`#contact/${node.id}`}>{node.name}</a>
      <span className="hint">
        {' '}
        · {STATUS_LABELS[node.status]}
        {node.currentCompany ? ` · ${node.currentCompany}` : ''}
      </span>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <Node key={child.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
