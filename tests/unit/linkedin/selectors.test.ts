import * as selectors from '../../../lib/linkedin/selectors';
import { loadFixtures, parse } from './load-fixtures';

const docs = loadFixtures().map((f) => parse(f.html));

const variants = Object.entries(selectors).flatMap(([name, list]) =>
  (list as readonly (string | readonly [string, string])[]).map((entry) => {
    const selector = typeof entry === 'string' ? entry : entry[1];
    return [name, selector] as const;
  }),
);

describe('selectors.ts', () => {
  it('lists its variants as arrays', () => {
    expect(variants.length).toBeGreaterThan(20);
  });

  it.each(variants)('%s variant %s still matches a fixture', (_name, selector) => {
    expect(docs.some((doc) => doc.querySelector(selector) !== null)).toBe(true);
  });
});
