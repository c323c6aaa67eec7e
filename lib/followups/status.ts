/** Where a contact stands, from what was logged. Pure: no storage, no clock. */

export const CONTACT_STATUSES = [
  'saved',
  'requested',
  'replied',
  'scheduled',
  'met',
  'thanked',
  'keeping-in-touch',
  'closed',
] as const;
export type Status = (typeof CONTACT_STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  saved: 'Saved',
  requested: 'Requested',
  replied: 'Replied',
  scheduled: 'Scheduled',
  met: 'Met',
  thanked: 'Thanked',
  'keeping-in-touch': 'Keeping in touch',
  closed: 'Closed',
};

export interface StatusEvent {
  kind: string;
  at: number;
}

const STEP: Record<string, Status | undefined> = {
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
export function deriveStatus(events: readonly StatusEvent[]): Status {
  let status: Status = 'saved';
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    const next = STEP[event.kind];
    if (!next) continue;
    // A reply after a meeting or thanks does not move the contact back.
    if (next === 'replied' && ['met', 'thanked', 'keeping-in-touch'].includes(status)) continue;
    status = next;
  }
  return status;
}

/** How each logged interaction reads in a history. */
export const INTERACTION_LABELS: Record<string, string> = {
  'request-sent': 'Request sent',
  'follow-up-sent': 'Follow-up sent',
  'reply-received': 'Reply received',
  meeting: 'Meeting',
  'thank-you-sent': 'Thank-you sent',
  'check-in-sent': 'Check-in sent',
  note: 'Note',
};
