import { MESSAGE_KIND_IDS, MESSAGE_KINDS } from '@/lib/model/message-kinds';
import { coachDraft } from '@/lib/outreach/coach';
import { firstSentence } from '@/lib/outreach/coach-text';
import { coachOptionsFor, draftMessage, variantCount } from '@/lib/outreach/draft';
import { words } from '@/lib/outreach/names';
import { EMAIL_WORDS_WARN, SCRIPT_WORDS_MAX, type DraftContext, type DraftKind, type DraftUser } from '@/lib/outreach/types';
import { AFTER_MEETING, EMPTY_USER, FILLED_USER, fixtureProfiles } from './profiles';

const profiles = fixtureProfiles();
const MARCH_3 = new Date(2025, 2, 3, 12).getTime();

const users: [string, DraftUser][] = [
  ['default settings', EMPTY_USER],
  ['a filled profile sharing a school', FILLED_USER],
  ['a filled profile, 300-character notes', { ...FILLED_USER, noteLimit: 300 }],
];
const referrers = [undefined, 'Tomás Guerrero'];

const cases = profiles.flatMap(({ name, profile }) =>
  users.flatMap(([who, user]) =>
    referrers.flatMap((referredByName) =>
      MESSAGE_KIND_IDS.flatMap((kind) =>
        Array.from({ length: variantCount(kind) }, (_, variant) => {
          const ctx: DraftContext = { contact: profile, user, referredByName, ...AFTER_MEETING, lastMessageAt: MARCH_3 };
          return [`${name} · ${who} · ${referredByName ? 'referred' : 'cold'} · ${kind} #${variant}`, kind, ctx, variant] as const;
        }),
      ),
    ),
  ),
);

function fits(kind: DraftKind, body: string, limit: number) {
  if (kind === 'connection-note') expect(body.length).toBeLessThanOrEqual(limit);
  else if (MESSAGE_KINDS[kind].channel === 'phone') expect(words(body).length).toBeLessThanOrEqual(SCRIPT_WORDS_MAX);
  else expect(words(body).length).toBeLessThanOrEqual(EMAIL_WORDS_WARN);
}

describe('every kind × variant for every fixture profile', () => {
  it('has at least two variants per kind and covers all nine fixtures', () => {
    expect(profiles).toHaveLength(9);
    for (const kind of MESSAGE_KIND_IDS) expect(variantCount(kind)).toBeGreaterThanOrEqual(2);
  });

  it.each(cases)('%s fits and passes the coach', (_label, kind, ctx, variant) => {
    const draft = draftMessage(kind, ctx, variant);
    expect(draft).toMatchObject({ kind, variant, variantCount: variantCount(kind) });
    fits(kind, draft.body, ctx.user.noteLimit);
    const verdicts = coachDraft(kind, draft.body, coachOptionsFor(kind, ctx));
    // Until the user gives their name, the coach says so (and only that).
    const allowed = ctx.user.ownName ? [] : ['introduces-sender'];
    expect(verdicts.filter((v) => v.status === 'warn' && !allowed.includes(v.rule))).toEqual([]);
    expect(draft.body).not.toMatch(/undefined|null|\{|\s[,.]| {2}/u);
    if (MESSAGE_KINDS[kind].channel !== 'email') expect(draft.subject).toBeUndefined();
    else expect(draft.subject?.length).toBeGreaterThan(3);
  });
});

describe('personalisation', () => {
  const sam = profiles.find((p) => p.name === '2022-signed-in')!.profile; // studied at Sample University, works at Globex
  const base: DraftContext = { contact: sam, user: FILLED_USER, ...AFTER_MEETING };

  const toThem = MESSAGE_KIND_IDS.filter((kind) => !(MESSAGE_KINDS[kind] as { toMutual?: boolean }).toMutual);
  it.each(toThem.flatMap((kind) => [0, 1, 2].map((v) => [kind, v] as const)))('%s #%i greets them by first name', (kind, v) => {
    expect(draftMessage(kind, base, v).body).toMatch(/^Hi Sam,/u);
  });

  it.each([0, 1, 2])('a request opens with the shared school (variant %i)', (v) => {
    for (const kind of ['connection-note', 'request-email'] as const) {
      expect(firstSentence(draftMessage(kind, base, v).body)).toMatch(/Sample University|fellow|also studied/u);
    }
  });

  it('a referral comes before the school', () => {
    const body = draftMessage('connection-note', { ...base, referredByName: 'Tomás Guerrero' }).body;
    expect(firstSentence(body)).toBe('Tomás Guerrero suggested I reach out to you.');
    expect(body).not.toMatch(/Sample University/u);
  });

  it('an introduction says who suggested it', () => {
    const draft = draftMessage('introduction', { ...base, referredByName: 'Tomás Guerrero' });
    expect(draft.body).toContain('Tomás Guerrero suggested I reach out');
    expect(draft.subject).toContain('Tomás Guerrero');
  });

  it('an introduction with no referrer is a plain request email', () => {
    expect(draftMessage('introduction', base, 1).body).toBe(draftMessage('request-email', base, 1).body);
  });

  it('names their role, company and the user’s field', () => {
    const body = draftMessage('request-email', { ...base, user: { ...FILLED_USER, schools: [] } }, 0).body;
    expect(body).toContain('Software Engineer at Globex');
    expect(body).toContain('product design');
    expect(body).toMatch(/\nNoor Haddad$/u);
  });

  it.each([0, 1, 2])('a thank-you (variant %i) paraphrases a takeaway in the user’s voice, not in quotation marks', (v) => {
    const body = draftMessage('thank-you', base, v).body;
    expect(body).toMatch(/your advice to talk to the people who do the job before choosing a master’s/iu);
    expect(body).not.toContain('“');
  });

  it.each([0, 1, 2])('a keep-in-touch note (variant %i) recalls the advice and what the user did', (v) => {
    const body = draftMessage('keep-in-touch', base, v).body;
    expect(body).toContain('Write a short case study for every project you ship');
    expect(body).toContain('I wrote up my thesis prototype as a two-page case study');
  });

  it('a follow-up names the day of the unanswered message', () => {
    expect(draftMessage('follow-up', { ...base, lastMessageAt: MARCH_3 }).body).toContain('my note from 3 March');
    expect(draftMessage('follow-up', base).body).toContain('my earlier note');
  });

  it('is deterministic, and variants wrap around', () => {
    expect(draftMessage('request-email', base, 1)).toEqual(draftMessage('request-email', base, 1));
    expect(draftMessage('request-email', base, 4)).toEqual(draftMessage('request-email', base, 1));
    expect(draftMessage('request-email', base, -1).variant).toBe(2);
    const bodies = new Set([0, 1, 2].map((v) => draftMessage('connection-note', base, v).body));
    expect(bodies.size).toBe(3);
  });
});
