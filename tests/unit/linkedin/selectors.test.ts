import * as selectors from '../../../lib/linkedin/selectors';
import type { SelectorVariant } from '../../../lib/linkedin/selectors';
import { extractProfile } from '../../../lib/linkedin/extract-profile';
import { loadFixtures, parse } from './load-fixtures';

const fixtures = new Map(loadFixtures().map((f) => [f.name, f]));

const lists = Object.entries(selectors).filter(([, value]) => Array.isArray(value)) as [string, readonly SelectorVariant[]][];
const variants = lists.flatMap(([name, list]) => list.map((variant) => [name, variant.selector, variant] as const));

describe('selectors.ts', () => {
  it('lists its variants, each with the layout it serves and the fixture that proves it', () => {
    expect(variants.length).toBeGreaterThan(20);
    for (const [, , variant] of variants) expect(variant.layout.length).toBeGreaterThan(0);
  });

  it.each(variants)('%s variant %s still matches its fixture', (_name, selector, variant) => {
    const fixture = fixtures.get(variant.fixture);
    expect(fixture, `fixture ${variant.fixture} exists`).toBeDefined();
    expect(parse(fixture!.html).querySelector(selector)).not.toBeNull();
  });

  it.each(selectors.LAYOUT_MARKERS.map((marker) => [marker.layout, marker] as const))(
    'the %s marker names the layout of its fixture',
    (_layout, marker) => {
      const fixture = fixtures.get(marker.fixture)!;
      const profile = extractProfile(parse(fixture.html), new URL(fixture.spec.url));
      expect(profile.layout).toBe(marker.layout);
    },
  );
});
