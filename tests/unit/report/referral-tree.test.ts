import {
  buildReferralTree,
  countDescendants,
  countInTree,
  treeDepth,
  type ReferralContact,
  type ReferralNode,
} from '@/lib/report/referral-tree';

const contact = (id: number, name: string, referredBy?: number, currentCompany?: string): ReferralContact => ({
  id,
  name,
  status: 'met',
  referredBy,
  currentCompany,
});

/** Names as nested arrays: [name, children] — what a reader of the tree sees. */
type Shape = [string, Shape[]];
const shape = (node: ReferralNode): Shape => [node.name, node.children.map(shape)];

/** Everyone in the tree, by id, to check that nobody appears twice. */
function ids(roots: readonly ReferralNode[]): number[] {
  const out: number[] = [];
  const stack = [...roots];
  for (let node = stack.pop(); node; node = stack.pop()) {
    out.push(node.id);
    stack.push(...node.children);
  }
  return out;
}

// Two first contacts; Maya's chain runs three levels deep. Two people stand alone.
const NETWORK = [
  contact(1, 'Maya Okafor', undefined, 'Lumen Health'),
  contact(2, 'Jonas Berg', 1, 'Lumen Health'),
  contact(3, 'Aisha Rahman', 1),
  contact(4, 'Pieter de Vries', 2, 'Rijkswaterstaat'),
  contact(5, 'Émile Laurent', 2),
  contact(6, 'Zoë Jansen', 4),
  contact(7, 'Carlos Mendes'),
  contact(8, 'Beatriz Lima', 7),
  contact(9, 'Nina Kowalski'),
  contact(10, 'Omar Haddad'),
];

describe('buildReferralTree', () => {
  it('shows who led to whom from the first contacts outward, children by name', () => {
    const { roots, unconnected } = buildReferralTree(NETWORK, 'en');
    expect(roots.map(shape)).toEqual([
      ['Carlos Mendes', [['Beatriz Lima', []]]],
      [
        'Maya Okafor',
        [
          ['Aisha Rahman', []],
          [
            'Jonas Berg',
            [
              ['Émile Laurent', []],
              ['Pieter de Vries', [['Zoë Jansen', []]]],
            ],
          ],
        ],
      ],
    ]);
    expect(unconnected).toBe(2);
    expect(treeDepth(roots)).toBe(4);
  });

  it('keeps the status and company of each person, and no company key when there is none', () => {
    const { roots } = buildReferralTree(NETWORK, 'en');
    const maya = roots[1];
    expect(maya).toMatchObject({ id: 1, name: 'Maya Okafor', status: 'met', currentCompany: 'Lumen Health' });
    expect(maya?.children[0]).not.toHaveProperty('currentCompany');
  });

  it('counts the people each contact led to, directly or through others', () => {
    const { roots } = buildReferralTree(NETWORK, 'en');
    expect(roots.map((root) => [root.name, countDescendants(root)])).toEqual([
      ['Carlos Mendes', 1],
      ['Maya Okafor', 5],
    ]);
    expect(countInTree(roots)).toBe(8);
  });

  it('makes a root of someone whose referrer was deleted', () => {
    const { roots, unconnected } = buildReferralTree([contact(2, 'Jonas Berg', 99), contact(4, 'Pieter', 2)], 'en');
    expect(roots.map(shape)).toEqual([['Jonas Berg', [['Pieter', []]]]]);
    expect(unconnected).toBe(0);
  });

  it('counts someone whose referrer was deleted and who referred nobody as unconnected', () => {
    expect(buildReferralTree([contact(2, 'Jonas Berg', 99)])).toEqual({ roots: [], unconnected: 1 });
  });

  it('treats someone who names themselves as referrer as having none', () => {
    expect(buildReferralTree([contact(1, 'Maya', 1)])).toEqual({ roots: [], unconnected: 1 });
  });

  it('is empty for no contacts', () => {
    const tree = buildReferralTree([]);
    expect(tree).toEqual({ roots: [], unconnected: 0 });
    expect(treeDepth(tree.roots)).toBe(0);
  });

  it('keeps the first of two contacts with the same id', () => {
    const { roots } = buildReferralTree([contact(1, 'Maya'), contact(1, 'Copy'), contact(2, 'Jonas', 1)]);
    expect(roots.map(shape)).toEqual([['Maya', [['Jonas', []]]]]);
  });
});

describe('buildReferralTree with loops (imported or hand-edited data)', () => {
  it('breaks a two-person loop at the first name and shows each person once', () => {
    const { roots, unconnected } = buildReferralTree([contact(1, 'Bram', 2), contact(2, 'Anna', 1)], 'en');
    expect(roots.map(shape)).toEqual([['Anna', [['Bram', []]]]]);
    expect(unconnected).toBe(0);
  });

  it('keeps the people hanging off a loop, and the loop beside an ordinary tree', () => {
    const contacts = [
      contact(1, 'Cleo', 3),
      contact(2, 'Dirk', 1),
      contact(3, 'Eva', 2), // Cleo → Dirk → Eva → Cleo
      contact(4, 'Finn', 2),
      contact(5, 'Gus', 4),
      contact(6, 'Anna'),
      contact(7, 'Ben', 6),
    ];
    const { roots } = buildReferralTree(contacts, 'en');
    expect(roots.map(shape)).toEqual([
      ['Anna', [['Ben', []]]],
      ['Cleo', [['Dirk', [['Eva', []], ['Finn', [['Gus', []]]]]]]],
    ]);
    const placed = ids(roots);
    expect(new Set(placed).size).toBe(placed.length);
    expect(placed).toHaveLength(contacts.length);
  });

  it('places everyone exactly once in a tangle of many loops', () => {
    // Every contact refers back into a ring of 50: loops plus long tails.
    const contacts = Array.from({ length: 500 }, (_, i) =>
      contact(i + 1, `Person ${(i * 37) % 500}`, i < 50 ? ((i + 1) % 50) + 1 : (i % 50) + 1),
    );
    const { roots, unconnected } = buildReferralTree(contacts);
    const placed = ids(roots);
    expect(new Set(placed).size).toBe(placed.length);
    expect(placed.length + unconnected).toBe(500);
    expect(roots).toHaveLength(1);
  });
});

describe('buildReferralTree at scale', () => {
  // Speed is measured by `npm run bench`, not asserted here.
  it('builds 10,000 contacts, and a 10,000-long chain without overflowing', () => {
    const wide = Array.from({ length: 10_000 }, (_, i) =>
      contact(i + 1, `Contact ${i}`, i < 20 ? undefined : Math.floor(i / 3) + 1),
    );
    const chain = Array.from({ length: 10_000 }, (_, i) => contact(i + 1, `Link ${i}`, i === 0 ? undefined : i));

    const tree = buildReferralTree(wide);

    expect(countInTree(tree.roots) + tree.unconnected).toBe(10_000);

    const long = buildReferralTree(chain);
    expect(treeDepth(long.roots)).toBe(10_000);
    expect(long.roots[0] && countDescendants(long.roots[0])).toBe(9_999);
  });
});
