/**
 * Small pieces every draft is built from. Sentences are written to start lower-case ("your work…")
 * so a connection note can run on after "Hi Sam, "; emails capitalise them.
 */
import type { Facts } from './facts';
import { capFirst, firstName } from './names';
import { selfPhrase } from './self';

export type Part = string | false | undefined | null;

export const greeting = (f: Facts): string => (f.first ? `Hi ${f.first},` : 'Hello,');

/** " as Designer at Globex", " as Designer", " at Globex" or "". */
export function asAt(f: Facts): string {
  if (f.role && f.company) return ` as ${f.role} at ${f.company}`;
  if (f.role) return ` as ${f.role}`;
  return f.company ? ` at ${f.company}` : '';
}

export const atCompany = (f: Facts): string => (f.company ? ` at ${f.company}` : '');
export const toCompany = (f: Facts): string => (f.company ? ` to ${f.company}` : '');
export const into = (f: Facts): string => (f.role || f.company ? ` into your role${asAt(f)}` : ' into your line of work');

/** The user's field, unless the opener already named it as common ground. */
export const fieldOf = (f: Facts): string | undefined => (f.ground?.kind === 'field' ? undefined : f.field);

/**
 * Who the user is, as a noun phrase ("a second-year Psychology student at Leeds", "a Senior
 * Accountant"); the school is left out when it is the common ground already. "" when unknown.
 */
export function iAm(f: Facts): string {
  return selfPhrase(f, { school: f.ground?.kind !== 'school' });
}

/** What the user is exploring, in words that fit a career changer ("a move into UX research"). */
export function exploringWhat(f: Facts): string | undefined {
  const field = fieldOf(f);
  if (!field) return undefined;
  return f.situation === 'changer' ? `a move into ${field}` : field;
}

/** The ways to meet every request offers; the time is always theirs. */
export const WAYS_TO_MEET = 'by phone, video or over coffee';

/** The user's sign-off when they set one, else the writer's. */
export const signOffOf = (f: Facts, fallback: string): string => {
  const own = f.signOff;
  if (!own) return fallback;
  return /[,!.]$/u.test(own) ? own : `${own},`;
};

export const referrerFirst = (f: Facts): string => (f.referrer ? firstName(f.referrer) || f.referrer : '');

const REFERRAL = [
  (r: string) => `${r} suggested I reach out to you.`,
  (r: string) => `${r} suggested I get in touch with you.`,
  (r: string) => `${r} thought you'd be a great person to talk to and suggested I reach out.`,
];

/** Three openers per kind of common ground: [named, generic] for variants 0, 1 and 2. */
const OPENERS: Record<'school' | 'employer' | 'city' | 'field', readonly (readonly [(v: string) => string, string])[]> = {
  school: [
    [(v) => `fellow ${v} alum here!`, 'fellow alum here!'],
    [(v) => `I saw that you also studied at ${v}.`, 'I saw that we went to the same school.'],
    [(v) => `as a fellow ${v} alum, I hope you don't mind a note.`, "as a fellow alum, I hope you don't mind a note."],
  ],
  employer: [
    [(v) => `I noticed we've both worked at ${v}.`, "I noticed we've both worked at the same company."],
    [(v) => `we've both spent time at ${v}, so I hoped you wouldn't mind a note.`, "we've both spent time at the same company, so I hoped you wouldn't mind a note."],
    [(v) => `I saw that you also worked at ${v}.`, "I saw that we've worked at the same company."],
  ],
  city: [
    [(v) => `we're both based in ${v}.`, "we're both based in the same city."],
    [(v) => `fellow ${v} local here!`, 'fellow local here!'],
    [(v) => `I saw that you're also in ${v}.`, "I saw that we're in the same city."],
  ],
  field: [
    [(v) => `we share an interest in ${v}.`, "we're both drawn to the same field."],
    [(v) => `your work in ${v} caught my eye, since I'm also exploring it.`, "we're both drawn to the same field."],
    [(v) => `I'm also exploring ${v}, and you're clearly deep in it.`, "we're both drawn to the same field."],
  ],
};

/** The opening sentence naming what the user shares with the contact, or nothing when they share nothing. */
export function opener(f: Facts, variant: number): string | undefined {
  const v = variant % 3;
  if (f.referrer) return REFERRAL[v]?.(f.referrer);
  const ground = f.ground;
  if (!ground || ground.kind === 'referral') return undefined;
  const [named, generic] = OPENERS[ground.kind][v] ?? OPENERS[ground.kind][0]!;
  return ground.generic ? generic : named(ground.value);
}

const present = (parts: readonly Part[]): string[] => parts.filter((p): p is string => typeof p === 'string' && p !== '');

/** A LinkedIn note: one line, greeting first, the first sentence running on after the comma. */
export function note(f: Facts, sentences: readonly Part[]): string {
  const [head = '', ...rest] = present(sentences);
  return [greeting(f), head, ...rest.map(capFirst)].join(' ');
}

/** An email: greeting line, paragraphs of capitalised sentences, a sign-off with the user's name. */
export function email(f: Facts, paragraphs: readonly (readonly Part[])[], signOff: string, to = greeting(f)): string {
  const body = paragraphs.map((p) => present(p).map(capFirst).join(' ')).filter(Boolean);
  const own = signOffOf(f, signOff);
  const close = f.myName ? `${own}\n${f.myName}` : own;
  return [to, ...body, close].join('\n\n');
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' });

/** "my note from 3 March", or "my earlier note" when the date is unknown. */
export const myNote = (f: Facts, noun = 'note'): string =>
  f.lastMessageAt !== undefined && Number.isFinite(f.lastMessageAt) ? `my ${noun} from ${DATE.format(f.lastMessageAt)}` : `my earlier ${noun}`;
