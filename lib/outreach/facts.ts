/**
 * What a draft may say about the contact and the user, read once from the context, and the
 * ladder that leaves parts out (never cuts a word) until a draft fits its limit.
 */
import { commonGround, type CommonGround } from '@/lib/common-ground';
import { KNOWN_RELATIONSHIPS, type Relationship } from '@/lib/model/contact';
import type { Situation } from '@/lib/model/settings';
import { bare, clipQuote, firstName, plainCompany, tidy } from './names';
import type { DraftContext } from './types';

/** Longer than this and a value would crowd a 200-character note: it is shortened or left out. */
const MAX_PART = 40;

export interface Facts {
  first: string;
  /** Their whole name as the user saved it (an introduction request names them to someone else). */
  fullName: string;
  article?: string;
  role?: string;
  company?: string;
  /** The strongest common ground; `generic` when its value is too long to name. */
  ground?: CommonGround & { generic?: boolean };
  referrer?: string;
  field?: string;
  programme?: string;
  school?: string;
  myName: string;
  situation?: Situation;
  year?: string;
  currentRole?: string;
  /** The user's own sign-off ("Many thanks,"); each writer's own when unset. */
  signOff?: string;
  /** The user already knows them (family, friend, teacher…): no stranger's opener. */
  known: boolean;
  howWeMet?: string;
  /** Whom the user writes to when asking for an introduction. */
  mutual?: string;
  /** The people they suggested, by first name. */
  leads: string[];
  keepInMind: boolean;
  takeaways: string[];
  advice?: string;
  whatIDid?: string;
  lastMessageAt?: number;
}

const fitting = (value: string | undefined, max = MAX_PART): string | undefined => {
  const text = bare(value);
  return text && text.length <= max ? text : undefined;
};

/** Their job title: the profile's, or the part of a "Title at Company" headline before "at". */
export function roleOf(contact: DraftContext['contact']): string | undefined {
  const title = tidy(contact.currentTitle);
  if (title) return title;
  const match = /^(.{2,60}?)\s+(?:at|@)\s+\S/u.exec(tidy(contact.headline));
  return match?.[1];
}

/** Their company: the profile's, or the part of a "Title at Company | …" headline after "at". */
export function companyOf(contact: DraftContext['contact']): string | undefined {
  const company = tidy(contact.currentCompany);
  if (company) return company;
  const match = /^.{2,60}?\s+(?:at|@)\s+([^|,·•]{2,80})/u.exec(tidy(contact.headline));
  return match?.[1]?.trim();
}

export function groundOf(ctx: DraftContext): CommonGround[] {
  const { contact, user } = ctx;
  return commonGround(
    {
      location: contact.location,
      headline: contact.headline,
      currentCompany: contact.currentCompany,
      experience: contact.experience,
      education: contact.education,
    },
    user,
    ctx.referredByName,
  );
}

export function factsOf(ctx: DraftContext): Facts {
  const ground = groundOf(ctx)[0];
  const referrer = tidy(ctx.referredByName);
  const company = plainCompany(companyOf(ctx.contact));
  return {
    first: firstName(ctx.contact.name),
    fullName: tidy(ctx.contact.name),
    article: tidy(ctx.article) || undefined,
    role: fitting(roleOf(ctx.contact), 80),
    company: company || undefined,
    ground: ground && { ...ground, value: bare(ground.value) },
    referrer: referrer ? (referrer.length <= MAX_PART ? referrer : firstName(referrer) || undefined) : undefined,
    field: fitting(ctx.user.fieldOfInterest),
    programme: fitting(ctx.user.programme),
    school: fitting(ctx.user.schools[0]),
    myName: tidy(ctx.user.ownName),
    situation: ctx.user.situation,
    year: fitting(ctx.user.year, 20),
    currentRole: fitting(ctx.user.currentRole),
    signOff: tidy(ctx.user.signOff) || undefined,
    known: KNOWN_RELATIONSHIPS.includes(ctx.contact.relationship as Relationship),
    howWeMet: fitting(ctx.contact.howWeMet, 60),
    mutual: tidy(ctx.mutualName) || undefined,
    leads: [...new Set((ctx.leads ?? []).map(tidy).filter(Boolean))].slice(0, 2),
    keepInMind: ctx.user.thankYouKeepInMind === true,
    takeaways: (ctx.takeaways ?? []).map((t) => clipQuote(t, 20)).filter(Boolean),
    advice: clipQuote(ctx.advice, 20) || undefined,
    whatIDid: clipQuote(ctx.whatIDid, 25) || undefined,
    lastMessageAt: ctx.lastMessageAt,
  };
}

/** Each rung leaves out a little more than the one before it. */
export const LADDER: readonly ((f: Facts) => Facts)[] = [
  (f) => ({ ...f, takeaways: f.takeaways.slice(0, 1), whatIDid: f.whatIDid && clipQuote(f.whatIDid, 15) }),
  (f) => ({
    ...f,
    company: fitting(f.company),
    ground: f.ground && (f.ground.value.length > MAX_PART ? { ...f.ground, generic: true } : f.ground),
  }),
  (f) => ({ ...f, role: undefined }),
  (f) => ({ ...f, programme: undefined, school: undefined, year: undefined, currentRole: undefined, howWeMet: undefined }),
  (f) => ({ ...f, field: undefined }),
  (f) => ({ ...f, company: undefined, takeaways: f.takeaways.map((t) => clipQuote(t, 10)) }),
  (f) => ({
    ...f,
    referrer: f.referrer && firstName(f.referrer),
    advice: f.advice && clipQuote(f.advice, 8),
    whatIDid: f.whatIDid && clipQuote(f.whatIDid, 8),
  }),
  (f) => ({ ...f, ground: f.ground && { ...f.ground, generic: true }, first: f.first.length > 12 ? '' : f.first }),
];

/** The richest version of `write` whose text `fits`; the barest one if none does. */
export function fitDraft<T extends { body: string }>(facts: Facts, write: (f: Facts) => T, fits: (text: string) => boolean): T {
  let current = facts;
  let draft = write(current);
  for (const rung of LADDER) {
    if (fits(draft.body)) return draft;
    current = rung(current);
    draft = write(current);
  }
  return draft;
}
