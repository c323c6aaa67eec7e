/**
 * Who led to whom: the referral chains from the first contacts outward. Pure: no storage, no clock.
 *
 * Each contact names at most one referrer (`referredBy`), so the links form a forest — unless data
 * was imported or edited by hand, when they can loop (A referred B, B referred A). A loop is broken
 * at the member that sorts first by name, which is then shown as a root; every contact appears at
 * most once and the walk never recurses, so a 10,000-long chain cannot overflow the stack.
 */
import type { ContactStatus } from '@/lib/model/contact';

export interface ReferralContact {
  id: number;
  name: string;
  status: ContactStatus;
  referredBy?: number | undefined;
  currentCompany?: string | undefined;
}

export interface ReferralNode {
  id: number;
  name: string;
  status: ContactStatus;
  currentCompany?: string;
  children: ReferralNode[];
}

export interface ReferralTree {
  /** Contacts nobody (known) referred who referred at least one person, sorted by name. */
  roots: ReferralNode[];
  /** Contacts outside any chain: no known referrer and nobody referred by them. */
  unconnected: number;
}

/** Sorts by name in the given locale, then by id so equal names keep a stable order. */
function byName(locale?: string): (a: ReferralContact, b: ReferralContact) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(a.name, b.name) || a.id - b.id;
}

function toNode(contact: ReferralContact): ReferralNode {
  const node: ReferralNode = { id: contact.id, name: contact.name, status: contact.status, children: [] };
  if (contact.currentCompany) node.currentCompany = contact.currentCompany;
  return node;
}

export function buildReferralTree(contacts: readonly ReferralContact[], locale?: string): ReferralTree {
  const compare = byName(locale);
  const byId = new Map<number, ReferralContact>();
  for (const contact of contacts) if (!byId.has(contact.id)) byId.set(contact.id, contact);

  /** A referrer we know of, other than the contact itself. */
  const referrerOf = (contact: ReferralContact): ReferralContact | undefined =>
    contact.referredBy === undefined || contact.referredBy === contact.id ? undefined : byId.get(contact.referredBy);

  const referred = new Map<number, ReferralContact[]>();
  for (const contact of byId.values()) {
    const referrer = referrerOf(contact);
    if (!referrer) continue;
    const list = referred.get(referrer.id);
    if (list) list.push(contact);
    else referred.set(referrer.id, [contact]);
  }
  for (const list of referred.values()) list.sort(compare);

  const placed = new Set<number>();
  /** Places `root` and everyone it led to, depth-first without recursion. */
  const grow = (root: ReferralContact): ReferralNode => {
    const top = toNode(root);
    placed.add(root.id);
    const stack = [top];
    for (let node = stack.pop(); node; node = stack.pop()) {
      for (const child of referred.get(node.id) ?? []) {
        if (placed.has(child.id)) continue; // only the contact a loop was broken at
        placed.add(child.id);
        const childNode = toNode(child);
        node.children.push(childNode);
        stack.push(childNode);
      }
    }
    return top;
  };

  const sorted = [...byId.values()].sort(compare);
  const roots: ReferralNode[] = [];
  let unconnected = 0;
  for (const contact of sorted) {
    if (referrerOf(contact)) continue;
    if (referred.has(contact.id)) roots.push(grow(contact));
    else unconnected += 1;
  }

  // Whoever is still unplaced hangs off a loop: walk up to the loop and break it at its first name.
  for (const contact of sorted) {
    if (placed.has(contact.id) || !referrerOf(contact)) continue;
    const seen = new Set<number>();
    let at: ReferralContact = contact;
    while (!seen.has(at.id)) {
      seen.add(at.id);
      at = referrerOf(at) ?? at; // always found: a chain that ended at a root would have been placed
    }
    let first = at;
    for (let member = referrerOf(at); member && member.id !== at.id; member = referrerOf(member)) {
      if (compare(member, first) < 0) first = member;
    }
    roots.push(grow(first));
  }
  roots.sort((a, b) => compare(a, b));

  return { roots, unconnected };
}

/** Levels in the deepest chain: 0 for no roots, 1 for roots that referred nobody. */
export function treeDepth(roots: readonly ReferralNode[]): number {
  let deepest = 0;
  const stack: [ReferralNode, number][] = roots.map((root) => [root, 1]);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    deepest = Math.max(deepest, depth);
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Everyone a contact led to, directly or through others (not counting the contact). */
export function countDescendants(node: ReferralNode): number {
  let count = 0;
  const stack = [...node.children];
  for (let next = stack.pop(); next; next = stack.pop()) {
    count += 1;
    for (const child of next.children) stack.push(child);
  }
  return count;
}

/** Everyone in the tree, roots included. */
export function countInTree(roots: readonly ReferralNode[]): number {
  return roots.reduce((sum, root) => sum + 1 + countDescendants(root), 0);
}
