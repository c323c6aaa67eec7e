import { extractProfile } from '../../../lib/linkedin/extract-profile';
import { ExtractionSchema } from '../../../lib/linkedin/profile';
import { loadFixtures, parse } from './load-fixtures';

/* Shared by mutation.test.ts and mutation-odd.test.ts: two files so vitest runs them on two cores. */

/** mulberry32: a tiny seeded PRNG, so a failure replays exactly. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Pick = <T>(items: readonly T[]) => T | undefined;
type Mutation = (elements: Element[], pick: Pick) => void;

const of = (elements: Element[], tags: string[]): Element[] => elements.filter((el) => tags.includes(el.tagName));
const TEXT_TAGS = ['SPAN', 'H1', 'H2', 'DIV', 'P', 'CODE', 'SCRIPT'];
const NASTY_TEXT = ['x'.repeat(5_000), '{"included":[{"publicIdentifier":null}]}', '{', ' \u00a0 ', '<b>', '😀'.repeat(400)];
const NASTY_VALUES = ['data:image/gif;base64,AAAA', 'javascript:alert(1)', ':', `https://${'a'.repeat(600)}`];

const MUTATIONS: Mutation[] = [
  // remove an element
  (elements, pick) => pick(elements)?.remove(),
  // strip every attribute of one element
  (elements, pick) => {
    const el = pick(elements.filter((e) => e.attributes.length > 0));
    for (const attr of [...(el?.attributes ?? [])]) el?.removeAttribute(attr.name);
  },
  // empty a text container
  (elements, pick) => {
    const el = pick(of(elements, TEXT_TAGS));
    if (el) el.textContent = '';
  },
  // duplicate a section, list item or JSON blob
  (elements, pick) => {
    const el = pick(of(elements, ['SECTION', 'LI', 'CODE']));
    el?.after(el.cloneNode(true));
  },
  // replace text by something hostile: huge, broken JSON, blank, markup, astral characters
  (elements, pick) => {
    const el = pick(of(elements, TEXT_TAGS));
    if (el) el.textContent = pick(NASTY_TEXT) ?? '';
  },
  // point a link, image or label somewhere it must not lead
  (elements, pick) => {
    const el = pick(of(elements, ['IMG', 'A', 'BUTTON']));
    el?.setAttribute(pick(['src', 'href', 'aria-label', 'alt']) ?? 'src', pick(NASTY_VALUES) ?? '');
  },
];

export const PER_FIXTURE = 130;
export const allFixtures = loadFixtures().map((f, index) => ({ ...f, index, doc: parse(f.html) }));

/** Mutates `PER_FIXTURE` clones of one fixture (seeded by its index) and checks every result. */
export function mutateAndExtract(fixture: (typeof allFixtures)[number]): void {
  const random = prng(20_240_601 + fixture.index);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const url = new URL(fixture.spec.url);
  const slug = /\/in\/([^/]+)/u.exec(fixture.spec.url)?.[1];
  for (let round = 0; round < PER_FIXTURE; round += 1) {
    const doc = fixture.doc.cloneNode(true) as Document;
    const count = 1 + Math.floor(random() * 12);
    // One element list per document (cheaper than a query per mutation); removed ones stay harmless.
    const elements = Array.from(doc.getElementsByTagName('*'));
    for (let i = 0; i < count; i += 1) pick(MUTATIONS)?.(elements, pick);
    const result = extractProfile(doc, url);
    const parsed = ExtractionSchema.safeParse(result);
    if (!parsed.success) throw new Error(`${fixture.name} round ${round}: ${parsed.error.message}`);
    if (result.profile.slug !== slug) throw new Error(`${fixture.name} round ${round}: slug ${result.profile.slug}`);
  }
}
