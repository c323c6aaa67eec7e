import { analyseCareer } from '@/lib/prep/career';
import { PEOPLE as DEMO_PEOPLE } from '../../../scripts/demo/people';

const NOW = new Date(2026, 10, 1);
const job = (title: string, company: string, dateRange: string) => ({ title, company, dateRange });

describe('a career change is read from the titles, not from a change of employer (issue #13)', () => {
  it('the demo UX researcher changed from clinical psychology, not from “UX research at a lab”', () => {
    const maya = DEMO_PEOPLE.find((p) => p.title === 'Senior UX Researcher')!;
    const career = analyseCareer(maya.experience.map((e) => job(e.title, e.company, e.dates)), [], NOW);
    expect(career.change?.kind).toBe('role');
    expect(career.change?.from.title).toBe('Clinical Psychologist');
    expect(career.change?.to.title).toBe('UX Researcher');
  });

  it.each([
    ['same work, tech lab → hospital, then a role change before it', [job('Data Analyst', 'City Hospital', '2022 - Present'), job('Data Analyst', 'Acme Labs', '2018 - 2021'), job('Teacher', 'Leeds Academy', '2012 - 2017')], 'role'],
    ['nurse → data analyst', [job('Data Analyst', 'Acme Labs', '2022 - Present'), job('Nurse', 'City Hospital', '2016 - 2021')], 'role'],
    ['unknown titles, bank → school', [job('Associate', 'Leeds College', '2022 - Present'), job('Associate', 'Northern Bank', '2016 - 2021')], 'domain'],
  ] as const)('%s', (_label, experience, kind) => {
    expect(analyseCareer([...experience], [], NOW).change?.kind ?? null).toBe(kind);
  });
});

describe('prep speaks to the user (issue #13)', () => {
  it('a 30-second introduction from the settings, for a career changer', async () => {
    const { thirtySecondIntro } = await import('@/lib/prep/introduction');
    const text = thirtySecondIntro(
      { ownName: 'Noor', situation: 'changer', currentRole: 'Senior Accountant', fieldOfInterest: 'UX research' },
      { currentTitle: 'UX Researcher', currentCompany: 'Lumen Health' },
    );
    expect(text).toBe(
      "Thank you for making the time. I'm Noor, a Senior Accountant. I'm exploring a move into UX research, and I'd love to understand what it's really like from the inside. I was especially keen to hear about your work as UX Researcher at Lumen Health: how you got there, and what you'd tell someone in my position.",
    );
    expect(thirtySecondIntro({}, {})).toBeNull();
  });

  it('the research card says how far ahead of a student they are', async () => {
    const { researchSummary } = await import('@/lib/prep/research');
    const user = { schools: [], employers: [], city: '', fieldOfInterest: '' };
    const profile = { experience: [job('Data Analyst', 'Acme', 'Jan 2021 - Present')], education: [] };
    expect(researchSummary(profile, { ...user, situation: 'student' }, NOW).yearsAhead).toBe(5);
    expect(researchSummary(profile, { ...user, situation: 'changer' }, NOW).yearsAhead).toBeUndefined();
  });
});
