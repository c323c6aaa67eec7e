/**
 * Issue 18: layouts the reader has never seen. Every anonymised fixture is rewritten the way a redesign
 * might rewrite it (variants.ts); on every variant the name and the headline are still read, the viewer
 * never comes out and nothing throws. The share of fields still read per variant kind is printed.
 */
import fc from 'fast-check';
import { extractProfile } from '../../../lib/linkedin/extract-profile';
import { ExtractionSchema, type Extraction } from '../../../lib/linkedin/profile';
import { loadFixtures, parse, type Fixture } from './load-fixtures';
import { VARIANT_KINDS, variantOf, type VariantKind } from './variants';

const fixtures = loadFixtures().map((f) => ({ ...f, doc: parse(f.html) }));
/** Detail pages show no headline at all (only the list and, in the title, the name). */
const showsHeadline = (f: Fixture) => typeof f.spec.expected.headline === 'string';

function check(fixture: Fixture & { doc: Document }, result: Extraction): void {
  expect(ExtractionSchema.safeParse(result).success).toBe(true);
  const { expected } = fixture.spec;
  expect(result.profile.slug).toBe(/\/in\/([^/]+)/u.exec(fixture.spec.url)?.[1]);
  expect(result.profile.name).toBe(expected.name);
  if (showsHeadline(fixture)) {
    const headline = expected.headline as string;
    if (headline === 'Sample text') expect(result.profile.headline).toMatch(/^Sample text/u);
    else expect(result.profile.headline).toBe(headline);
  }
  const viewer = fixture.spec.viewerName;
  if (viewer) for (const part of viewer.split(' ')) expect(JSON.stringify(result)).not.toContain(part);
}

const read = (fixture: (typeof fixtures)[number], kinds: VariantKind | VariantKind[], salt?: string) =>
  extractProfile(variantOf(fixture.doc, kinds, salt), new URL(fixture.spec.url));

describe('the reader on layouts it has never seen', () => {
  const cases = fixtures.flatMap((f) => VARIANT_KINDS.map((kind) => [f.name, kind, f] as const));

  it.each(cases)('%s, %s: name and headline read, the viewer never', (_name, kind, fixture) => {
    check(fixture, read(fixture, kind));
  });

  it('reads name and headline on any mix of rewrites, with any re-hashing (property)', () => {
    const kinds = VARIANT_KINDS.filter((k) => k !== 'original');
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.subarray([...kinds], { minLength: 1, maxLength: 3 }),
        fc.string({ minLength: 1, maxLength: 6 }),
        (fixture, mix, salt) => {
          // Two languages at once would not be a page; keep at most one.
          const isLanguage = (k: VariantKind) => k === 'french' || k === 'german' || k === 'spanish';
          const firstLanguage = mix.find(isLanguage);
          const chosen = mix.filter((k) => !isLanguage(k) || k === firstLanguage);
          check(fixture, read(fixture, chosen, salt));
        },
      ),
      { numRuns: 60, seed: 18 },
    );
  }, 60_000);

  it('reports the share of fields read per variant kind', { timeout: 60_000 }, () => {
    const rows = VARIANT_KINDS.map((kind) => {
      let read = 0;
      let possible = 0;
      for (const fixture of fixtures) {
        const original = new Set(extractProfile(fixture.doc, new URL(fixture.spec.url)).found);
        const variant = new Set(readVariant(fixture, kind).found);
        possible += original.size;
        read += [...original].filter((field) => variant.has(field)).length;
      }
      return { kind, read, possible, share: `${((read / possible) * 100).toFixed(0)} %` };
    });
    console.log(`Fields read per variant kind (of those read on the original page, ${fixtures.length} fixtures):`);
    console.table(rows);
    // Nothing is lost by translation or wrapping: those kinds keep every field.
    for (const row of rows.filter((r) => ['original', 'french', 'german', 'spanish', 'wrapped'].includes(r.kind))) {
      expect(row.read).toBe(row.possible);
    }
  });
});

function readVariant(fixture: (typeof fixtures)[number], kind: VariantKind) {
  return read(fixture, kind);
}
