/** Where a contact stands, from what was logged. Pure: no storage, no clock. */
import type { ContactStatus } from '@/lib/model/contact';

export interface StatusEvent {
  kind: string;
  at: number;
}

const STEP: Record<string, ContactStatus | undefined> = {
  'request-sent': 'requested',
  'follow-up-sent': 'requested',
  'reply-received': 'replied',
  scheduled: 'scheduled',
  meeting: 'met',
  'thank-you-sent': 'thanked',
  'check-in-sent': 'keeping-in-touch',
};

const MINUTE = 60_000;
const ORDER = Object.keys(STEP);
const rank = (kind: string) => (ORDER.includes(kind) ? ORDER.indexOf(kind) : -1);

/**
 * Oldest first. Forms keep times to the minute, so two events in the same minute (a request
 * marked sent at 10:00:30, a meeting logged at 10:00) are ordered by the steps of a conversation.
 */
function byTimeThenStep(a: StatusEvent, b: StatusEvent): number {
  const minutes = Math.floor(a.at / MINUTE) - Math.floor(b.at / MINUTE);
  return minutes !== 0 ? minutes : rank(a.kind) - rank(b.kind) || a.at - b.at;
}

/**
 * The status follows the latest event that moves it; a note moves nothing. (The
 * user may also set a status by hand, e.g. closed; the next logged event
 * recomputes it from the history.)
 */
export function deriveStatus(events: readonly StatusEvent[]): ContactStatus {
  let status: ContactStatus = 'saved';
  for (const event of [...events].sort(byTimeThenStep)) {
    const next = STEP[event.kind];
    if (!next) continue;
    // A reply after a meeting or thanks does not move the contact back.
    if (next === 'replied' && ['met', 'thanked', 'keeping-in-touch'].includes(status)) continue;
    status = next;
  }
  return status;
}
