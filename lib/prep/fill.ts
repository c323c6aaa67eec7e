/**
 * Placeholder values read from a contact's profile (and, for {school} and {field}, from what the
 * user shares with them), and the filling of question texts, including ones the user wrote.
 */
import { commonGround, type GroundUser } from '@/lib/common-ground';
import type { Profile } from '@/lib/linkedin/profile';
import { analyseCareer, type Career } from './career';
import { placeholdersIn, type Placeholder } from './question-bank';

export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** The parts of a profile prep reads; a stored contact has them too. */
export type PrepProfile = Pick<Profile, 'name' | 'headline' | 'location' | 'currentTitle' | 'currentCompany'> & {
  experience?: Profile['experience'];
  education?: Profile['education'];
};

const HONORIFIC = /^(dr|prof|mr|mrs|ms|mx|sir|dame|ir|drs|mag|dipl)\.?$/iu;

export function firstNameOf(name: string | undefined): string | undefined {
  const words = (name ?? '').split(/[\s,]+/u).filter(Boolean);
  return words.find((word) => !HONORIFIC.test(word) && /\p{L}/u.test(word));
}

const clean = (value: string | undefined): string | undefined => value?.replace(/\s+/gu, ' ').trim() || undefined;

/** The school the user shares with the contact, else the contact's most recent one. */
function schoolOf(profile: PrepProfile, user: GroundUser | undefined): string | undefined {
  const shared = user ? commonGround(profile, user).find((ground) => ground.kind === 'school')?.value : undefined;
  return shared ?? profile.education?.find((entry) => entry.school)?.school;
}

/**
 * Values for every placeholder that can be known. {field} is the field the user is exploring
 * (their settings), since that is what they came to ask about; it is unknown without a user.
 */
export function placeholderValues(profile: PrepProfile, user?: GroundUser, career?: Career): PlaceholderValues {
  const first = profile.experience?.[0];
  const path = career ?? analyseCareer(profile.experience ?? [], profile.education ?? [], new Date());
  const values: PlaceholderValues = {
    firstName: clean(firstNameOf(profile.name)),
    company: clean(profile.currentCompany ?? first?.company),
    role: clean(profile.currentTitle ?? first?.title),
    school: clean(schoolOf(profile, user)),
    previousRole: clean(path.previous?.title),
    previousCompany: clean(path.previous?.company),
    field: clean(user?.fieldOfInterest),
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/** Replaces the placeholders in `text` that `values` knows; unknown ones are left as written. */
export function fillWith(text: string, values: PlaceholderValues): string {
  return text.replace(/\{\s*([A-Za-z]+)\s*\}/gu, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name as Placeholder] ?? whole) : whole);
}

/**
 * Fills a question — from the bank or typed by the user — with the contact's details.
 * Placeholders that cannot be filled stay in the text: check with `unfilledPlaceholders`.
 */
export function fillQuestion(text: string, profile: PrepProfile, user?: GroundUser, now: Date = new Date()): string {
  const career = analyseCareer(profile.experience ?? [], profile.education ?? [], now);
  return fillWith(text, placeholderValues(profile, user, career));
}

/** The `{name}` placeholders still left in a text, so a page can ask the user to finish it. */
export function unfilledPlaceholders(text: string): string[] {
  return placeholdersIn(text);
}
