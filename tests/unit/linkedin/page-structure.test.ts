/**
 * "Report a page we can't read" saves the page's structure only. Whatever a page holds — names, slugs,
 * profile URLs, emails, phone numbers, member ids, in text or in any attribute but `class` — none of it
 * survives into the file; tags, attribute names and class names do.
 */
import fc from 'fast-check';
import { extractProfile } from '../../../lib/linkedin/extract-profile';
import { pageStructure } from '../../../lib/linkedin/page-structure';
import { loadFixtures, parse } from './load-fixtures';

const name = fc.tuple(fc.stringMatching(/^[A-Z][a-z]{3,9}$/u), fc.stringMatching(/^[A-Z][a-z]{3,11}$/u)).map(([a, b]) => `${a} ${b}`);
const slug = fc.stringMatching(/^[a-z]{3,8}-[a-z]{3,8}-[0-9a-f]{6,8}$/u);
const email = fc.tuple(fc.stringMatching(/^[a-z]{3,8}$/u), fc.stringMatching(/^[a-z]{3,8}$/u)).map(([a, b]) => `${a}.${b}@example.org`);
const number = fc.integer({ min: 100_000, max: 2_000_000_000 }).map(String);
const secret = fc.oneof(name, slug, email, number, slug.map((s) => `https://www.linkedin.com/in/${s}/`));

const TAGS = ['div', 'section', 'span', 'p', 'h1', 'h2', 'li', 'a', 'img', 'code', 'script'] as const;
const ATTRIBUTES = ['id', 'href', 'src', 'alt', 'title', 'aria-label', 'data-member-id', 'data-entity-urn', 'role', 'data-view-name', 'content'] as const;
const CLASS_NAME = fc.stringMatching(/^[a-z]{2,8}(?:-[a-z]{2,8})?$/u);

interface Node {
  tag: (typeof TAGS)[number];
  classes: string[];
  attributes: [string, string][];
  text: string;
  children: Node[];
}
/** A random element tree, at most `depth` levels deep. */
function treeOf(depth: number): fc.Arbitrary<Node> {
  return fc.record({
    tag: fc.constantFrom(...TAGS),
    classes: fc.array(CLASS_NAME, { maxLength: 3 }),
    attributes: fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), secret), { maxLength: 3 }),
    text: fc.oneof(secret, fc.constant(''), secret.map((s) => `Contact ${s} today`)),
    children: depth > 1 ? fc.array(treeOf(depth - 1), { maxLength: 3 }) : fc.constant([]),
  });
}
const tree = treeOf(4);

function build(doc: Document, node: Node, parent: Element): void {
  const el = doc.createElement(node.tag);
  if (node.classes.length) el.setAttribute('class', node.classes.join(' '));
  for (const [key, value] of node.attributes) el.setAttribute(key, value);
  if (node.text) el.append(doc.createTextNode(node.text));
  for (const child of node.children) build(doc, child, el);
  parent.append(el);
}

function secretsOf(node: Node, out: string[] = []): string[] {
  out.push(...node.attributes.map(([, value]) => value));
  if (node.text) out.push(node.text.replace(/^Contact | today$/gu, ''));
  for (const child of node.children) secretsOf(child, out);
  return out;
}

describe('pageStructure', () => {
  it('keeps no name, slug, URL, email or number from the page (property)', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), name, slug, (trees, title, pageSlug) => {
        const doc = document.implementation.createHTMLDocument(`${title} | LinkedIn`);
        const main = doc.createElement('main');
        doc.body.append(main);
        for (const node of trees) build(doc, node, main);
        const url = new URL(`https://www.linkedin.com/in/${pageSlug}/`);
        const file = JSON.stringify(pageStructure(doc, url, extractProfile(doc, url)));
        for (const value of [...trees.flatMap((node) => secretsOf(node)), title, pageSlug, url.href]) {
          expect(file).not.toContain(value);
        }
        // The structure is there: every tag and class name of the page.
        for (const node of trees) {
          expect(file).toContain(`<${node.tag}`);
          for (const className of node.classes) expect(file).toContain(className);
        }
      }),
      { numRuns: 100, seed: 18 },
    );
  });

  it.each(loadFixtures().map((f) => [f.name, f] as const))('%s: the copy names nobody and keeps the trace', (_name, fixture) => {
    const doc = parse(fixture.html);
    const url = new URL(fixture.spec.url);
    const extraction = extractProfile(doc, url);
    const structure = pageStructure(doc, url, extraction);
    const file = JSON.stringify(structure);
    const slug = /\/in\/([^/]+)/u.exec(fixture.spec.url)![1]!;
    for (const value of [fixture.spec.expected.name, fixture.spec.expected.headline, fixture.spec.expected.location, fixture.spec.viewerName, slug]) {
      if (typeof value === 'string' && value !== 'Sample text') expect(file).not.toContain(value);
    }
    expect(structure.trace).toEqual(extraction.trace);
    expect(structure.missing).toEqual(extraction.missing);
    expect(structure.html).toMatch(/<main/u);
  });
});
