import { PER_FIXTURE, allFixtures, mutateAndExtract } from './mutate';

// Even-indexed fixtures here, odd ones in mutation-odd.test.ts (vitest runs the files in parallel).
const mine = allFixtures.filter((f) => f.index % 2 === 0);

describe('extractProfile never throws on damaged pages (1/2)', () => {
  it.each(mine.map((f) => [f.name, f] as const))('%s: seeded mutations pass ExtractionSchema with the slug', (_name, fixture) => {
    mutateAndExtract(fixture);
  }, 120_000);

  it('mutates at least 1,000 documents across both files', () => {
    expect(allFixtures.length * PER_FIXTURE).toBeGreaterThanOrEqual(1_000);
  });
});
