/**
 * The user's own templates: `{firstName}`-style placeholders filled from the same context as the
 * drafts. A placeholder the app does not know stays visible in the text and is reported, so a typo
 * like `{frstName}` is caught before sending rather than silently dropped.
 */
import { companyOf, groundOf, roleOf } from './facts';
import { bare, firstName, plainCompany, tidy } from './names';
import type { DraftContext } from './types';

export const PLACEHOLDERS = [
  'firstName',
  'name',
  'company',
  'role',
  'school',
  'commonGround',
  'myName',
  'field',
  'referrer',
  'takeaway',
  'advice',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface Rendered {
  text: string;
  /** Placeholders that are not in PLACEHOLDERS, as written (left in the text). */
  unknown: string[];
  /** Known placeholders with nothing to fill them (rendered as ""; `{firstName}` as "there"). */
  missing: Placeholder[];
}

/** "we both studied at Leeds": the strongest common ground, as a clause to drop into a sentence. */
function groundPhrase(ctx: DraftContext): string {
  const ground = groundOf(ctx)[0];
  if (!ground) return '';
  const value = bare(ground.value);
  switch (ground.kind) {
    case 'referral':
      return `${value} suggested I reach out`;
    case 'school':
      return `we both studied at ${value}`;
    case 'employer':
      return `we've both worked at ${value}`;
    case 'city':
      return `we're both based in ${value}`;
    case 'field':
      return `we share an interest in ${value}`;
  }
}

/**
 * The value of each placeholder. `{school}` is the school the user shares with the contact, or
 * else the user's own first school; `{takeaway}` is the first takeaway noted.
 */
export function placeholderValues(ctx: DraftContext): Record<Placeholder, string> {
  const shared = groundOf(ctx).find((g) => g.kind === 'school');
  return {
    firstName: firstName(ctx.contact.name),
    name: tidy(ctx.contact.name),
    company: plainCompany(companyOf(ctx.contact)),
    role: tidy(roleOf(ctx.contact)),
    school: bare(shared?.value ?? ctx.user.schools[0]),
    commonGround: groundPhrase(ctx),
    myName: tidy(ctx.user.ownName),
    field: tidy(ctx.user.fieldOfInterest),
    referrer: tidy(ctx.referredByName),
    takeaway: bare(ctx.takeaways?.find((t) => t.trim())),
    advice: bare(ctx.advice),
  };
}

const BY_LOWER = new Map(PLACEHOLDERS.map((p) => [p.toLowerCase(), p]));

/** Fills `{placeholder}`s in `body` (case-insensitive, spaces inside the braces allowed). */
export function renderTemplate(body: string, ctx: DraftContext): Rendered {
  const values = placeholderValues(ctx);
  const unknown: string[] = [];
  const missing: Placeholder[] = [];
  const text = body.replace(/\{\s*([\p{L}\p{N}_-]+)\s*\}/gu, (whole, raw: string) => {
    const key = BY_LOWER.get(raw.toLowerCase());
    if (!key) {
      if (!unknown.includes(whole)) unknown.push(whole);
      return whole;
    }
    const value = values[key];
    if (!value && !missing.includes(key)) missing.push(key);
    return value || (key === 'firstName' ? 'there' : '');
  });
  return { text: missing.length ? tidyGaps(text) : text, unknown, missing };
}

/** Closes the gaps an empty placeholder leaves: "at  ," → "at,". Line breaks are kept. */
function tidyGaps(text: string): string {
  return text.replace(/[ \t]{2,}/gu, ' ').replace(/[ \t]+([,.;:!?])/gu, '$1').replace(/[ \t]+$/gmu, '');
}
