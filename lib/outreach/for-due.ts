import { KNOWN_RELATIONSHIPS, type Relationship } from '@/lib/model/contact';
import { messageForDue, type DueKind } from '@/lib/model/due';
import type { DraftKind } from './types';

/** Which message fits where a contact stands: what is due, else a first request. */
export function suggestedDraftKind(due: DueKind | undefined, referred: boolean, status: string | undefined, relationship?: string): DraftKind {
  const forDue = due ? messageForDue(due) : undefined;
  if (forDue) return forDue;
  if (KNOWN_RELATIONSHIPS.includes(relationship as Relationship) && (status === undefined || status === 'saved')) return 'warm-request';
  return referred && (status === undefined || status === 'saved') ? 'introduction' : 'connection-note';
}
