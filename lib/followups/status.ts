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

/**
 * The status follows the latest event that moves it; a note moves nothing. (The
 * user may also set a status by hand, e.g. closed; the next logged event
 * recomputes it from the history.)
 */
export function deriveStatus(events: readonly StatusEvent[]): ContactStatus {
  let status: ContactStatus = 'saved';
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    const next = STEP[event.kind];
    if (!next) continue;
    // A reply after a meeting or thanks does not move the contact back.
    if (next === 'replied' && ['met', 'thanked', 'keeping-in-touch'].includes(status)) continue;
    status = next;
  }
  return status;
}
