import { clipQuote, firstName, plainCompany } from '@/lib/outreach/names';

describe('firstName', () => {
  it.each([
    ['Sam Doe', 'Sam'],
    ['  Léa   Martin ', 'Léa'],
    ['Dr. Jane Doe, PhD', 'Jane'],
    ['Prof Jane Doe', 'Jane'],
    ['Jane Doe, MBA, CPA', 'Jane'],
    ['Jane Doe PhD', 'Jane'],
    ['Jane Doe 🌱', 'Jane'],
    ['🌱 Jane Doe', 'Jane'],
    ['Jane Doe (she/her)', 'Jane'],
    ['Jane Doe | Product Designer', 'Jane'],
    ['J. Robert Smith', 'Robert'],
    ['JANE DOE', 'Jane'],
    ['jean-luc picard', 'Jean-Luc'],
    ['McKenzie Doe', 'McKenzie'],
    ["o'brien", "O'Brien"],
    ['Cher', 'Cher'],
    ['张伟', '张伟'],
    ['山田 太郎', '山田太郎'],
    ['김민준', '김민준'],
    ['Ольга Петрова', 'Ольга'],
    ['محمد علي', 'محمد'],
    ['Dr.', ''],
    ['', ''],
    [undefined, ''],
    ['🚀', ''],
  ])('%j → %j', (name, expected) => {
    expect(firstName(name)).toBe(expected);
  });
});

describe('plainCompany', () => {
  it.each([
    ['Sample Bike Camps Inc.', 'Sample Bike Camps'],
    ['Globex', 'Globex'],
    ['Acme Corp. Ltd', 'Acme'],
    ['Initech (acquired by Globex)', 'Initech'],
    ['Northwind | Payments for everyone', 'Northwind'],
    ['', ''],
  ])('%j → %j', (company, expected) => {
    expect(plainCompany(company)).toBe(expected);
  });
});

describe('clipQuote', () => {
  it('keeps a short quote whole, without its closing punctuation', () => {
    expect(clipQuote('Talk to people first.', 10)).toBe('Talk to people first');
  });
  it('falls back to the first clause, then to whole words', () => {
    expect(clipQuote('Learn the business; the tools change every few years anyway and nobody remembers them', 6)).toBe('Learn the business');
    expect(clipQuote('one two three four five six seven eight', 4)).toBe('one two three four…');
  });
});
