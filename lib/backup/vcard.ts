/**
 * Contacts as vCard 3.0 (RFC 2426), the version every address book imports: one card per
 * person, CRLF line endings, text escaped and long lines folded at 75 octets.
 */
import { withoutBidiControls } from '@/lib/bidi';
import { CONTACT_FIELDS, contactFieldsWhere, type Contact, type ContactFieldInfo } from '@/lib/model/contact';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** Lower-case words that belong to the family name: "Ludwig van Beethoven", "Ana de la Cruz". */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'al']);
const PREFIXES = /^(dr|prof|mr|mrs|ms|mx|sir|dame)\.?$/i;

export function contactsToVcard(contacts: readonly Contact[]): string {
  return contacts.map(card).join('');
}

function card(contact: Contact): string {
  const name = splitName(contact.name);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeText(contact.name)}`,
    `N:${[name.family, name.given, '', name.prefix, name.suffix].map(escapeText).join(';')}`,
  ];
  const add = (property: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') lines.push(`${property}:${value}`);
  };
  for (const key of contactFieldsWhere('vcard')) {
    const value = contact[key];
    add((CONTACT_FIELDS[key] as ContactFieldInfo).vcard!, value && escapeText(value));
  }
  // A URI, not text: commas and semicolons in it stay as they are; line breaks never belong.
  add('URL', contact.profileUrl?.replace(/[\r\n]/g, ''));
  add('NOTE', escapeText(contact.notes));
  add('CATEGORIES', contact.tags.map(escapeText).join(','));
  lines.push('END:VCARD');
  return lines.map(fold).join(CRLF) + CRLF;
}

/** RFC 6350 §3.4 / RFC 2426 §4: backslash, comma and semicolon escaped; every line break becomes \n; bidi controls dropped. */
export function escapeText(value: string): string {
  return withoutBidiControls(value).replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8: the continuation
 * lines start with one space. Never splits a multi-byte character or an escape like \n.
 */
export function fold(line: string): string {
  const units = line.match(/\\.|[\s\S]/gu) ?? [];
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const unit of units) {
    const size = utf8Length(unit);
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = MAX_LINE_OCTETS;
    }
    current += unit;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function utf8Length(text: string): number {
  let octets = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return octets;
}

export interface NameParts {
  family: string;
  given: string;
  prefix: string;
  suffix: string;
}

/**
 * Best effort, for the structured N property only (FN keeps the name as written):
 * "Dr. Ada King Lovelace, PhD" → prefix Dr., given "Ada King", family Lovelace, suffix PhD.
 * A single word ("Ольга", "张伟") is taken as the given name.
 */
export function splitName(fullName: string): NameParts {
  const [main = '', ...suffixes] = fullName.split(',').map((part) => part.trim());
  const words = main.split(/\s+/).filter(Boolean);
  const prefix = words.length > 1 && PREFIXES.test(words[0] ?? '') ? (words.shift() ?? '') : '';
  const suffix = suffixes.filter(Boolean).join(', ');
  if (words.length <= 1) return { family: '', given: words[0] ?? '', prefix, suffix };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1] ?? '')) start--;
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' '), prefix, suffix };
}
