/**
 * What the user shares with a contact, computed on the device from the contact's
 * profile and the user's own settings. Shared by message drafting and prep.
 */

export interface GroundContact {
  location?: string;
  headline?: string;
  currentCompany?: string;
  experience?: readonly { company?: string }[];
  education?: readonly { school?: string }[];
}

export interface GroundUser {
  schools: readonly string[];
  employers: readonly string[];
  city: string;
  fieldOfInterest: string;
}

export type CommonGroundKind = 'referral' | 'school' | 'employer' | 'city' | 'field';

export interface CommonGround {
  kind: CommonGroundKind;
  /** The shared thing as the contact's profile spells it ("Leiden University"). */
  value: string;
}

const STOP = /\b(the|of|university|universiteit|universität|université|universidad|college|school|inc|ltd|llc|gmbh|bv|b\.v|plc|corp|corporation|company|co)\b/gu;

/** Folds case, accents, punctuation and generic words, so "The University of Leeds" ~ "Leeds Uni". */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/gu, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(STOP, ' ')
    .replace(/\buni\b/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function sameName(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 5 && (` ${long} `).includes(` ${short} `);
}

function firstMatch(theirs: readonly (string | undefined)[], ours: readonly string[]): string | undefined {
  for (const value of theirs) {
    if (value && ours.some((own) => sameName(value, own))) return value;
  }
  return undefined;
}

/** In order of strength: who referred you, school, employer, city, field. */
export function commonGround(contact: GroundContact, user: GroundUser, referredByName?: string): CommonGround[] {
  const found: CommonGround[] = [];
  if (referredByName?.trim()) found.push({ kind: 'referral', value: referredByName.trim() });
  const school = firstMatch((contact.education ?? []).map((e) => e.school), user.schools);
  if (school) found.push({ kind: 'school', value: school });
  const employer = firstMatch([contact.currentCompany, ...(contact.experience ?? []).map((e) => e.company)], user.employers);
  if (employer) found.push({ kind: 'employer', value: employer });
  const city = contact.location?.split(',')[0]?.trim();
  if (city && user.city.trim() && sameName(city, user.city)) found.push({ kind: 'city', value: city });
  const field = user.fieldOfInterest.trim();
  if (field && contact.headline && normaliseName(contact.headline).includes(normaliseName(field))) {
    found.push({ kind: 'field', value: field });
  }
  return found;
}
