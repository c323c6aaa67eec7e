/**
 * Drafts fit who the user is (issue #13): a grammar table over every situation × kind × variant ×
 * fixture profile. No "studying <a role>", no "a student" for someone who is not one.
 */
import { MESSAGE_KIND_IDS } from '@/lib/model/message-kinds';
import type { Situation } from '@/lib/model/settings';
import { draftMessage, variantCount } from '@/lib/outreach/draft';
import { article, selfPhrase, yearAdjective } from '@/lib/outreach/self';
import type { DraftContext, DraftUser } from '@/lib/outreach/types';
import { AFTER_MEETING, FILLED_USER, fixtureProfiles } from './profiles';

const base: DraftUser = { ...FILLED_USER, schools: ['Leeds University'], employers: [], city: '', fieldOfInterest: 'UX research' };

const USERS: [string, DraftUser, { says: RegExp; never: RegExp[] }][] = [
  [
    'a student with programme and year',
    { ...base, situation: 'student', programme: 'Psychology', year: '2' },
    { says: /second-year Psychology student/u, never: [/studying/iu] },
  ],
  [
    'a first-year who typed "First-year psychology student"',
    { ...base, situation: 'student', programme: 'First-year psychology student', year: '' },
    { says: /a first-year psychology student/u, never: [/studying First/iu, /student student/iu, /a First-year/u] },
  ],
  [
    'a career changer',
    { ...base, situation: 'changer', programme: '', currentRole: 'Senior Accountant', schools: [] },
    { says: /a Senior Accountant/u, never: [/studying/iu, /\bstudent\b/iu, /\bgraduate\b/iu] },
  ],
  [
    'a career changer who typed the role as the programme in old settings',
    { ...base, situation: 'changer', programme: 'Senior Accountant', currentRole: '', schools: [] },
    { says: /./u, never: [/studying Senior Accountant/iu, /\bstudent\b/iu] },
  ],
  [
    'a recent graduate',
    { ...base, situation: 'graduate', programme: 'Economics' },
    { says: /a recent Economics graduate/u, never: [/studying/iu, /\bstudent\b/iu] },
  ],
  [
    'a postdoc',
    { ...base, situation: 'researcher', programme: 'Neuroscience', currentRole: 'Postdoctoral Researcher' },
    { says: /a Postdoctoral Researcher/u, never: [/studying/iu, /\bstudent\b/iu] },
  ],
  ['someone who said nothing about themselves', { ...base, situation: undefined, programme: '', schools: [] }, { says: /./u, never: [/\bstudent\b/iu, /studying/iu] }],
];

/** What no draft may ever contain, whoever the user is. */
const NEVER = [
  /\bstudying (?:a |an )?(?:senior|junior|lead|head|manager|accountant|engineer|researcher|student|first-year|second-year)/iu,
  /\b(a|an|the) (a|an|the)\b/iu,
  /\b(\w+) \1\b/iu, // a doubled word
  /undefined|null|NaN|\{|\}/u,
  /\s[,.?!]/u,
  / {2}/u,
  /\ban [bcdfgjklmnpqrstvwz]\w/u, // "an Senior"
  /\ba [aeio]\w/iu, // "a Accountant"
  /,,|\.\./u,
];

const profiles = fixtureProfiles();
const cases = USERS.flatMap(([who, user, expected]) =>
  profiles.flatMap(({ name, profile }) =>
    MESSAGE_KIND_IDS.flatMap((kind) =>
      Array.from({ length: variantCount(kind) }, (_, variant) => [`${who} · ${name} · ${kind} #${variant}`, user, expected, { contact: profile, user, ...AFTER_MEETING, mutualName: 'Ana Li' } as DraftContext, kind, variant] as const),
    ),
  ),
);

describe('every situation × kind × variant × fixture profile reads as English', () => {
  it.each(cases)('%s', (_label, _user, expected, ctx, kind, variant) => {
    const { body, subject } = draftMessage(kind, ctx, variant);
    for (const pattern of [...NEVER, ...expected.never]) {
      expect(body, body).not.toMatch(pattern);
      if (subject) expect(subject).not.toMatch(pattern);
    }
    // Every sentence starts with a capital (or a quote/bracket), after the greeting.
    for (const sentence of body.split(/(?<=[.?!])\s+(?=\S)/u).slice(1)) expect(sentence, body).toMatch(/^[\p{Lu}“"[(\d]|^If |^Voicemail/u);
  });

  it.each(USERS)('%s: the requests say who they are', (_who, user, expected) => {
    const sam = profiles.find((p) => p.name === '2022-signed-in')!.profile;
    const requests = ['request-email', 'warm-request', 'call-script'] as const;
    const text = requests.flatMap((kind) => [0, 1, 2].map((v) => draftMessage(kind, { contact: sam, user }, v).body)).join('\n');
    expect(text).toMatch(expected.says);
  });
});

describe('who I am, in words', () => {
  it.each<[string, Parameters<typeof selfPhrase>[0], string]>([
    ['student, programme, year, school', { situation: 'student', programme: 'Physics', year: 'second year', school: 'Leeds' }, 'a second-year Physics student at Leeds'],
    ['student whose programme says it all', { situation: 'student', programme: 'First-year psychology student' }, 'a first-year psychology student'],
    ['MSc student', { situation: 'student', programme: 'MSc Data Science student' }, 'an MSc Data Science student'],
    ['graduate without programme', { situation: 'graduate', school: 'Leeds' }, 'a recent graduate of Leeds'],
    ['career changer', { situation: 'changer', currentRole: 'Accountant', programme: 'Accounting' }, 'an Accountant'],
    ['career changer without a role', { situation: 'changer' }, 'someone changing careers'],
    ['researcher in an area', { situation: 'researcher', programme: 'Neuroscience', school: 'UCL' }, 'a researcher in Neuroscience at UCL'],
    ['old settings with a programme only', { programme: 'Physics' }, 'a Physics student'],
    ['nothing', {}, ''],
  ])('%s → “%s”', (_label, facts, phrase) => {
    expect(selfPhrase(facts)).toBe(phrase);
  });

  it.each([
    ['UX researcher', 'a'],
    ['MSc student', 'an'],
    ['HR lead', 'an'],
    ['Engineer', 'an'],
    ['university student', 'a'],
    ['Senior Accountant', 'a'],
    ['hour', 'an'],
  ])('%s takes “%s”', (word, expected) => {
    expect(article(word)).toBe(expected);
  });

  it.each([
    ['2', 'second-year'],
    ['Year 3', 'third-year'],
    ['final year', 'final-year'],
    ['first', 'first-year'],
    ['sophomore', ''],
  ])('year “%s” → “%s”', (year, adjective) => {
    expect(yearAdjective(year)).toBe(adjective);
  });

  it.each<[Situation, RegExp]>([
    ['changer', /a move into UX research/u],
    ['student', /exploring UX research/u],
  ])('%s: what they explore', (situation, pattern) => {
    const body = draftMessage('request-email', { contact: { name: 'Sam' }, user: { ...base, situation, currentRole: 'Senior Accountant' } }).body;
    expect(body).toMatch(pattern);
  });
});
