import { allFixtures, mutateAndExtract } from './mutate';

const mine = allFixtures.filter((f) => f.index % 2 === 1);

describe('extractProfile never throws on damaged pages (2/2)', () => {
  it.each(mine.map((f) => [f.name, f] as const))('%s: seeded mutations pass ExtractionSchema with the slug', (_name, fixture) => {
    mutateAndExtract(fixture);
  }, 120_000);
});
