import { MESSAGE_KIND_IDS, MESSAGE_KINDS } from '@/lib/model/message-kinds';
import { coachDraft } from '@/lib/outreach/coach';
import { coachOptionsFor, draftMessage, variantCount } from '@/lib/outreach/draft';
import { words } from '@/lib/outreach/names';
import { EMAIL_WORDS_WARN, SCRIPT_WORDS_MAX, type DraftContact, type DraftContext, type DraftKind } from '@/lib/outreach/types';
import { AFTER_MEETING, EMPTY_USER, FILLED_USER } from './profiles';

const LONG_COMPANY =
  'The International Consortium for Sustainable Urban Mobility Research and Regional Transport Planning Services Ltd';
const all = (ctx: DraftContext) =>
  MESSAGE_KIND_IDS.flatMap((kind) => Array.from({ length: variantCount(kind) }, (_, v) => ({ kind, v, draft: draftMessage(kind, ctx, v) })));
/** The coach's warnings, but for the missing name it rightly raises while the user has none. */
const warnings = (kind: DraftKind, body: string, ctx: DraftContext) =>
  coachDraft(kind, body, coachOptionsFor(kind, ctx))
    .filter((r) => r.status === 'warn' && (ctx.user.ownName || r.rule !== 'introduces-sender'))
    .map((r) => r.rule);

function expectFitsAndPasses(ctx: DraftContext) {
  for (const { kind, draft } of all(ctx)) {
    if (kind === 'connection-note') expect(draft.body.length, draft.body).toBeLessThanOrEqual(ctx.user.noteLimit);
    else if (MESSAGE_KINDS[kind].channel === 'phone') expect(words(draft.body).length, draft.body).toBeLessThanOrEqual(SCRIPT_WORDS_MAX);
    else expect(words(draft.body).length, draft.body).toBeLessThanOrEqual(EMAIL_WORDS_WARN);
    expect(warnings(kind, draft.body, ctx), draft.body).toEqual([]);
  }
}

const sam: DraftContact = {
  name: 'Sam Doe',
  headline: 'Software Engineer at Globex',
  currentTitle: 'Software Engineer',
  currentCompany: 'Globex',
  location: 'Palo Alto, California',
  education: [{ school: 'Sample University' }],
};

describe('a 120-character company name', () => {
  expect(LONG_COMPANY.length).toBeGreaterThanOrEqual(110);
  const contact = { ...sam, currentCompany: LONG_COMPANY, headline: undefined, currentTitle: 'Senior Transport Planner' };

  it.each([
    ['default settings', EMPTY_USER],
    ['a filled profile', FILLED_USER],
    ['a filled profile with the company as a past employer', { ...FILLED_USER, schools: [], employers: [LONG_COMPANY] }],
  ])('still fits 200 characters, by leaving parts out (%s)', (_who, user) => {
    const ctx: DraftContext = { contact, user, ...AFTER_MEETING };
    expectFitsAndPasses(ctx);
    for (const v of [0, 1, 2]) {
      const body = draftMessage('connection-note', ctx, v).body;
      // Never cut mid-word: either the whole name or none of it.
      expect(body.includes('Consortium') === body.includes('Planning Services')).toBe(true);
      expect(body).not.toMatch(/…/u);
    }
  });

  it('keeps subject lines short', () => {
    for (const { draft } of all({ contact, user: EMPTY_USER, referredByName: 'Tomás Guerrero' })) {
      expect(draft.subject?.length ?? 0).toBeLessThanOrEqual(70);
    }
  });

  it('is named in full where there is room, without its legal suffix', () => {
    const body = draftMessage('connection-note', { contact, user: { ...EMPTY_USER, noteLimit: 300 } }, 1).body;
    expect(body).toContain('Regional Transport Planning Services caught my eye');
  });
});

describe('names', () => {
  it.each([
    ['张伟', 'Hi 张伟,'],
    ['Ольга Петрова', 'Hi Ольга,'],
    ['محمد علي', 'Hi محمد,'],
    ['Dr. Jane Doe, PhD', 'Hi Jane,'],
    ['Jane Doe 🌱 (she/her)', 'Hi Jane,'],
    ['Cher', 'Hi Cher,'],
    ['', 'Hello,'],
    [undefined, 'Hello,'],
    ['🚀🚀', 'Hello,'],
  ])('%s → %s', (name, greeting) => {
    const ctx: DraftContext = { contact: { ...sam, name }, user: FILLED_USER, ...AFTER_MEETING };
    for (const { kind, draft } of all(ctx)) {
      // Written to the mutual connection, not to them.
      if (kind === 'ask-introduction') continue;
      expect(draft.body.startsWith(greeting), `${kind}: ${draft.body}`).toBe(true);
      expect(warnings(kind, draft.body, ctx)).toEqual([]);
    }
  });

  it('a thank-you subject without a name still reads', () => {
    expect(draftMessage('thank-you', { contact: {}, user: EMPTY_USER }).subject).toBe('Thank you');
  });
});

describe('little to go on', () => {
  it('a bare name and nothing shared still gives a sound request', () => {
    expectFitsAndPasses({ contact: { name: 'Ada Lindqvist' }, user: EMPTY_USER, ...AFTER_MEETING });
    const body = draftMessage('connection-note', { contact: { name: 'Ada Lindqvist' }, user: EMPTY_USER }).body;
    expect(body).toBe('Hi Ada, I\'d love to hear how you found your way into your line of work. Would you have 15 minutes for a call or coffee sometime?');
  });

  it('an empty contact and empty settings still draft every kind', () => {
    for (const { draft } of all({ contact: {}, user: EMPTY_USER })) expect(draft.body.length).toBeGreaterThan(40);
  });

  it('no common ground: the request opens with them', () => {
    const ctx: DraftContext = { contact: sam, user: { ...FILLED_USER, schools: ['Elsewhere College'], employers: [], city: 'Leeds' } };
    expect(coachOptionsFor('connection-note', ctx).commonGround).toEqual([]);
    for (const v of [0, 1, 2]) expect(warnings('connection-note', draftMessage('connection-note', ctx, v).body, ctx)).toEqual([]);
  });

  it('no company: the role alone', () => {
    const body = draftMessage('connection-note', { contact: { name: 'Sam Doe', currentTitle: 'Nurse' }, user: EMPTY_USER }, 1).body;
    expect(body).toContain('your work as Nurse caught my eye');
  });

  it('a role read from the headline when there is no title', () => {
    const body = draftMessage('connection-note', { contact: { name: 'Sam', headline: 'Data Analyst at Initech | Runner' }, user: EMPTY_USER }, 1).body;
    expect(body).toContain('your work as Data Analyst at Initech');
  });

  it.each([0, 1, 2])('no takeaways: the thank-you (variant %i) still thanks them specifically, and the coach asks for one', (v) => {
    const ctx: DraftContext = { contact: sam, user: FILLED_USER };
    const draft = draftMessage('thank-you', ctx, v);
    expect(draft.body).toMatch(/Thank|thank|appreciated/u);
    expect(draft.body).toMatch(/Software Engineer|Globex|product design/u);
    expect(warnings('thank-you', draft.body, ctx)).toEqual(['names-a-takeaway']);
  });

  it.each([0, 1, 2])('no advice noted: the keep-in-touch note (variant %i) still checks in, and the coach says what is missing', (v) => {
    const ctx: DraftContext = { contact: sam, user: FILLED_USER };
    const draft = draftMessage('keep-in-touch', ctx, v);
    expect(draft.body).toMatch(/\?$/mu);
    expect(warnings('keep-in-touch', draft.body, ctx)).toEqual(['recalls-advice', 'reports-back']);
  });

  it('a very long takeaway is quoted by its first clause, not cut mid-word', () => {
    const takeaway =
      'Spend your first year learning how the business makes money; everything else about the job, from the tools to the titles, changes every few years anyway';
    const ctx: DraftContext = { contact: sam, user: FILLED_USER, takeaways: [takeaway] };
    const draft = draftMessage('thank-you', ctx);
    expect(draft.body).toContain('Your advice to spend your first year learning how the business makes money really stuck with me.');
    expect(warnings('thank-you', draft.body, ctx)).toEqual([]);
  });
});

describe('note limit', () => {
  const long: DraftContext = {
    contact: { ...sam, currentTitle: 'Principal Product Designer, Accessibility and Inclusive Research' },
    user: { ...FILLED_USER, fieldOfInterest: 'accessible product design' },
  };

  it('300 leaves in what 200 has to leave out', () => {
    const at200 = draftMessage('connection-note', long, 0).body;
    const at300 = draftMessage('connection-note', { ...long, user: { ...long.user, noteLimit: 300 } }, 0).body;
    expect(at200.length).toBeLessThanOrEqual(200);
    expect(at300.length).toBeLessThanOrEqual(300);
    expect(at300.length).toBeGreaterThan(at200.length);
    expect(at300).toContain('Principal Product Designer');
  });

  it('the limit is never exceeded, whatever the inputs', () => {
    const huge = 'Wolfeschlegelsteinhausenbergerdorff '.repeat(5).trim();
    const ctx: DraftContext = {
      contact: { name: huge, currentTitle: huge, currentCompany: huge, education: [{ school: huge }] },
      user: { ...FILLED_USER, schools: [huge], fieldOfInterest: huge, programme: huge },
      referredByName: huge,
    };
    for (const limit of [200, 300] as const) {
      for (const v of [0, 1, 2]) expect(draftMessage('connection-note', { ...ctx, user: { ...ctx.user, noteLimit: limit } }, v).body.length).toBeLessThanOrEqual(limit);
    }
  });
});
