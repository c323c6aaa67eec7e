import { describe, expect, it } from 'vitest';
import { courseDueText } from '@/lib/course/due';

const now = new Date('2026-11-02T18:30:00').getTime();
const day = (iso: string) => new Date(`${iso}T00:00:00`).getTime();

describe('a course due date in the popup', () => {
  it.each([
    ['2026-11-07', 'Due in 5 days: Presentation — Health careers 101'],
    ['2026-11-03', 'Due tomorrow: Presentation — Health careers 101'],
    ['2026-11-02', 'Due today: Presentation — Health careers 101'],
  ])('on %s reads “%s” (counted in calendar days)', (date, text) => {
    expect(courseDueText({ label: 'Presentation', courseName: 'Health careers 101', at: day(date) }, now)).toBe(text);
  });
});
