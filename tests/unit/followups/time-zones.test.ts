/**
 * Issue 12, item 10: a step the user marked done or snoozed keeps that meaning after a flight to
 * another time zone (or a change of the computer's zone), though its day is counted on the new
 * local calendar.
 */
import { nextDue, type ScheduleInput } from '@/lib/followups/next-due';
import { DEFAULT_CADENCES } from '@/lib/model/settings';

const DAY = 86_400_000;
const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});
const inZone = <T>(zone: string, read: () => T): T => {
  process.env.TZ = zone;
  return read();
};

// Friday 13 November 23:30 in New York is Saturday 05:30 in Amsterdam: the business days differ.
const REQUEST = Date.UTC(2026, 10, 14, 4, 30);
const requested: ScheduleInput = { createdAt: REQUEST, history: [{ kind: 'request-sent', at: REQUEST }], status: 'requested' };
const NOW = REQUEST + 2 * DAY;

describe('after a change of time zone', () => {
  it('a suggestion marked done in New York stays done in Amsterdam', () => {
    const step = inZone('America/New_York', () => nextDue(requested, DEFAULT_CADENCES, NOW))!;
    expect(step.kind).toBe('second-contact');
    const after = inZone('Europe/Amsterdam', () => nextDue({ ...requested, dismissed: [step.key] }, DEFAULT_CADENCES, NOW));
    expect(after?.kind).toBe('follow-up');
  });

  it('a snooze set in New York still holds in Amsterdam, until the same moment', () => {
    const step = inZone('America/New_York', () => nextDue(requested, DEFAULT_CADENCES, NOW))!;
    const snoozed = { key: step.key, until: NOW + 6 * DAY };
    const after = inZone('Europe/Amsterdam', () => nextDue({ ...requested, snoozed }, DEFAULT_CADENCES, NOW))!;
    expect(after).toMatchObject({ kind: 'second-contact', dueAt: NOW + 6 * DAY });
  });

  it('"Mark prepared" in Amsterdam stays done in New York, where the day before starts six hours later', () => {
    const meeting = Date.UTC(2026, 10, 18, 15);
    const scheduled: ScheduleInput = { ...requested, history: [...requested.history, { kind: 'reply-received', at: REQUEST + DAY }], scheduled: { at: meeting } };
    const prepare = inZone('Europe/Amsterdam', () => nextDue(scheduled, DEFAULT_CADENCES, meeting - DAY))!;
    expect(prepare.kind).toBe('prepare');
    expect(inZone('America/New_York', () => nextDue({ ...scheduled, dismissed: [prepare.key] }, DEFAULT_CADENCES, meeting - DAY))).toBeNull();
  });

  it('a check-in snoozed in Amsterdam is still snoozed in New York (only New York changed its clocks since)', () => {
    // Thanked on 27 October: Amsterdam is already on winter time, New York changes on 1 November.
    const met = Date.UTC(2026, 9, 27, 8);
    const thanked: ScheduleInput = { createdAt: met, history: [{ kind: 'meeting', at: met }, { kind: 'thank-you-sent', at: met + 2 * 3_600_000 }] };
    const now = met + 60 * DAY;
    const step = inZone('Europe/Amsterdam', () => nextDue(thanked, DEFAULT_CADENCES, now))!;
    expect(step.kind).toBe('keep-in-touch');
    const snoozed = { key: step.key, until: now + 3 * DAY };
    expect(inZone('America/New_York', () => nextDue({ ...thanked, snoozed }, DEFAULT_CADENCES, now))).toMatchObject({ kind: 'keep-in-touch', dueAt: now + 3 * DAY });
  });

  it('what was marked done before steps were named this way still counts, in the zone it was done in', () => {
    const step = inZone('Europe/Amsterdam', () => nextDue(requested, DEFAULT_CADENCES, NOW))!;
    const stored = `second-contact@${step.dueAt}`;
    expect(inZone('Europe/Amsterdam', () => nextDue({ ...requested, dismissed: [stored] }, DEFAULT_CADENCES, NOW))?.kind).toBe('follow-up');
  });
});
