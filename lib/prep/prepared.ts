import type { GroundUser } from '@/lib/common-ground';
import type { PrepProfile } from './fill';
import type { Area } from '@/lib/model/prep';
import { researchSummary, type ResearchSummary } from './research';
import { suggestQuestions } from './suggest';

export interface PreparedQuestion {
  text: string;
  area?: Area;
  reason?: string;
}

/** A question a course asks (from its course pack), with the course's name. */
export interface CourseQuestionOffer {
  text: string;
  area: Area;
  required: boolean;
  course: string;
}

const sameQuestion = (text: string) => text.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/gu, ' ').replace(/[\s?？]+$/u, '').trim();

/**
 * The prep card's content: the research summary, and either the questions the
 * user arranged (kept on the contact) or fresh suggestions for this profile. A course
 * the contact's career paths belong to puts its questions first: its required ones always
 * show (added to an arrangement that lacks them, until the user saves one with them), its
 * suggested ones head the fresh suggestions.
 */
export function preparedQuestions(
  profile: PrepProfile,
  user: GroundUser & { situation?: string },
  now: Date,
  saved: readonly PreparedQuestion[] | undefined,
  referredByName?: string,
  course: readonly CourseQuestionOffer[] = [],
): { research: ResearchSummary; questions: PreparedQuestion[]; suggested: boolean } {
  const research = researchSummary(profile, user, now, referredByName);
  const fromCourse = (question: CourseQuestionOffer): PreparedQuestion => ({
    text: question.text,
    area: question.area,
    reason: question.required ? `Required by ${question.course}` : `Suggested by ${question.course}`,
  });
  const without = (list: readonly PreparedQuestion[], taken: readonly PreparedQuestion[]) => {
    const keys = new Set(taken.map((question) => sameQuestion(question.text)));
    return list.filter((question) => !keys.has(sameQuestion(question.text)));
  };
  const required = course.filter((question) => question.required).map(fromCourse);
  if (saved !== undefined) return { research, questions: [...saved, ...without(required, saved)], suggested: false };
  const courseFirst = [...required, ...course.filter((question) => !question.required).map(fromCourse)];
  const questions = suggestQuestions(profile, user, { now }).map(({ text, area, reason }) => ({ text, area, reason }));
  return { research, questions: [...courseFirst, ...without(questions, courseFirst)], suggested: true };
}
