/** Pure schedule logic: what is due next for one contact, from what was logged. */

export const HOUR_MS = 60 * 60 * 1000;
export const DEFAULT_THANK_YOU_WITHIN_MS = 24 * HOUR_MS;

export interface HistoryEvent {
  kind: 'meeting' | 'thank-you-sent';
  at: number;
}

export interface Due {
  kind: 'thank-you';
  /** When it became due. */
  dueAt: number;
  /** When it counts as late. */
  overdueAt: number;
}

export interface ScheduleSettings {
  thankYouWithinMs: number;
}

export const DEFAULT_SCHEDULE: ScheduleSettings = { thankYouWithinMs: DEFAULT_THANK_YOU_WITHIN_MS };

/**
 * A thank-you is due from the moment a meeting was held until a thank-you is
 * logged after it; it is overdue once `thankYouWithinMs` have passed.
 */
export function nextDue(history: readonly HistoryEvent[], settings = DEFAULT_SCHEDULE): Due | null {
  let lastMeeting = -Infinity;
  let lastThanks = -Infinity;
  for (const event of history) {
    if (event.kind === 'meeting') lastMeeting = Math.max(lastMeeting, event.at);
    else lastThanks = Math.max(lastThanks, event.at);
  }
  if (lastMeeting === -Infinity || lastThanks >= lastMeeting) return null;
  return { kind: 'thank-you', dueAt: lastMeeting, overdueAt: lastMeeting + settings.thankYouWithinMs };
}

export function isOverdue(due: Pick<Due, 'overdueAt'>, now: number): boolean {
  return now >= due.overdueAt;
}
