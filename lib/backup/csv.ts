/**
 * Contacts as a spreadsheet: one row per person, the columns a person would read.
 * Opens in Excel, Numbers and Google Sheets with non-Latin names intact (UTF-8 BOM, CRLF).
 */
import { withoutBidiControls } from '@/lib/bidi';
import Papa from 'papaparse';
import { CONTACT_FIELDS, STATUS_LABELS, contactFieldsWhere, fieldText, type Contact } from '@/lib/model/contact';

export const CSV_BOM = '\uFEFF';

/** The contact's text fields marked `inCsv` (lib/model/contact.ts), then what the user keeps by hand. */
const TEXT_COLUMNS = contactFieldsWhere('inCsv');
export const CSV_COLUMNS = [
  ...TEXT_COLUMNS.map((key) => CONTACT_FIELDS[key].label),
  'Status',
  'Tags',
  'Referred by',
  'LinkedIn URL',
  'Notes',
  'Saved',
  'Updated',
];

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
 * papaparse's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, which misses a formula
 * followed by a line break (`.` stops at "\n"), so this pattern checks the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function contactsToCsv(contacts: readonly Contact[]): string {
  const nameById = new Map<number, string>();
  for (const contact of contacts) if (contact.id !== undefined) nameById.set(contact.id, contact.name);

  const rows = contacts.map((contact) =>
    [
      ...TEXT_COLUMNS.map((key) => fieldText(key, contact[key]) ?? ''),
      STATUS_LABELS[contact.status],
      contact.tags.join('; '),
      contact.referredBy === undefined ? '' : (nameById.get(contact.referredBy) ?? ''),
      contact.profileUrl ?? '',
      contact.notes,
      isoDate(contact.createdAt),
      isoDate(contact.updatedAt),
    ].map(withoutBidiControls),
  );
  const csv = Papa.unparse(
    { fields: CSV_COLUMNS, data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  // papaparse ends a header-only file with a newline but not one with rows: end both with one.
  return `${CSV_BOM}${csv.replace(/\r\n$/, '')}\r\n`;
}

/** 2024-05-31 in the user's own time zone: the day they would say they saved someone. */
function isoDate(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
