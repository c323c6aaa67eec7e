import { groundSentence, researchSummary } from '@/lib/prep/research';
import { CAREER_CHANGER, NOW, NO_USER, USER, fixtureProfiles, profile } from './profiles';

const fixtures = new Map(fixtureProfiles());
const fixture = (name: string) => fixtures.get(name) ?? expect.unreachable(name);

describe('researchSummary on the fixtures', () => {
  it('a long career, side roles left out of the path', () => {
    expect(researchSummary(fixture('2015-guest'), NO_USER, NOW)).toEqual({
      currentRole: 'CEO at Initech',
      yearsInField: 33,
      path: [
        'CEO, Initech (2008–present)',
        'Executive Vice President Network Division, Example Portal (2001–2008)',
        'Founding Partner, Sample Media (2000–2001)',
        'Vice President Online, Example Studios (1994–2000)',
        'Senior Analyst, Sample Associates (1992–1994)',
      ],
      commonGround: [],
    });
  });

  it('a shared school, and student jobs left out of the years', () => {
    expect(researchSummary(fixture('2022-signed-in'), USER, NOW)).toEqual({
      currentRole: 'Software Engineer at Globex',
      yearsInField: 7,
      path: ['Software Engineer, Globex (2019–present)', 'Software Engineer, Bouncy Ltd. (2018–2019)'],
      commonGround: ['You both studied at Sample University'],
    });
  });

  it('a move from research engineering into education', () => {
    const summary = researchSummary(fixture('2024-guest'), USER, NOW);
    expect(summary.careerChange).toEqual({ from: 'Research Engineer at Nordic Institute of Technology', to: 'Tech Education Team Lead at Acme Learning' });
    expect(summary.path).toHaveLength(5);
    expect(summary.path[0]).toBe('Tech Education Team Lead, Acme Learning (2021–present)');
    expect(summary.commonGround).toEqual(['You are both based in Greater Stockholm Metropolitan Area']);
  });

  it('French dates, and no false career change for overlapping ventures', () => {
    const summary = researchSummary(fixture('2024-signed-in-details-experience-fr'), NO_USER, NOW);
    expect(summary.yearsInField).toBe(23);
    expect(summary.path[0]).toBe('Founder, Exemple Formation (2017–present)');
    expect(summary.careerChange).toBeUndefined();
  });

  it('a profile without experience', () => {
    expect(researchSummary(fixture('2026-signed-in-self'), NO_USER, NOW)).toEqual({
      currentRole: 'Works at Northwind Payments',
      yearsInField: null,
      path: [],
      commonGround: [],
    });
  });

  it.each([...fixtures])('%s: at most five path lines, newest first', (_name, contact) => {
    const { path } = researchSummary(contact, USER, NOW);
    expect(path.length).toBeLessThanOrEqual(5);
    const starts = path.map((line) => Number(/\((\d{4})/u.exec(line)?.[1]));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });
});

describe('researchSummary on constructed profiles', () => {
  it('the career changer', () => {
    const summary = researchSummary(CAREER_CHANGER, { ...NO_USER, schools: ['Leiden'], fieldOfInterest: 'UX research' }, NOW, 'Tomás');
    expect(summary).toEqual({
      currentRole: 'Senior UX Researcher at Lumen Health',
      yearsInField: 10,
      path: ['Senior UX Researcher, Lumen Health (2022–present)', 'Clinical Psychologist, Riverside Clinic (2015–2020)'],
      commonGround: ['Tomás referred you to them', 'You both studied at Leiden University'],
      careerChange: { from: 'Clinical Psychologist at Riverside Clinic', to: 'Senior UX Researcher at Lumen Health' },
    });
  });

  it('nothing known', () => {
    expect(researchSummary(profile(), NO_USER, NOW)).toEqual({ currentRole: null, yearsInField: null, path: [], commonGround: [] });
  });

  it.each([
    [{ kind: 'employer', value: 'Acme' }, 'You have both worked at Acme'],
    [{ kind: 'city', value: 'Rotterdam' }, 'You are both based in Rotterdam'],
    [{ kind: 'field', value: 'UX research' }, 'They work in UX research, the field you are exploring'],
  ] as const)('%o → %s', (ground, sentence) => {
    expect(groundSentence(ground)).toBe(sentence);
  });
});
