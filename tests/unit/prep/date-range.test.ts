import { formatYears, parseDateRange, yearsCovered } from '@/lib/prep/date-range';

const NOW = new Date(2026, 2, 15);
const month = (year: number, index: number) => new Date(year, index, 1);

describe('parseDateRange', () => {
  it.each([
    ['Jan 2022 - Present · 4 yrs', month(2022, 0), NOW, true],
    ['Mar 2019 - Dec 2021', month(2019, 2), month(2022, 0), false],
    ['Dec 2019 - Present · 2 yrs 4 mos', month(2019, 11), NOW, true],
    ['December 2008 – Present (7 years 1 month)', month(2008, 11), NOW, true],
    ['September 1992 – September 1994 (2 years 1 month)', month(1992, 8), month(1994, 9), false],
    ['Jul 2021 - Present 2 years 9 months', month(2021, 6), NOW, true],
    ['Aug 2020 - Jun 2021 11 months', month(2020, 7), month(2021, 6), false],
    ['2019 – 2021', month(2019, 0), month(2022, 0), false],
    ['2019 - 2021', month(2019, 0), month(2022, 0), false],
    ['2015 - Present', month(2015, 0), NOW, true],
    ['2007 – Present (8 years)', month(2007, 0), NOW, true],
    ['2014 - Jun 2019', month(2014, 0), month(2019, 6), false],
    ['May 2016 · 1 mo', month(2016, 4), month(2016, 5), false],
    ['2019', month(2019, 0), month(2020, 0), false],
    ['janv. 2020 - aujourd’hui', month(2020, 0), NOW, true],
    ["janv. 2020 - aujourd'hui", month(2020, 0), NOW, true],
    ['juin 2017 - aujourd’hui · 6 ans 9 mois', month(2017, 5), NOW, true],
    ['mai 2014 - avr. 2017 · 3 ans', month(2014, 4), month(2017, 4), false],
    ['sept. 2002 - aujourd’hui · 21 ans 6 mois', month(2002, 8), NOW, true],
    ['févr. 2018 - déc. 2019', month(2018, 1), month(2020, 0), false],
    ['août 2010 - juil. 2012', month(2010, 7), month(2012, 7), false],
    ['März 2018 - heute · 8 Jahre', month(2018, 2), NOW, true],
    ['Okt. 2015 - Dez. 2017', month(2015, 9), month(2018, 0), false],
    ['Nov 2021 — Present', month(2021, 10), NOW, true],
    ['03/2019 - 12/2021', month(2019, 2), month(2022, 0), false],
    ['  Sep 2018   -   Dec 2019  ', month(2018, 8), month(2020, 0), false],
  ])('%s', (text, start, end, ongoing) => {
    expect(parseDateRange(text, NOW)).toEqual({ start, end, ongoing });
  });

  it.each([
    ['', 'empty'],
    ['Present', 'no start'],
    ['2 yrs 4 mos', 'a duration only'],
    ['Dec 2021 - Mar 2019', 'an end before its start'],
    ['Jan 2030 - Present', 'a start after now'],
    ['Sample text', 'no date at all'],
  ])('%s → null (%s)', (text) => {
    expect(parseDateRange(text, NOW)).toBeNull();
  });

  it('accepts undefined (a job without dates)', () => {
    expect(parseDateRange(undefined, NOW)).toBeNull();
  });
});

describe('yearsCovered', () => {
  const span = (text: string) => parseDateRange(text, NOW) ?? expect.unreachable();

  it('counts overlapping time once and rounds down', () => {
    expect(yearsCovered([span('Jan 2020 - Dec 2021'), span('Jun 2021 - Dec 2022')])).toBe(3);
    expect(yearsCovered([span('Jan 2020 - Nov 2022')])).toBe(2);
  });

  it('adds separate spans', () => {
    expect(yearsCovered([span('2010 - 2011'), span('2015 - 2016')])).toBe(4);
  });

  it('is zero with nothing to count', () => {
    expect(yearsCovered([])).toBe(0);
  });
});

describe('formatYears', () => {
  it.each([
    ['Mar 2019 - Dec 2021', '2019–2021'],
    ['Jan 2022 - Present', '2022–present'],
    ['Feb 2020 - Nov 2020', '2020'],
    ['2019 - 2021', '2019–2021'],
  ])('%s → %s', (text, expected) => {
    expect(formatYears(parseDateRange(text, NOW) ?? expect.unreachable())).toBe(expected);
  });
});
