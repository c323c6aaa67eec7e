import Papa from 'papaparse';
import { CSV_COLUMNS, contactsToCsv } from '@/lib/backup/csv';
import { T0, contact } from './build';

const HEADER = 'Name,Headline,Current role,Company,Location,Email,Phone,Relationship,How or where you met,Status,Tags,Referred by,LinkedIn URL,Notes,Saved,Updated';

/** Reads the CSV back the way a spreadsheet would: BOM off, first row as the header. */
function readBack(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
  return parsed.data;
}

describe('contactsToCsv', () => {
  it('writes a BOM, a header row and CRLF line endings', () => {
    const csv = contactsToCsv([contact(1), contact(2)]);
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('writes just the header for no contacts', () => {
    expect(contactsToCsv([])).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('fills each column the way a person reads it', () => {
    const ada = contact(1, {
      name: 'Ada Lovelace',
      headline: 'Analyst',
      currentTitle: 'Engineer',
      currentCompany: 'Engines Ltd',
      location: 'London',
      email: 'ada@example.com',
      status: 'keeping-in-touch',
      tags: ['maths', 'mentor'],
      notes: 'Likes poetry',
      createdAt: T0,
      updatedAt: T0 + 2 * 86_400_000,
    });
    const [, row] = readBack(contactsToCsv([ada, contact(2, { name: 'Charles', referredBy: 1, slug: undefined, profileUrl: undefined })]));
    expect(readBack(contactsToCsv([ada]))[0]).toEqual({
      Name: 'Ada Lovelace',
      Headline: 'Analyst',
      'Current role': 'Engineer',
      Company: 'Engines Ltd',
      Location: 'London',
      Email: 'ada@example.com',
      Phone: '',
      Relationship: '',
      'How or where you met': '',
      Status: 'Keeping in touch',
      Tags: 'maths; mentor',
      'Referred by': '',
      'LinkedIn URL': 'https://www.linkedin.com/in/person-1/',
      Notes: 'Likes poetry',
      Saved: '2024-05-01',
      Updated: '2024-05-03',
    });
    expect(row).toMatchObject({ Name: 'Charles', 'Referred by': 'Ada Lovelace', 'LinkedIn URL': '', Headline: '' });
  });

  it.each([
    ['commas', 'Smith, Jane', 'Met at lunch, then coffee, then lunch'],
    ['double quotes', 'Jane "JJ" Smith', 'She said "call me" twice'],
    ['line breaks in notes', 'Jane Smith', 'First line\nSecond line\r\nThird line'],
    ['Chinese', 'Zhang Wěi 张伟', '在北京见面'],
    ['Cyrillic', 'Ольга', 'Встреча в Москве'],
    ['Arabic', 'محمد', 'لقاء في القاهرة'],
    ['emoji and accents', 'Zoë Ångström', '☕️ next week'],
  ])('round-trips %s', (_case, name, notes) => {
    const [row] = readBack(contactsToCsv([contact(1, { name, notes })]));
    expect(row?.Name).toBe(name);
    expect(row?.Notes).toBe(notes);
  });

  describe('formula injection', () => {
    it.each([
      ['=SUM(A1:A9)'],
      ['+44 20 7946 0000'],
      ['-1'],
      ['@SUM(1)'],
      ['\tTabbed'],
      ['\rReturn'],
      ['=HYPERLINK("https://evil.example")\nand a second line'],
    ])('neutralises a cell starting like %j', (notes) => {
      const [row] = readBack(contactsToCsv([contact(1, { notes })]));
      expect(row?.Notes).toBe(`'${notes}`);
    });

    it.each([['Ada'], [' =not first'], ['a=b'], ['1-2'], ['ada@example.com'], ["'quoted"], ['']])(
      'leaves %j as it is',
      (notes) => {
        const [row] = readBack(contactsToCsv([contact(1, { notes })]));
        expect(row?.Notes).toBe(notes);
      },
    );

    it('guards every column, not just notes', () => {
      const [row] = readBack(contactsToCsv([contact(1, { name: '=cmd|calc', tags: ['-x', 'ok'], currentCompany: '@corp' })]));
      expect(row).toMatchObject({ Name: "'=cmd|calc", Tags: "'-x; ok", Company: "'@corp" });
    });
  });
});

describe('bidi controls', () => {
  it('are dropped from every cell, so a name reads as typed and a hidden formula is still caught', async () => {
    const { contactsToCsv } = await import('@/lib/backup/csv');
    const { contact } = await import('./build');
    const csv = contactsToCsv([contact(1, { name: 'Jonas\u202Egnp.exe', notes: '\u202E=1+1' })]);
    expect(csv).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
    expect(csv).toContain('Jonasgnp.exe');
    expect(csv).toContain("'=1+1");
  });
});
