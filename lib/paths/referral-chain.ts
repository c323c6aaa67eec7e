/**
 * The referral chain of a path's findings — who led to whom — as a tree (the Markdown list) and as
 * layers (the deck's picture: each person one step further from where the chain started). Cycles
 * stop where they close; a person reached twice is placed once.
 */
import type { Findings } from '@/lib/model/findings';

export interface ChainNode {
  key: string;
  children: ChainNode[];
}

/** Who led to whom, from the people nobody referred; only people in the chain. */
export function referralTree(findings: Pick<Findings, 'people' | 'referrals'>): ChainNode[] {
  const order = new Map(findings.people.map((person, index) => [person.key, index]));
  const inChain = [...new Set(findings.referrals.flatMap((edge) => [edge.from, edge.to]))].filter((key) => order.has(key));
  inChain.sort((a, b) => order.get(a)! - order.get(b)!);
  const children = new Map<string, string[]>();
  const referred = new Set<string>();
  for (const { from, to } of findings.referrals) {
    if (!order.has(from) || !order.has(to)) continue;
    children.set(from, [...(children.get(from) ?? []), to]);
    referred.add(to);
  }
  const placed = new Set<string>();
  const grow = (key: string): ChainNode => {
    placed.add(key);
    const node: ChainNode = { key, children: [] };
    for (const child of children.get(key) ?? []) if (!placed.has(child)) node.children.push(grow(child));
    return node;
  };
  const roots: ChainNode[] = [];
  for (const key of inChain) if (!referred.has(key) && !placed.has(key)) roots.push(grow(key));
  // A chain that is all cycle has no start: begin where the findings list it first.
  for (const key of inChain) if (!placed.has(key)) roots.push(grow(key));
  return roots;
}

export interface ChainLayout {
  /** Each person in the chain with their step from the start (layer) and place in that step (row). */
  nodes: { key: string; layer: number; row: number }[];
  edges: { from: string; to: string }[];
  layers: number;
  rows: number;
}

/** The chain in layers for a picture: the start on the left, each referral one step to the right. */
export function referralLayout(findings: Pick<Findings, 'people' | 'referrals'>): ChainLayout {
  const nodes: ChainLayout['nodes'] = [];
  const perLayer: number[] = [];
  const walk = (node: ChainNode, layer: number) => {
    const row = perLayer[layer] ?? 0;
    perLayer[layer] = row + 1;
    nodes.push({ key: node.key, layer, row });
    for (const child of node.children) walk(child, layer + 1);
  };
  for (const root of referralTree(findings)) walk(root, 0);
  const keys = new Set(nodes.map((node) => node.key));
  const edges = findings.referrals.filter((edge) => keys.has(edge.from) && keys.has(edge.to) && edge.from !== edge.to);
  return { nodes, edges, layers: perLayer.length, rows: Math.max(0, ...perLayer) };
}
