import { messageForDue, type DueKind } from '@/lib/model/due';
import type { DraftKind } from './types';

/** Which message fits where a contact stands: what is due, else a first request. */
export function suggestedDraftKind(due: DueKind | undefined, referred: boolean, status: string | undefined): DraftKind {
  const forDue = due ? messageForDue(due) : undefined;
  if (forDue) return forDue;
  return referred && (status === undefined || status === 'saved') ? 'introduction' : 'connection-note';
}
