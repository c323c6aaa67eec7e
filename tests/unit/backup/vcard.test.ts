import { contactsToVcard, escapeText, fold, splitName } from '@/lib/backup/vcard';
import { contact } from './build';

const octets = (text: string) => new TextEncoder().encode(text).byteLength;

/** What an address book does on import: unfold, split into properties, unescape the values. */
function readCards(vcf: string): Map<string, string>[] {
  const lines = vcf.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const cards: Map<string, string>[] = [];
  for (const line of lines) {
    if (line === 'BEGIN:VCARD') cards.push(new Map());
    const colon = line.indexOf(':');
    cards.at(-1)?.set(line.slice(0, colon), line.slice(colon + 1));
  }
  return cards;
}
const unescape = (value: string) => value.replace(/\\([\\,;nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
/** Splits a list value on the separators that are not escaped, unescaping each part. */
function parts(value: string, separator: string): string[] {
  const out = [''];
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    if (char === '\\') out[out.length - 1] += unescape(value.slice(i, ++i + 1));
    else if (char === separator) out.push('');
    else out[out.length - 1] += char;
  }
  return out;
}

describe('contactsToVcard', () => {
  it('writes one vCard 3.0 per contact with CRLF line endings', () => {
    const vcf = contactsToVcard([contact(1), contact(2)]);
    expect(vcf.match(/BEGIN:VCARD\r\nVERSION:3\.0\r\n/g)).toHaveLength(2);
    expect(vcf.match(/END:VCARD\r\n/g)).toHaveLength(2);
    expect(vcf).not.toMatch(/[^\r]\n/);
  });

  it('writes every field it has and leaves out the empty ones', () => {
    const ada = contact(1, {
      name: 'Ada Lovelace',
      currentCompany: 'Engines; Ltd',
      currentTitle: 'Engineer, analytical',
      email: 'ada@example.com',
      notes: 'Line one\nLine two, with a comma; and a semicolon \\ backslash',
      tags: ['maths', 'a, b'],
    });
    const [card] = readCards(contactsToVcard([ada, contact(2)]));
    expect(card && Object.fromEntries(card)).toEqual({
      BEGIN: 'VCARD',
      VERSION: '3.0',
      FN: 'Ada Lovelace',
      N: 'Lovelace;Ada;;;',
      ORG: 'Engines\\; Ltd',
      TITLE: 'Engineer\\, analytical',
      'EMAIL;TYPE=INTERNET': 'ada@example.com',
      URL: 'https://www.linkedin.com/in/person-1/',
      NOTE: 'Line one\\nLine two\\, with a comma\\; and a semicolon \\\\ backslash',
      CATEGORIES: 'maths,a\\, b',
      END: 'VCARD',
    });
    const [, bare] = readCards(contactsToVcard([ada, contact(2, { slug: undefined, profileUrl: undefined })]));
    expect([...(bare?.keys() ?? [])]).toEqual(['BEGIN', 'VERSION', 'FN', 'N', 'END']);
  });

  it.each([
    ['a long note in Latin letters', 'Ada Lovelace', 'Talked about engines, poetry; and the future of computing. '.repeat(8)],
    ['Chinese, folded between whole characters', 'Zhang Wěi 张伟', '我们在北京的咖啡馆见面，聊了很多关于软件工程和职业发展的话题。'.repeat(4)],
    ['Cyrillic and Arabic', 'Ольга محمد', 'Встреча в Москве; لقاء في القاهرة, '.repeat(6)],
    ['emoji, four bytes each', 'Zoë', '☕️🙂🚀'.repeat(30)],
    ['escapes at every position', 'Semi;colon', ';,\\\n'.repeat(40)],
  ])('folds %s at 75 octets and reads back the same', (_case, name, notes) => {
    const vcf = contactsToVcard([contact(1, { name, notes, tags: ['x,y', 'z;w'] })]);
    for (const line of vcf.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    const [card] = readCards(vcf);
    expect(unescape(card?.get('FN') ?? '')).toBe(name);
    expect(unescape(card?.get('NOTE') ?? '')).toBe(notes);
    expect(parts(card?.get('CATEGORIES') ?? '', ',')).toEqual(['x,y', 'z;w']);
    const { family, given, prefix, suffix } = splitName(name);
    expect(parts(card?.get('N') ?? '', ';')).toEqual([family, given, '', prefix, suffix]);
  });
});

describe('escapeText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb\r\nc\rd', 'a\\nb\\nc\\nd'],
    ['plain', 'plain'],
  ])('%j → %j', (input, output) => {
    expect(escapeText(input)).toBe(output);
  });
});

describe('fold', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(fold('x'.repeat(75))).toBe('x'.repeat(75));
    expect(fold('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('moves a character that would straddle the limit to the next line', () => {
    const folded = fold(`${'x'.repeat(74)}张`);
    expect(folded).toBe(`${'x'.repeat(74)}\r\n 张`);
  });

  it('never separates a backslash from the character it escapes', () => {
    expect(fold(`${'x'.repeat(74)}\\n`)).toBe(`${'x'.repeat(74)}\r\n \\n`);
  });
});

describe('splitName', () => {
  it.each([
    ['Ada Lovelace', { family: 'Lovelace', given: 'Ada', prefix: '', suffix: '' }],
    ['Ada King Lovelace', { family: 'Lovelace', given: 'Ada King', prefix: '', suffix: '' }],
    ['Dr. Jane Smith, PhD', { family: 'Smith', given: 'Jane', prefix: 'Dr.', suffix: 'PhD' }],
    ['Ludwig van Beethoven', { family: 'van Beethoven', given: 'Ludwig', prefix: '', suffix: '' }],
    ['Ana de la Cruz', { family: 'de la Cruz', given: 'Ana', prefix: '', suffix: '' }],
    ['Ольга', { family: '', given: 'Ольга', prefix: '', suffix: '' }],
    ['张伟', { family: '', given: '张伟', prefix: '', suffix: '' }],
    ['  Sam   Lee  ', { family: 'Lee', given: 'Sam', prefix: '', suffix: '' }],
  ])('%j', (name, expected) => {
    expect(splitName(name)).toEqual(expected);
  });
});

describe('bidi controls in a vCard', () => {
  it('are dropped, so the card shows the name as typed', async () => {
    const { contactsToVcard } = await import('@/lib/backup/vcard');
    const { contact } = await import('./build');
    const vcf = contactsToVcard([contact(1, { name: 'Jonas\u2067Weber\u2069', notes: 'a\u202Eb' })]);
    expect(vcf).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
    expect(vcf).toContain('FN:JonasWeber');
  });
});
