import { AREAS } from '@/lib/model/prep';
import { PLACEHOLDERS, QUESTION_BANK, TIARA, placeholdersIn } from '@/lib/prep/question-bank';
import { fillWith } from '@/lib/prep/fill';

const ALL_VALUES = Object.fromEntries(PLACEHOLDERS.map((name) => [name, `<${name}>`]));

describe('the question bank', () => {
  it('has at least 40 questions', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(40);
  });

  it.each(AREAS)('has at least 8 questions in %s', (area) => {
    expect(QUESTION_BANK.filter((question) => question.area === area).length).toBeGreaterThanOrEqual(8);
  });

  it.each(TIARA)('uses the TIARA tag %s', (tag) => {
    expect(QUESTION_BANK.some((question) => question.tiara.includes(tag))).toBe(true);
  });

  it('tags every question at least once, without repeats', () => {
    for (const question of QUESTION_BANK) {
      expect(question.tiara.length).toBeGreaterThan(0);
      expect(new Set(question.tiara).size).toBe(question.tiara.length);
    }
  });

  it('has unique, stable-looking ids that name their area', () => {
    const ids = QUESTION_BANK.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of QUESTION_BANK) expect(question.id).toMatch(new RegExp(`^${question.area}-[a-z0-9-]+$`, 'u'));
  });

  it('uses only placeholders it can fill, and requires exactly those', () => {
    for (const question of QUESTION_BANK) {
      const used = placeholdersIn(question.text);
      expect(PLACEHOLDERS).toEqual(expect.arrayContaining(used));
      expect([...question.when.requires].sort()).toEqual([...used].sort());
      expect(placeholdersIn(fillWith(question.text, ALL_VALUES))).toEqual([]);
    }
  });

  it('uses every placeholder somewhere', () => {
    const used = new Set(QUESTION_BANK.flatMap((question) => placeholdersIn(question.text)));
    expect([...used].sort()).toEqual([...PLACEHOLDERS].sort());
  });

  it('asks questions, one at a time', () => {
    for (const question of QUESTION_BANK) {
      expect(question.text.trim().endsWith('?')).toBe(true);
      expect(question.text).not.toMatch(/\s{2}|\{\s*\}/u);
    }
  });

  it('never asks for a job or what a website could answer', () => {
    const forbidden = /\b(hiring|openings?|vacanc\w*|hire me|refer me|job for me|apply|application|what does (your company|\{company\}) do)\b/iu;
    for (const question of QUESTION_BANK) expect(question.text).not.toMatch(forbidden);
  });

  it('always has a closing "who else" question that needs nothing', () => {
    const closers = QUESTION_BANK.filter((question) => question.closer);
    expect(closers.every((question) => question.area === 'leads')).toBe(true);
    expect(closers.some((question) => question.when.requires.length === 0 && question.when.only.length === 0)).toBe(true);
  });

  it('offers each area enough questions that need no data at all', () => {
    for (const area of AREAS) {
      const open = QUESTION_BANK.filter((question) => question.area === area && question.when.requires.length === 0 && question.when.only.length === 0);
      expect(open.length).toBeGreaterThanOrEqual(2);
    }
  });
});
