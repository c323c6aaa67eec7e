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

/**
 * The prep card's content: the research summary, and either the questions the
 * user arranged (kept on the contact) or fresh suggestions for this profile.
 */
export function preparedQuestions(
  profile: PrepProfile,
  user: GroundUser,
  now: Date,
  saved: readonly PreparedQuestion[] | undefined,
  referredByName?: string,
): { research: ResearchSummary; questions: PreparedQuestion[]; suggested: boolean } {
  const research = researchSummary(profile, user, now, referredByName);
  if (saved !== undefined) return { research, questions: [...saved], suggested: false };
  const questions = suggestQuestions(profile, user, { now }).map(({ text, area, reason }) => ({ text, area, reason }));
  return { research, questions, suggested: true };
}
