/**
 * Findings a class can see: each person becomes a description ("a UX researcher at a health-care
 * company"), and every trace of who they are — full name, first and last names, LinkedIn slug,
 * profile link, any email address, any link to a LinkedIn profile — is taken out of every piece of
 * text in the document. Pure; the deck, the Markdown export and a course submission share it.
 */
import { TEXT_LIMITS } from '@/lib/linkedin/fields';
import { normalizeSlug, profileSlugFromUrl } from '@/lib/linkedin/url';
import { FindingsSchema, type Findings, type FindingsPerson } from '@/lib/model/findings';

/** What is known of one person's identity; `key` ties it to a person of the findings ("p3"). */
export interface Identity {
  key?: string;
  name?: string;
  slug?: string;
  email?: string;
  profileUrl?: string;
}

/** Stands for a person the text names who can't be told apart from another, or an identity without a person. */
export const NAME_PLACEHOLDER = '[name]';
const EMAIL_PLACEHOLDER = '[email]';

/** Kinds of organisation a company's own name says plainly; anything else is "an organisation". */
const SECTORS: readonly [RegExp, string][] = [
  [/\b(?:hospital|clinic|health|healthcare|medical|care)\b/iu, 'a health-care organisation'],
  [/\b(?:pharma\w*|bio\w*|therapeutics|biotech|life sciences?|genomics|diagnostics)\b/iu, 'a life-sciences company'],
  [/\b(?:university|college|school|academy|institute of technology)\b/iu, 'a university or school'],
  [/\b(?:bank|banking|capital|finance|financial|insurance|investments?)\b/iu, 'a financial company'],
  [/\b(?:consulting|consultants?|consultancy|advisors?|advisory)\b/iu, 'a consultancy'],
  [/\b(?:ministry|government|council|agency|department of|authority|municipality|city of)\b/iu, 'a public-sector organisation'],
  [/\b(?:foundation|charity|trust|ngo|non-?profit)\b/iu, 'a non-profit organisation'],
  [/\b(?:software|technologies|technology|tech|labs?|digital|data|ai|systems|cloud)\b/iu, 'a technology company'],
  [/\b(?:museum|gallery|library|theatre|theater)\b/iu, 'a cultural institution'],
  [/\b(?:law|legal|solicitors|attorneys|llp)\b/iu, 'a law firm'],
];

/** The kind of organisation a company's name plainly says, or "an organisation". */
export function sectorOf(company: string | undefined): string {
  const name = company?.trim() ?? '';
  return SECTORS.find(([pattern]) => pattern.test(name))?.[1] ?? 'an organisation';
}

/** Letters whose English name starts with a vowel sound ("an MSL", "an SEO lead"). */
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX');

function withArticle(phrase: string): string {
  const first = phrase.split(/\s/u)[0] ?? '';
  const acronym = first.length > 1 && first === first.toUpperCase() && /\p{Lu}/u.test(first);
  const an = acronym ? VOWEL_SOUND_LETTERS.has(first[0]!) : /^[aeiou]/iu.test(first) && !/^(?:uni|use|usu|eu|one)/iu.test(first);
  return `${an ? 'an' : 'a'} ${phrase}`;
}

/** "Senior UX Researcher" reads "senior UX researcher" inside a sentence; acronyms stay. */
function titleInSentence(title: string): string {
  return title
    .split(/(\s+)/u)
    .map((word) => (/^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(word) ? word.toLocaleLowerCase('en') : word))
    .join('');
}

// Characters that hide inside a name without showing: they would let a name slip past matching.
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const APOSTROPHES = "'’ʼ‘`´";
const HYPHENS = '-‐‑‒–';
const LETTER = String.raw`[\p{L}\p{M}\p{N}]`;
const LINKEDIN_PROFILE = String.raw`(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)*linkedin\.com\/(?:in|pub)\/(?:[^\s<>"'()\[\]{}]*[^\s<>"'()\[\]{}.,;:!?])?`;
const EMAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`;
const WHOLE_LINKEDIN_PROFILE = new RegExp(`^${LINKEDIN_PROFILE}$`, 'iu');
const WHOLE_EMAIL = new RegExp(`^${EMAIL}$`, 'iu');
/** Stand-alone particles of a name that are also words ("de", "van"): the full name is still matched. */
const PARTICLES = new Set(['al', 'bin', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'do', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'st', 'te', 'ten', 'ter', 'van', 'von', 'y', 'zu']);

/** Characters as a character class: `[`, `]`, `\\`, `^` and `-` escaped. */
const anyOf = (chars: string): string => `[${chars.replace(/[\][\\^-]/gu, '\\$&')}]`;
const clean = (text: string): string => text.normalize('NFC').replace(INVISIBLE, '');
const ANY_APOSTROPHE = new RegExp(anyOf(APOSTROPHES), 'gu');
const ANY_HYPHEN = new RegExp(anyOf(HYPHENS), 'gu');
const NAME_JOINER = new RegExp(anyOf(APOSTROPHES + HYPHENS), 'u');
/** One spelling for comparing: no accents, lower case, one apostrophe, one hyphen, single spaces. */
const fold = (text: string): string =>
  clean(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(ANY_APOSTROPHE, "'")
    .replace(ANY_HYPHEN, '-')
    .replace(/\s+/gu, ' ')
    .trim();

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/** A pattern for a name or a part of it: any case, with or without its accents, any apostrophe or hyphen, any spacing. */
function namePattern(text: string): string {
  let pattern = '';
  for (const char of clean(text).trim()) {
    if (APOSTROPHES.includes(char)) pattern += anyOf(APOSTROPHES);
    else if (HYPHENS.includes(char)) pattern += anyOf(HYPHENS);
    else if (/\s/u.test(char)) pattern += '\\s+';
    else {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      pattern += base !== char && base !== '' ? `(?:${escape(char)}|${escape(base)})` : escape(char);
    }
  }
  return pattern.replace(/(?:\\s\+)+/gu, '\\s+');
}

/** The names, first and last names and the parts of double names ("Anne-Marie", "O'Brien") of one name. */
function nameParts(name: string): string[] {
  const full = clean(name).trim();
  const words = full.split(/\s+/u).filter(Boolean);
  const pieces = words.flatMap((word) => word.split(NAME_JOINER).filter((piece) => piece.length >= 3));
  // A particle in the middle ("de" in "Sam de Wit") is also a word; the first and last names always count.
  const middle = words.slice(1, -1).filter((part) => !PARTICLES.has(fold(part)));
  return [full, words[0], words.at(-1), ...middle, ...pieces].filter((part): part is string => part !== undefined && [...part].length >= 2);
}

interface Scrubber {
  /** Text without a trace of anyone; names become their description, or "[name]" when `plain`. */
  scrub(text: string, plain?: boolean): string;
}

function scrubberFor(identities: readonly Identity[], labels: ReadonlyMap<string, string>): Scrubber {
  // What each folded trace stands for; a trace two people share becomes "[name]".
  const traces = new Map<string, string>();
  const patterns = new Set<string>();
  const slugs = new Map<string, string>();
  const add = (trace: string, label: string, pattern: string) => {
    const key = fold(trace);
    if (key === '') return;
    traces.set(key, traces.has(key) && traces.get(key) !== label ? NAME_PLACEHOLDER : label);
    patterns.add(pattern);
  };
  for (const identity of identities) {
    const label = (identity.key !== undefined ? labels.get(identity.key) : undefined) ?? NAME_PLACEHOLDER;
    if (identity.name) for (const part of nameParts(identity.name)) add(part, label, namePattern(part));
    const slug = identity.slug ?? (identity.profileUrl ? profileSlugFromUrl(identity.profileUrl) : null) ?? undefined;
    if (slug) {
      const normal = normalizeSlug(slug);
      slugs.set(normal, slugs.has(normal) && slugs.get(normal) !== label ? NAME_PLACEHOLDER : label);
      add(normal, label, namePattern(normal));
      const encoded = encodeURIComponent(normal);
      if (encoded !== normal) add(encoded, label, escape(encoded));
    }
    if (identity.profileUrl) add(identity.profileUrl, label, escape(clean(identity.profileUrl)));
    if (identity.email) add(identity.email, label, escape(clean(identity.email)));
  }
  // Whole words only; longest first, so a full name wins over its first name at the same place.
  const names = [...patterns].sort((a, b) => b.length - a.length);
  const matcher = new RegExp([LINKEDIN_PROFILE, EMAIL, ...(names.length ? [`(?<!${LETTER})(?:${names.join('|')})(?!${LETTER})`] : [])].join('|'), 'giu');

  const replacement = (match: string): string => {
    const known = traces.get(fold(match));
    if (WHOLE_LINKEDIN_PROFILE.test(match)) {
      const slug = profileSlugFromUrl(/^https?:/iu.test(match) ? match : `https://${match}`);
      return (slug !== null ? slugs.get(slug) : undefined) ?? known ?? NAME_PLACEHOLDER;
    }
    if (WHOLE_EMAIL.test(match)) return known ?? EMAIL_PLACEHOLDER;
    return known ?? NAME_PLACEHOLDER;
  };
  return {
    scrub: (text, plain = false) =>
      clean(text).replace(matcher, (match) => {
        const to = replacement(match);
        return plain && to !== EMAIL_PLACEHOLDER ? NAME_PLACEHOLDER : to;
      }),
  };
}

/** Keeps a scrubbed text within its limit: names as "[name]" if descriptions make it too long, cut last. */
function fitted(scrubber: Scrubber, text: string, max: number): string {
  const described = scrubber.scrub(text);
  if (described.length <= max) return described;
  const plain = scrubber.scrub(text, true);
  return plain.length <= max ? plain : `${plain.slice(0, max - 1)}…`;
}

/** "a UX researcher at a health-care organisation"; "a person working in <path>" or "Person 3" when the role is unknown. */
function describe(person: FindingsPerson, title: string | undefined, sector: string, pathName: string): string {
  if (title) return withArticle(`${titleInSentence(title)} at ${sector}`);
  if (person.onPath) return `a person working in ${pathName}`;
  return `Person ${person.key.slice(1)}`;
}

/**
 * The same findings with every person's identity removed. `identities` adds what the findings
 * don't carry (their slug or email, other spellings); the named people's own names and profile
 * links are always taken into account.
 */
export function anonymiseFindings(findings: Findings, identities: readonly Identity[] = []): Findings {
  const known: Identity[] = [
    ...findings.people.map((person) => ({ key: person.key, name: person.name, profileUrl: person.profileUrl })),
    ...identities,
  ];
  // Titles and the path's name go into the descriptions: clean them of every name first.
  const bare = scrubberFor(known, new Map());
  const pathName = fitted(bare, findings.path.name, 120);
  const described = findings.people.map((person) => {
    const title = person.title ? fitted(bare, person.title, TEXT_LIMITS.short).trim() || undefined : undefined;
    const sector = person.company ? sectorOf(person.company) : person.sector ? fitted(bare, person.sector, TEXT_LIMITS.short) : 'an organisation';
    return { person, title, sector, label: describe(person, title, sector, titleInSentence(pathName)).slice(0, 280) };
  });
  // Two people described alike are told apart by a number.
  const counts = new Map<string, number>();
  for (const { label } of described) counts.set(label, (counts.get(label) ?? 0) + 1);
  const seen = new Map<string, number>();
  const people: FindingsPerson[] = described.map(({ person, title, sector, label }) => {
    const nth = (seen.get(label) ?? 0) + 1;
    seen.set(label, nth);
    const unique = (counts.get(label) ?? 0) > 1 ? `${label} (${nth})` : label;
    return {
      key: person.key,
      label: unique,
      ...(title ? { title } : {}),
      sector,
      ...(person.metAt !== undefined ? { metAt: person.metAt } : {}),
      onPath: person.onPath,
    };
  });

  const labels = new Map(people.map((person) => [person.key, person.label]));
  const scrubber = scrubberFor(known, labels);
  const text = (value: string, max: number) => fitted(scrubber, value, max);
  const question = (q: Findings['unsorted'][number]) => ({
    text: fitted(scrubber, q.text, 500).trim() || NAME_PLACEHOLDER,
    answers: q.answers.map((answer) => ({ ...answer, text: text(answer.text, 5_000) })),
  });
  const url = (value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    return scrubber.scrub(value) === clean(value) ? value : undefined;
  };
  const plain = (value: string | undefined, max: number) => (value === undefined ? undefined : fitted(bare, value, max));
  const why = plain(findings.path.why, 500);
  const term = plain(findings.path.term, 80);

  return FindingsSchema.parse({
    path: { name: pathName.trim() || NAME_PLACEHOLDER, ...(why !== undefined ? { why } : {}), ...(term !== undefined ? { term } : {}) },
    anonymised: true,
    people,
    areas: findings.areas.map((area) => ({ area: area.area, questions: area.questions.map(question) })),
    unsorted: findings.unsorted.map(question),
    takeaways: findings.takeaways.map((takeaway) => ({ person: takeaway.person, text: text(takeaway.text, 500) })),
    resources: findings.resources.map((resource) => {
      const link = url(resource.url);
      return { person: resource.person, title: text(resource.title, 300), ...(link ? { url: link } : {}) };
    }),
    referrals: findings.referrals,
    funnel: findings.funnel,
    synthesis: Object.fromEntries(Object.entries(findings.synthesis).flatMap(([area, value]) => (value === undefined ? [] : [[area, text(value, 10_000)]]))),
  });
}
