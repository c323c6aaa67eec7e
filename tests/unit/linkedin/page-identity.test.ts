import { pageOwner, pagePrint } from '@/lib/linkedin/page-identity';
import { profileSlugFromUrl } from '@/lib/linkedin/url';
import { loadFixtures, parse } from './load-fixtures';

const fixtures = loadFixtures().map((fixture) => ({ ...fixture, slug: profileSlugFromUrl(fixture.spec.url)!, doc: parse(fixture.html) }));

/**
 * Pages that name nobody: the 2015 guest page and the 2024 detail page carry no link, JSON or address of the
 * person; the hand-written 2019 page has only its top card (after an in-app navigation a changed name confirms it).
 */
const SILENT = new Set(['2015-guest', '2024-signed-in-details-experience-fr', '2019-signed-in-mutuals']);

describe('whose page it is (after an in-app navigation)', () => {
  it.each(fixtures.filter((f) => !SILENT.has(f.name)).map((f) => [f.name, f] as const))('%s names its own person', (_name, fixture) => {
    expect(pageOwner(fixture.doc, fixture.slug)).toBe('this');
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s is never taken for someone else’s page', (_name, fixture) => {
    expect(pageOwner(fixture.doc, 'someone-else-entirely')).not.toBe('this');
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s has a main card to tell it from the next page', (_name, fixture) => {
    expect(pagePrint(fixture.doc).trim()).not.toBe('');
  });

  it('does not count a link to another person’s profile, only to their own sub-pages', () => {
    const doc = parse(`<main><section><h1>Ada</h1><a href="/in/ada-demo/overlay/contact-info/">Contact info</a></section>
      <aside><a href="/in/ben-demo/">Ben</a><a href="https://www.linkedin.com/in/ben-demo?trk=x">Ben</a></aside></main>`);
    expect(pageOwner(doc, 'ada-demo')).toBe('this');
    expect(pageOwner(doc, 'ben-demo')).toBe('other');
    expect(pageOwner(parse('<main><h1>Nobody</h1></main>'), 'ben-demo')).toBe('unknown');
  });

  it('never throws on odd links', () => {
    const doc = parse('<main><a href="http://[::1">x</a><a href="/in/%E0%A4%A/overlay/">y</a><link rel="canonical" href="::"></main>');
    expect(pageOwner(doc, 'ada-demo')).toBe('unknown');
  });
});
