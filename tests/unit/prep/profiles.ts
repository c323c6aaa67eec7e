import { extractProfile } from '@/lib/linkedin/extract-profile';
import type { Experience, Profile } from '@/lib/linkedin/profile';
import { loadFixtures, parse } from '../linkedin/load-fixtures';

/** A fixed "now" a few years after the newest fixture was captured. */
export const NOW = new Date(2026, 2, 15);

export const USER = { schools: ['Sample University'], employers: [], city: 'Stockholm', fieldOfInterest: 'UX research' };
export const NO_USER = { schools: [], employers: [], city: '', fieldOfInterest: '' };

export function fixtureProfiles(): [string, Profile][] {
  return loadFixtures().map((fixture) => [fixture.name, extractProfile(parse(fixture.html), new URL(fixture.spec.url)).profile]);
}

export function profile(fields: Partial<Profile> & { experience?: Experience[] } = {}): Profile {
  return { slug: 'someone', profileUrl: 'https://www.linkedin.com/in/someone/', experience: [], education: [], ...fields };
}

/** Clinical psychology to UX research, with a master's in between. */
export const CAREER_CHANGER = profile({
  name: 'Dr. Noor van Dijk',
  currentTitle: 'Senior UX Researcher',
  currentCompany: 'Lumen Health',
  experience: [
    { title: 'Senior UX Researcher', company: 'Lumen Health', dateRange: 'Jan 2022 - Present · 4 yrs' },
    { title: 'UX Research Intern', company: 'Lumen Health', dateRange: 'Jun 2021 - Dec 2021 · 7 mos' },
    { title: 'Clinical Psychologist', company: 'Riverside Clinic', dateRange: 'Mar 2015 - Dec 2020 · 5 yrs 10 mos' },
  ],
  education: [{ school: 'Leiden University', degree: 'MSc', field: 'Human-Computer Interaction', dateRange: '2020 - 2021' }],
});
