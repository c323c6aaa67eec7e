import { AREAS } from '@/lib/model/prep';
import { TIARA, placeholdersIn } from '@/lib/prep/question-bank';
import { fillQuestion, suggestQuestions, unfilledPlaceholders, type SuggestedQuestion } from '@/lib/prep/suggest';
import { CAREER_CHANGER, NOW, NO_USER, USER, fixtureProfiles, profile } from './profiles';

const areaIndex = (question: SuggestedQuestion) => AREAS.indexOf(question.area);

function expectBalanced(questions: SuggestedQuestion[]): void {
  expect(questions.length).toBeGreaterThanOrEqual(8);
  expect(questions.length).toBeLessThanOrEqual(10);
  expect(new Set(questions.map((question) => question.area))).toEqual(new Set(AREAS));
  expect(questions.map(areaIndex)).toEqual(questions.map(areaIndex).sort((a, b) => a - b));
  expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
  expect(new Set(questions.flatMap((question) => question.tiara)).size).toBeGreaterThanOrEqual(4);
  for (const question of questions) {
    expect(question.text).not.toMatch(/[{}]/u);
    expect(question.reason).not.toBe('');
  }
  // The last question asks who else to talk to.
  expect(questions.at(-1)).toMatchObject({ area: 'leads' });
  expect(questions.at(-1)?.text).toMatch(/\b(who|anyone|someone|others?)\b/iu);
}

describe.each(fixtureProfiles())('suggestQuestions for %s', (_name, contact) => {
  it.each([
    ['with the user’s settings', USER],
    ['with empty settings', NO_USER],
  ])('is balanced, filled and ends with "who else?" %s', (_label, user) => {
    expectBalanced(suggestQuestions(contact, user, { now: NOW }));
  });

  it('is deterministic', () => {
    expect(suggestQuestions(contact, USER, { now: NOW })).toEqual(suggestQuestions(structuredClone(contact), { ...USER }, { now: new Date(NOW) }));
  });

  it('covers all five TIARA tags', () => {
    expect(new Set(suggestQuestions(contact, USER, { now: NOW }).flatMap((question) => question.tiara))).toEqual(new Set(TIARA));
  });
});

describe('tailoring', () => {
  it('asks a career changer about the pivot, with the reason', () => {
    const questions = suggestQuestions(CAREER_CHANGER, NO_USER, { now: NOW });
    expectBalanced(questions);
    const pivot = questions.find((question) => question.id === 'personal-pivot-why');
    expect(pivot?.text).toBe('What made you decide to leave your work as Clinical Psychologist for what you do now?');
    expect(pivot?.reason).toBe('Because they moved from Clinical Psychologist at Riverside Clinic to Senior UX Researcher at Lumen Health');
    expect(questions[0]).toBe(pivot);
  });

  it('asks a fellow alumnus about the school', () => {
    const questions = suggestQuestions(CAREER_CHANGER, { ...NO_USER, schools: ['Universiteit Leiden'] }, { now: NOW });
    const alumni = questions.filter((question) => question.reason === 'Because you both studied at Leiden University');
    expect(alumni.length).toBeGreaterThanOrEqual(1);
    expect(alumni.some((question) => question.text.includes('Leiden University'))).toBe(true);
  });

  it('asks a long-serving contact how the role changed', () => {
    const questions = suggestQuestions(fixtureProfiles().find(([name]) => name === '2015-guest')?.[1] ?? profile(), NO_USER, { now: NOW });
    expect(questions.find((question) => question.id === 'personal-tenure-role')).toMatchObject({
      text: 'How has your role at Initech changed over the years you have been there?',
      reason: 'Because they have been at Initech for 17 years',
    });
  });

  it('asks someone early in their career about their first steps', () => {
    const junior = profile({ name: 'Sam Lee', experience: [{ title: 'UX Designer', company: 'Acme', dateRange: 'Sep 2024 - Present' }] });
    const questions = suggestQuestions(junior, NO_USER, { now: NOW });
    expectBalanced(questions);
    const early = questions.filter((question) => question.reason.startsWith('Because they started out recently (1 year in)'));
    expect(early.length).toBeGreaterThanOrEqual(1);
    expect(questions.map((question) => question.id)).not.toContain('personal-same-route');
  });

  it('gives a sensible set for a profile with nothing but a name', () => {
    for (const user of [NO_USER, USER]) {
      const questions = suggestQuestions(profile({ name: 'Ada' }), user, { now: NOW });
      expectBalanced(questions);
      expect(questions.at(-1)?.id).toBe('leads-who-else');
    }
  });

  it('keeps the count between 8 and 10', () => {
    expect(suggestQuestions(CAREER_CHANGER, USER, { now: NOW, count: 3 })).toHaveLength(8);
    expect(suggestQuestions(CAREER_CHANGER, USER, { now: NOW, count: 10 })).toHaveLength(10);
    expect(suggestQuestions(CAREER_CHANGER, USER, { now: NOW, count: 50 })).toHaveLength(10);
  });
});

describe('fillQuestion', () => {
  it.each([
    ['What did {firstName} learn at {company}?', 'What did Noor learn at Lumen Health?'],
    ['As {role}, and before as {previousRole} at {previousCompany}?', 'As Senior UX Researcher, and before as Clinical Psychologist at Riverside Clinic?'],
    ['About { company } spacing', 'About Lumen Health spacing'],
    ['Your time at {school}?', 'Your time at Leiden University?'],
    ['A {mystery} stays', 'A {mystery} stays'],
    ['An {constructor} stays too', 'An {constructor} stays too'],
    ['No placeholders', 'No placeholders'],
  ])('%s', (text, expected) => {
    expect(fillQuestion(text, CAREER_CHANGER, NO_USER, NOW)).toBe(expected);
  });

  it('leaves what it cannot know for the page to flag', () => {
    const filled = fillQuestion('What is new in {field} at {company}?', profile({ name: 'Ada' }));
    expect(filled).toBe('What is new in {field} at {company}?');
    expect(unfilledPlaceholders(filled)).toEqual(['field', 'company']);
    expect(fillQuestion('What is new in {field}?', profile(), USER)).toBe('What is new in UX research?');
    expect(placeholdersIn('{a} {a} {b}')).toEqual(['a', 'b']);
  });
});
