/**
 * A balanced, tailored set of questions for one informational interview: every area, a spread
 * of TIARA tags, the contact's own situation (a pivot, a shared school, a long tenure, an early
 * career) asked about first, and always a "who else should I talk to?" question last.
 * Deterministic: the same profile, user and `now` give the same questions in the same order.
 */
import { commonGround, type GroundUser } from '@/lib/common-ground';
import { analyseCareer, type Career } from './career';
import { placeholderValues, fillWith, type PlaceholderValues, type PrepProfile } from './fill';
import { AREAS, type Area } from '@/lib/model/prep';
import { QUESTION_BANK, SITUATIONS, type BankQuestion, type Situation, type Tiara } from './question-bank';

export { fillQuestion, unfilledPlaceholders } from './fill';

export interface SuggestOptions {
  /** Resolves "Present" in date ranges; defaults to the current time. */
  now?: Date;
  /** How many questions, 8 to 10 (default 9). */
  count?: number;
  /** Only the bank to choose from; tests and custom banks. */
  bank?: readonly BankQuestion[];
}

export interface SuggestedQuestion {
  id: string;
  area: Area;
  tiara: readonly Tiara[];
  /** The question with the contact's details filled in. */
  text: string;
  /** Why it was suggested: "Because they moved from … to …". */
  reason: string;
}

export interface PrepSituation {
  career: Career;
  values: PlaceholderValues;
  /** The situations that hold, each with the reason to show beside its questions. */
  situations: Map<Situation, string>;
}

const MIN_PER_AREA = 2;
const MAX_PER_AREA = 3;
/** No single situation takes over the conversation. */
const MAX_PER_SITUATION = 2;
const PERSONAL_PLACEHOLDERS = new Set(['company', 'role', 'school', 'previousRole', 'previousCompany', 'field']);

const AREA_REASONS: Record<Area, string> = {
  personal: 'Their own story: something no website can tell you',
  qualifications: 'What it really takes, from someone who got there',
  landscape: 'How the field looks from the inside',
  leads: 'Turns this conversation into your next step',
};
const CLOSER_REASON = 'Always end by asking who else to talk to';

const years = (count: number): string => (count === 1 ? '1 year' : `${count} years`);

/** What holds for this contact, and why, in words the user sees. */
export function prepSituation(profile: PrepProfile, user: GroundUser & { situation?: string }, now: Date): PrepSituation {
  const career = analyseCareer(profile.experience ?? [], profile.education ?? [], now);
  const values = placeholderValues(profile, user, career);
  const situations = new Map<Situation, string>();
  if (career.change) situations.set('careerChange', `Because they ${career.change.clause}`);
  const school = commonGround(profile, user).find((ground) => ground.kind === 'school');
  if (school) situations.set('sharedSchool', `Because you both studied at ${school.value}`);
  if (career.longTenure && career.tenureYears !== null) {
    const where = values.company ? `at ${values.company}` : 'in their current role';
    situations.set('longTenure', `Because they have been ${where} for ${years(career.tenureYears)}`);
  }
  if (career.earlyCareer) {
    const span = career.yearsWorked === null ? '' : career.yearsWorked < 1 ? ' (less than a year in)' : ` (${years(career.yearsWorked)} in)`;
    situations.set('earlyCareer', `Because they started out recently${span}, so their first steps are fresh`);
  }
  if (user.situation === 'student' || user.situation === 'researcher') {
    situations.set('userInTraining', user.situation === 'student' ? 'Because you are still studying' : 'Because you are a researcher looking ahead');
  }
  if (user.situation === 'changer' || user.situation === 'graduate') situations.set('userWorking', 'Because you are past your studies');
  return { career, values, situations };
}

interface Candidate {
  question: BankQuestion;
  index: number;
  relevance: number;
}

function eligible(question: BankQuestion, situation: PrepSituation): boolean {
  const { requires, only, not } = question.when;
  return (
    requires.every((name) => situation.values[name] !== undefined) &&
    only.every((name) => situation.situations.has(name)) &&
    !not.some((name) => situation.situations.has(name))
  );
}

function relevance(question: BankQuestion): number {
  const personal = question.when.requires.filter((name) => PERSONAL_PLACEHOLDERS.has(name)).length;
  return question.when.only.length * 4 + personal;
}

/** Higher relevance first, then bank order. */
const byRelevance = (a: Candidate, b: Candidate): number => b.relevance - a.relevance || a.index - b.index;

function reasonFor(question: BankQuestion, situation: PrepSituation): string {
  const tailored = question.when.only.map((name) => situation.situations.get(name)).find(Boolean);
  return tailored ?? (question.closer ? CLOSER_REASON : AREA_REASONS[question.area]);
}

function choose(candidates: readonly Candidate[], target: number): Candidate[] {
  const chosen: Candidate[] = [];
  const covered = new Set<Tiara>();
  const take = (candidate: Candidate | undefined): void => {
    if (!candidate || chosen.includes(candidate)) return;
    chosen.push(candidate);
    candidate.question.tiara.forEach((tag) => covered.add(tag));
  };
  const inArea = (area: Area) => chosen.filter((candidate) => candidate.question.area === area).length;
  const spread = (candidate: Candidate) => candidate.relevance + 3 * candidate.question.tiara.filter((tag) => !covered.has(tag)).length;
  // At most two questions per situation, and not two of them in the same area.
  const saturated = (candidate: Candidate) =>
    candidate.question.when.only.some((name) => {
      const same = chosen.filter((other) => other.question.when.only.includes(name));
      return same.length >= MAX_PER_SITUATION || same.some((other) => other.question.area === candidate.question.area);
    });
  const best = (pool: readonly Candidate[]) =>
    pool
      .filter((candidate) => !chosen.includes(candidate) && !saturated(candidate))
      .sort((a, b) => spread(b) - spread(a) || a.index - b.index)[0];
  const open = candidates.filter((candidate) => !candidate.question.closer);

  // The closing question: a tailored one if there is one, else the first in the bank.
  const tailoredFirst = (a: Candidate, b: Candidate) => b.question.when.only.length - a.question.when.only.length || a.index - b.index;
  take(candidates.filter((candidate) => candidate.question.closer).sort(tailoredFirst)[0]);
  for (const name of SITUATIONS) {
    if (chosen.some((candidate) => candidate.question.when.only.includes(name))) continue;
    take(open.filter((candidate) => candidate.question.when.only.includes(name)).sort(byRelevance)[0]);
  }
  for (const area of AREAS) {
    while (inArea(area) < MIN_PER_AREA) {
      const next = best(open.filter((candidate) => candidate.question.area === area));
      if (!next) break;
      take(next);
    }
  }
  while (chosen.length < target) {
    const next = best(open.filter((candidate) => inArea(candidate.question.area) < MAX_PER_AREA));
    if (!next) break;
    take(next);
  }
  return chosen;
}

/** Area order, then tailored and more specific questions first; the closing question last. */
function order(a: Candidate, b: Candidate): number {
  const area = AREAS.indexOf(a.question.area) - AREAS.indexOf(b.question.area);
  return area || Number(a.question.closer) - Number(b.question.closer) || byRelevance(a, b);
}

/**
 * Eight to ten questions for this contact, ready to ask. Questions whose placeholders or
 * situations are unknown are never suggested, so no text is ever left with a hole in it.
 */
export function suggestQuestions(profile: PrepProfile, user: GroundUser & { situation?: string }, options: SuggestOptions = {}): SuggestedQuestion[] {
  const situation = prepSituation(profile, user, options.now ?? new Date());
  const target = Math.min(10, Math.max(8, Math.round(options.count ?? 9)));
  const candidates = (options.bank ?? QUESTION_BANK)
    .map((question, index) => ({ question, index, relevance: relevance(question) }))
    .filter((candidate) => eligible(candidate.question, situation));
  return choose(candidates, target)
    .sort(order)
    .map(({ question }) => ({
      id: question.id,
      area: question.area,
      tiara: question.tiara,
      text: fillWith(question.text, situation.values),
      reason: reasonFor(question, situation),
    }));
}
