import { extractProfile } from '@/lib/linkedin/extract-profile';
import type { Profile } from '@/lib/linkedin/profile';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import type { DraftContext, DraftUser } from '@/lib/outreach/types';
import { loadFixtures, parse } from '../linkedin/load-fixtures';

/** The profile read from every anonymised LinkedIn page in tests/fixtures/linkedin. */
export function fixtureProfiles(): { name: string; profile: Profile }[] {
  return loadFixtures().map(({ name, html, spec }) => ({ name, profile: extractProfile(parse(html), new URL(spec.url)).profile }));
}

export const EMPTY_USER: DraftUser = {
  ownName: DEFAULT_SETTINGS.ownName,
  schools: DEFAULT_SETTINGS.schools,
  programme: DEFAULT_SETTINGS.programme,
  employers: DEFAULT_SETTINGS.employers,
  city: DEFAULT_SETTINGS.city,
  fieldOfInterest: DEFAULT_SETTINGS.fieldOfInterest,
  noteLimit: DEFAULT_SETTINGS.noteLimit,
};

/** A student who shares "Sample University" with two of the fixtures. */
export const FILLED_USER: DraftUser = {
  ownName: 'Noor Haddad',
  schools: ['Sample University'],
  programme: 'Physics',
  employers: ['Globex'],
  city: 'Gothenburg',
  fieldOfInterest: 'product design',
  noteLimit: 200,
};

/** What a meeting log holds after the conversation. */
export const AFTER_MEETING: Pick<DraftContext, 'takeaways' | 'advice' | 'whatIDid'> = {
  takeaways: ['Talk to the people who do the job before choosing a master’s', 'Portfolios matter more than grades in design'],
  advice: 'Write a short case study for every project you ship',
  whatIDid: 'I wrote up my thesis prototype as a two-page case study',
};
