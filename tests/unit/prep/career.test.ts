import { analyseCareer, companyDomains, titleFamilies } from '@/lib/prep/career';
import { CAREER_CHANGER, NOW } from './profiles';

describe('title families and company domains', () => {
  it.each([
    ['Senior UX Researcher', ['research', 'design']],
    ['Clinical Psychologist', ['clinical']],
    ['Scrum Master - Software Engineer', ['engineering', 'product']],
    ['CEO', []],
    ['Tech Education Team Lead', ['education']],
    ['Développeur Front-End', ['engineering']],
  ])('%s', (title, families) => {
    expect([...titleFamilies(title)].sort()).toEqual(families.sort());
  });

  it.each([
    ['Lumen Health', ['healthcare']],
    ['Northbank', []],
    ['Nordic Institute of Technology', ['education', 'technology']],
    ['Globex', []],
  ])('%s', (company, domains) => {
    expect([...companyDomains(company)].sort()).toEqual(domains.sort());
  });
});

const job = (title: string, company: string, dateRange: string) => ({ title, company, dateRange });

describe('analyseCareer', () => {
  it('finds a move between title families, past the internship in between', () => {
    const career = analyseCareer(CAREER_CHANGER.experience, CAREER_CHANGER.education, NOW);
    expect(career.change).toMatchObject({ kind: 'role', from: { title: 'Clinical Psychologist' }, to: { title: 'Senior UX Researcher' } });
    expect(career.previous?.company).toBe('Riverside Clinic');
    expect(career.mainLine.map((entry) => entry.title)).toEqual(['Senior UX Researcher', 'Clinical Psychologist']);
  });

  it('finds a move between industries in the same kind of role', () => {
    const career = analyseCareer([job('Software Engineer', 'Northbank Payments', '2021 - Present'), job('Software Engineer', 'Riverside Hospital', '2016 - 2020')], [], NOW);
    expect(career.change).toMatchObject({ kind: 'domain', clause: 'moved from healthcare (Riverside Hospital) to finance (Northbank Payments)' });
  });

  it('finds a gap nobody else filled, and says when it was study', () => {
    const experience = [job('Data Analyst', 'Acme', 'Jan 2022 - Present'), job('Data Analyst', 'Initech', 'Jan 2015 - Dec 2019')];
    expect(analyseCareer(experience, [], NOW).change?.kind).toBe('gap');
    const studied = analyseCareer(experience, [{ school: 'Leiden University', dateRange: '2020 - 2021' }], NOW);
    expect(studied.change?.clause).toBe('went back to study at Leiden University between Data Analyst at Initech and Data Analyst at Acme');
    const bridged = analyseCareer([...experience, job('Founder', 'Side Co', '2018 - Present')], [], NOW);
    expect(bridged.change).toBeNull();
  });

  it('does not read promotions, side roles or student jobs as a change', () => {
    const career = analyseCareer(
      [
        job('Senior Software Engineer', 'Globex', 'Jan 2020 - Present'),
        job('Member, Board of Directors', 'Example Charity', '2019 - Present'),
        job('Software Engineer', 'Globex', 'Jan 2017 - Dec 2019'),
        job('Teaching Assistant', 'Sample University', 'Sep 2015 - Apr 2016'),
        job('Camp Counselor', 'Sample Camps', 'Jun 2015 - Aug 2015'),
      ],
      [],
      NOW,
    );
    expect(career.change).toBeNull();
    expect(career.mainLine.map((entry) => entry.title)).toEqual(['Senior Software Engineer', 'Software Engineer']);
    expect(career.tenureYears).toBe(9);
    expect(career.longTenure).toBe(true);
  });

  it('keeps real jobs that look like side roles or junior ones', () => {
    const career = analyseCareer([job('Member of Technical Staff', 'Anthro Labs', '2023 - Present'), job('Associate Professor', 'Leiden University', '2010 - 2022')], [], NOW);
    expect(career.mainLine.map((entry) => entry.title)).toEqual(['Member of Technical Staff', 'Associate Professor']);
    expect(career.earlyCareer).toBe(false);
    expect(career.change).toMatchObject({ kind: 'domain', clause: 'moved from education (Leiden University) to technology (Anthro Labs)' });
  });

  it('calls someone a year or two in early career, and nobody without dates', () => {
    expect(analyseCareer([job('UX Designer', 'Acme', 'Sep 2024 - Present')], [], NOW)).toMatchObject({ earlyCareer: true, yearsWorked: 1 });
    expect(analyseCareer([job('Junior Analyst', 'Acme', '')], [], NOW).earlyCareer).toBe(true);
    expect(analyseCareer([job('Analyst', 'Acme', '')], [], NOW)).toMatchObject({ earlyCareer: false, yearsWorked: null, tenureYears: null });
    expect(analyseCareer([], [], NOW)).toMatchObject({ mainLine: [], change: null, previous: null, earlyCareer: false });
  });
});
