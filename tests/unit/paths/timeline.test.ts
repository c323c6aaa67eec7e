import { describe, expect, it } from 'vitest';
import { termTimeline, TIMELINE_MONTHS } from '@/lib/paths/timeline';

// Local time (the suite runs in Europe/Amsterdam): a month is a month on the user's calendar.
const at = (year: number, month: number, day = 10) => new Date(year, month - 1, day, 12).getTime();
const NOW = at(2026, 12, 2);
const path = (uid: string, name: string, createdAt = at(2026, 10, 1), target = 5) => ({ uid, name, target, createdAt });
const monthsOf = (months: number[]) => months.map((ms) => { const d = new Date(ms); return `${d.getFullYear()}-${d.getMonth() + 1}`; });

describe('a term at a glance', () => {
  it('counts conversations held per month and path, from the first path to this month, against each target', () => {
    const timeline = termTimeline({
      paths: [path('ra-000001', 'Regulatory affairs'), path('ux-000001', 'UX research', at(2026, 11, 3), 3)],
      contacts: [{ id: 1, pathUids: ['ra-000001'] }, { id: 2, pathUids: ['ux-000001'] }, { id: 3 }],
      meetings: [
        { contactId: 1, heldAt: at(2026, 10, 20) },
        { contactId: 1, heldAt: at(2026, 12, 1) },
        { contactId: 2, heldAt: at(2026, 11, 5) },
        // Held by a contact on no path, but chosen for UX research in the meeting form.
        { contactId: 3, heldAt: at(2026, 11, 28), pathUids: ['ux-000001'] },
      ],
      now: NOW,
    });
    expect(monthsOf(timeline.months)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(timeline.rows).toEqual([
      { uid: 'ra-000001', name: 'Regulatory affairs', target: 5, byMonth: [1, 0, 1], held: 2 },
      { uid: 'ux-000001', name: 'UX research', target: 3, byMonth: [0, 2, 0], held: 2 },
    ]);
  });

  it.each([
    ['a scheduled conversation not yet held', { contactId: 1, scheduledAt: at(2026, 12, 20) }],
    ['a conversation its form moved to another path', { contactId: 1, heldAt: at(2026, 11, 2), pathUids: ['ux-000001'] }],
    ['a conversation with someone on no path', { contactId: 9, heldAt: at(2026, 11, 2) }],
    ['a conversation after now', { contactId: 1, heldAt: at(2026, 12, 30) }],
  ])('leaves out %s', (_, meeting) => {
    const timeline = termTimeline({ paths: [path('ra-000001', 'Regulatory affairs')], contacts: [{ id: 1, pathUids: ['ra-000001'] }, { id: 9 }], meetings: [meeting], now: NOW });
    expect(timeline.rows[0]!.held).toBe(0);
    expect(timeline.rows[0]!.byMonth.every((count) => count === 0)).toBe(true);
  });

  it('starts at a conversation held before the path was created, and shows only the last twelve months', () => {
    const timeline = termTimeline({
      paths: [path('ra-000001', 'Regulatory affairs', at(2026, 11, 1))],
      contacts: [{ id: 1, pathUids: ['ra-000001'] }],
      meetings: [{ contactId: 1, heldAt: at(2024, 6, 1) }, { contactId: 1, heldAt: at(2026, 1, 15) }],
      now: NOW,
    });
    expect(timeline.months).toHaveLength(TIMELINE_MONTHS);
    expect(monthsOf(timeline.months)[0]).toBe('2026-1');
    // The 2024 conversation is before the window, yet it counts towards the target.
    expect(timeline.rows[0]).toMatchObject({ byMonth: [1, ...Array(11).fill(0)], held: 2 });
  });

  it('shows this month alone for a path created today, and nothing without paths', () => {
    expect(monthsOf(termTimeline({ paths: [path('ra-000001', 'Regulatory affairs', NOW)], contacts: [], meetings: [], now: NOW }).months)).toEqual(['2026-12']);
    expect(termTimeline({ paths: [], contacts: [], meetings: [{ contactId: 1, heldAt: at(2026, 11, 1) }], now: NOW })).toEqual({ months: [], rows: [] });
  });
});
