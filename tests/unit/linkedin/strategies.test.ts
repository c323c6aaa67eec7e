import { canExtract, extractProfile } from '../../../lib/linkedin/extract-profile';
import { ExtractionSchema } from '../../../lib/linkedin/profile';
import { valueFromLabel } from '../../../lib/linkedin/from-top-card';
import { parse } from './load-fixtures';

const URL_OF = (slug: string) => new URL(`https://www.linkedin.com/in/${slug}/`);

/** A 2024 signed-in page the way the demo profile is written: top card, anchors, doubled spans. */
function page2024(extra = ''): string {
  return `<main><section data-member-id="1"><div>
    <img src="data:image/gif;base64,R0lGOD" alt="Demo Person" title="Demo Person">
    <h1 class="text-heading-xlarge">Demo  Person</h1>
    <div class="text-body-medium break-words">Staff Engineer at Demo Co</div>
    <ul><li><button aria-label="Current company: Demo Co. Click to skip to experience card"><span>Demo Co</span></button></li></ul>
    <div><span class="text-body-small inline t-black--light break-words">Lisbon, Portugal</span>
      <span><a href="/in/demo-person/overlay/contact-info/">Contact info</a></span></div></div></section>
  <section><div id="about"></div><h2><span aria-hidden="true">About</span><span class="visually-hidden">About</span></h2>
    <div><span aria-hidden="true">I build   things.</span><span class="visually-hidden">I build things.</span></div></section>
  <section><div id="experience"></div><ul><li><div data-view-name="profile-component-entity">
    <span aria-hidden="true">Staff Engineer</span><span class="visually-hidden">Staff Engineer</span>
    <span aria-hidden="true">Demo Co · Full-time</span><span class="visually-hidden">Demo Co · Full-time</span>
    <span aria-hidden="true">Jan 2020 - Present · 4 yrs</span><span class="visually-hidden">Jan 2020 to Present</span>
    <span aria-hidden="true">Lisbon, Portugal · Hybrid</span></div></li></ul></section>
  <section><div id="education"></div><ul><li><div data-view-name="profile-component-entity">
    <span aria-hidden="true">Demo University</span><span aria-hidden="true">MSc, Computer Science</span>
    <span aria-hidden="true">2010 - 2012</span></div></li></ul></section>${extra}</main>`;
}

describe('extractProfile strategies', () => {
  it('reads a 2024 signed-in page like the demo profile, each doubled text once', () => {
    const { profile, layout, missing } = extractProfile(parse(page2024()), URL_OF('demo-person'));
    expect(profile).toMatchObject({
      name: 'Demo Person',
      headline: 'Staff Engineer at Demo Co',
      location: 'Lisbon, Portugal',
      currentCompany: 'Demo Co',
      currentTitle: 'Staff Engineer',
      about: 'I build things.',
      experience: [{ title: 'Staff Engineer', company: 'Demo Co', dateRange: 'Jan 2020 - Present · 4 yrs', location: 'Lisbon, Portugal' }],
      education: [{ school: 'Demo University', degree: 'MSc', field: 'Computer Science', dateRange: '2010 - 2012' }],
    });
    expect(profile.photoUrl).toBeUndefined(); // a data: URI placeholder is never a photo
    expect(missing).toEqual(['photoUrl']);
    expect(layout).toBe('2024-signed-in');
  });

  it('takes JSON blob data only from the profile whose slug is in the URL, never the viewer', () => {
    const blob = (o: object) => `<code id="bpr-guid-${Math.random()}">${JSON.stringify({ data: {}, included: [o] })}</code>`;
    const viewer = blob({ publicIdentifier: 'the-viewer', firstName: 'Vera', lastName: 'Viewer', headline: 'Viewer headline' });
    const viewed = blob({ publicIdentifier: 'Demo-Person', firstName: 'Jay', lastName: 'Son', headline: 'From JSON', summary: 'JSON about' });
    const onlyViewer = extractProfile(parse(viewer + '<main><p>nothing</p></main>'), URL_OF('demo-person'));
    expect(JSON.stringify(onlyViewer)).not.toMatch(/Vera|Viewer/u);
    const both = extractProfile(parse(viewer + viewed + page2024()), URL_OF('demo-person'));
    expect(both.profile).toMatchObject({ name: 'Jay Son', headline: 'From JSON', about: 'JSON about' });
  });

  it('ignores JSON-LD and og: tags that describe another slug', () => {
    const html = `<head><meta property="og:url" content="https://www.linkedin.com/in/someone-else">
      <meta property="og:title" content="Someone Else - Boss | LinkedIn">
      <script type="application/ld+json">{"@type":"Person","name":"Someone Else","url":"https://www.linkedin.com/in/someone-else"}</script></head><body></body>`;
    const result = extractProfile(parse(html), URL_OF('demo-person'));
    expect(result.profile.name).toBeUndefined();
  });

  it('reads the current company from an aria-label in any language', () => {
    expect(valueFromLabel('Current company: Demo Co. Click to skip to experience card')).toBe('Demo Co');
    expect(valueFromLabel('Entreprise actuelle : Société Démo. Cliquez pour passer à la carte Expérience')).toBe('Société Démo');
    expect(valueFromLabel('Edit background image')).toBeUndefined();
  });

  it('caps long values instead of failing', () => {
    const long = 'x'.repeat(10_000);
    const html = page2024().replace('Demo  Person', long).replace('I build   things.', long);
    const result = extractProfile(parse(html), URL_OF('demo-person'));
    expect(ExtractionSchema.safeParse(result).success).toBe(true);
    expect(result.profile.name).toHaveLength(200);
    expect(result.profile.about).toHaveLength(2_600);
  });

  it.each([
    ['https://fr.linkedin.com/in/D%C3%A9mo-Person?trk=x#top', 'démo-person'],
    ['https://www.linkedin.com/in/demo-person/details/experience/', 'demo-person'],
  ])('normalises the slug of %s', (href, slug) => {
    const { profile } = extractProfile(parse('<p></p>'), new URL(href));
    expect(profile.slug).toBe(slug);
    expect(profile.profileUrl).toBe(`https://www.linkedin.com/in/${slug}/`);
  });

  it('returns a bare, valid result for a URL that is not a profile', () => {
    const url = new URL('https://www.linkedin.com/feed/');
    expect(canExtract(url)).toBe(false);
    const result = extractProfile(parse(page2024()), url);
    expect(result.profile.slug).toBe('unknown');
    expect(result.found).toEqual([]);
    expect(ExtractionSchema.safeParse(result).success).toBe(true);
  });

  it('never takes a school for the current company when the top card has no job', () => {
    const html = page2024()
      .replace('aria-label="Current company: Demo Co. Click to skip to experience card"><span>Demo Co</span>', 'aria-label="Formation : Demo University. Cliquez pour accéder à la carte formation"><span>Demo University</span>')
      .replace(/<section><div id="experience">[\s\S]*?<\/section>/u, '');
    const { profile } = extractProfile(parse(html), URL_OF('demo-person'));
    expect(profile.education[0]?.school).toBe('Demo University');
    expect(profile.currentCompany).toBeUndefined();
  });

  it('survives an empty document', () => {
    const result = extractProfile(document.implementation.createHTMLDocument(''), URL_OF('demo-person'));
    expect(result).toMatchObject({ profile: { slug: 'demo-person' }, found: [], layout: 'unknown' });
  });
});
