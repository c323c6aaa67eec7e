import { extractProfile } from '../../../lib/linkedin/extract-profile';
import { ExtractionSchema, type Profile } from '../../../lib/linkedin/profile';
import { loadFixtures, parse } from './load-fixtures';

const fixtures = loadFixtures();
const TEXT_FIELDS = ['name', 'headline', 'location', 'currentCompany', 'currentTitle', 'about'] as const;

describe('extractProfile on every captured layout', () => {
  it('has the eight anonymised fixtures and the hand-written 2019 one', () => {
    expect(fixtures).toHaveLength(9);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, { html, spec }) => {
    const result = extractProfile(parse(html), new URL(spec.url));
    expect(ExtractionSchema.safeParse(result).success).toBe(true);
    const { profile } = result;
    const slug = /\/in\/([^/]+)/u.exec(spec.url)?.[1];
    expect(profile.slug).toBe(slug);
    expect(profile.profileUrl).toBe(`https://www.linkedin.com/in/${slug}/`);
    expect(result.layout).toBe(spec.layout);

    const want = spec.expected;
    for (const field of TEXT_FIELDS) {
      const value = want[field];
      if (typeof value !== 'string') continue;
      // Free text was replaced by filler when anonymising: a prefix is enough there.
      if (value === 'Sample text') expect(profile[field]).toMatch(/^Sample text/u);
      else expect(profile[field]).toBe(value);
    }
    if (want.photo === true) expect(profile.photoUrl).toMatch(/^https:\/\/media\.licdn\.com\//u);
    if (want.photo === false) expect(profile.photoUrl).toBeUndefined();
    expect(profile.experience).toHaveLength(want.experienceCount as number);
    expect(profile.education).toHaveLength(want.educationCount as number);
    if (want.firstExperience) expect(profile.experience[0]).toMatchObject(want.firstExperience);
    if (want.firstEducation) expect(profile.education[0]).toMatchObject(want.firstEducation);
    for (const [index, entry] of Object.entries((want.experience ?? {}) as Record<string, object>)) {
      expect(profile.experience[Number(index)]).toMatchObject(entry);
    }

    // found and missing split PROFILE_FIELDS between them, consistently with the profile.
    expect([...result.found, ...result.missing].sort()).toEqual(
      ['about', 'currentCompany', 'currentTitle', 'education', 'experience', 'headline', 'location', 'name', 'photoUrl'],
    );
    for (const field of result.found) expect(profile[field as keyof Profile]).toBeTruthy();
    // Every field read says which strategy read it; nothing else does.
    expect(Object.keys(result.trace ?? {}).sort()).toEqual([...result.found].sort());
    expect(result.mutuals ?? []).toEqual(spec.mutuals ?? []);
  });

  it.each(fixtures.filter((f) => f.spec.viewerName).map((f) => [f.name, f] as const))(
    '%s: the viewer embedded in the page never comes out',
    (_name, { html, spec }) => {
      const viewer = spec.viewerName ?? '';
      expect(html).toContain(viewer.split(' ')[0]); // the trap is really in the page
      const result = extractProfile(parse(html), new URL(spec.url));
      expect(JSON.stringify(result)).not.toContain(viewer);
      expect(JSON.stringify(result)).not.toContain(viewer.split(' ')[1]);
    },
  );
});
