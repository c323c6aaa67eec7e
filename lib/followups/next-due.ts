import { addBusinessDays, addWeeks } from 'date-fns';
import type { DueValues } from '@/lib/model/contact';
import type { DueKind } from '@/lib/model/due';
import { DEFAULT_CADENCES, type Cadences } from '@/lib/model/settings';

/**
 * Pure schedule logic: what is due next for one contact, from what was logged.
 * Business days and weeks are counted on the local calendar (the user's time
 * zone), so a reminder keeps its wall-clock time across daylight-saving changes.
 */

const HOUR_MS = 60 * 60 * 1000;

export interface HistoryEvent {
  kind: string;
  at: number;
}

export interface Due {
  kind: DueKind;
  /** When it became (or becomes) due. */
  dueAt: number;
  /** When it counts as late (thank-you notes only). */
  overdueAt?: number;
  /** What the step's words need besides the contact (lib/model/due.ts renders them at display time). */
  values?: DueValues;
  /** Names this step (`kind@time`, before any snooze), for "mark done". */
  key: string;
}


export interface ScheduleInput {
  createdAt: number;
  history: readonly HistoryEvent[];
  /** Set for a lead someone suggested: the name of who suggested them. */
  referredByName?: string;
  /** Keys (`kind@dueAt`) of suggestions the user marked done without logging anything. */
  dismissed?: readonly string[];
  /** "Remind me later" for one step (its key); a different step is not delayed by it. */
  snoozed?: { key: string; until: number };
  status?: string;
}

export const dueKey = (due: Pick<Due, 'kind' | 'dueAt'>) => `${due.kind}@${due.dueAt}`;

function latest(history: readonly HistoryEvent[], kinds: readonly string[], after = -Infinity): number | undefined {
  let best: number | undefined;
  for (const event of history) {
    if (kinds.includes(event.kind) && event.at > after && (best === undefined || event.at > best)) best = event.at;
  }
  return best;
}

/** The one thing due next for a contact at `now`, or null when nothing is. */
export function nextDue(input: ScheduleInput, settings: Cadences = DEFAULT_CADENCES, now = Date.now()): Due | null {
  const step = rawNextDue(input, settings, now);
  if (!step) return null;
  const due = { ...step, key: dueKey(step) };
  const snooze = input.snoozed;
  if (snooze && snooze.key === due.key && snooze.until > due.dueAt) {
    return { ...due, dueAt: snooze.until, overdueAt: due.overdueAt === undefined ? undefined : Math.max(due.overdueAt, snooze.until) };
  }
  return due;
}

type Step = Omit<Due, 'key'>;

function rawNextDue(input: ScheduleInput, settings: Cadences, now: number): Step | null {
  const { history } = input;
  const dismissed = new Set(input.dismissed ?? []);
  const lastMeeting = latest(history, ['meeting']);
  const lastThanks = latest(history, ['thank-you-sent']);

  // 1. A thank-you note after every meeting, within the day.
  if (lastMeeting !== undefined && (lastThanks === undefined || lastThanks < lastMeeting)) {
    return {
      kind: 'thank-you',
      dueAt: lastMeeting,
      overdueAt: lastMeeting + settings.thankYouWithinHours * HOUR_MS,
    };
  }
  if (input.status === 'closed') return null;

  const lastRequest = latest(history, ['request-sent']);
  // 2. A lead someone suggested, not contacted yet.
  if (lastRequest === undefined && lastMeeting === undefined && input.referredByName !== undefined) {
    const due: Step = {
      kind: 'reach-out',
      dueAt: input.createdAt,
      values: { referrer: input.referredByName },
    };
    return dismissed.has(dueKey(due)) ? null : due;
  }

  // 3. A request with no answer: 3B7 — another person at 3 business days, one follow-up at 7, then move on.
  if (lastRequest !== undefined && lastMeeting === undefined) {
    const answered = latest(history, ['reply-received'], lastRequest) !== undefined;
    if (answered) return null;
    if (latest(history, ['follow-up-sent'], lastRequest) !== undefined) return null;
    const followUp: Step = {
      kind: 'follow-up',
      dueAt: addBusinessDays(lastRequest, settings.followUpAfterBusinessDays).getTime(),
    };
    const second: Step = {
      kind: 'second-contact',
      dueAt: addBusinessDays(lastRequest, settings.secondPersonAfterBusinessDays).getTime(),
    };
    if (now < followUp.dueAt && !dismissed.has(dueKey(second))) return second;
    return dismissed.has(dueKey(followUp)) ? null : followUp;
  }

  // 4. Keep in touch once thanked: every N weeks after the latest contact of any kind.
  if (lastThanks !== undefined) {
    const lastContact = Math.max(...history.map((event) => event.at));
    const sinceReply = latest(history, ['reply-received', 'meeting', 'thank-you-sent']) ?? -Infinity;
    const unanswered = history.filter((event) => event.kind === 'check-in-sent' && event.at > sinceReply).length;
    const dueAt = addWeeks(lastContact, settings.keepInTouchWeeks).getTime();
    if (unanswered >= settings.checkInsBeforeClosing) {
      const close: Step = { kind: 'close', dueAt: lastContact, values: { unanswered } };
      return dismissed.has(dueKey(close)) ? null : close;
    }
    const checkIn: Step = { kind: 'keep-in-touch', dueAt };
    return dismissed.has(dueKey(checkIn)) ? null : checkIn;
  }
  return null;
}

export function isOverdue(due: Pick<Due, 'overdueAt'>, now: number): boolean {
  return due.overdueAt !== undefined && now >= due.overdueAt;
}
