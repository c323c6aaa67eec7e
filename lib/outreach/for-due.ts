import type { DueKind } from '@/lib/followups/next-due';
import type { DraftKind } from './types';

/** The message that goes with each follow-up step (none for "another person" or "move on"). */
export const DRAFT_FOR_DUE: Partial<Record<DueKind, DraftKind>> = {
  'thank-you': 'thank-you',
  'follow-up': 'follow-up',
  'keep-in-touch': 'keep-in-touch',
  'reach-out': 'introduction',
};

/** Which message fits where a contact stands: what is due, else a first request. */
export function suggestedDraftKind(due: DueKind | undefined, referred: boolean, status: string | undefined): DraftKind {
  const forDue = due ? DRAFT_FOR_DUE[due] : undefined;
  if (forDue) return forDue;
  return referred && (status === undefined || status === 'saved') ? 'introduction' : 'connection-note';
}
