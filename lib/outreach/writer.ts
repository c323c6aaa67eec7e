/** What every message kind's writers share: the shape of a writer, and a few phrasings. */
import type { Facts } from './facts';
import { atCompany, fieldOf } from './phrases';

export interface Written {
  subject?: string;
  body: string;
}
export type Writer = (f: Facts) => Written;

/** Their words or the user's, in typographic quotes. */
export const quote = (text: string): string => `“${text}”`;

/** What a subject line says the email is about; a long company name is left to the body. */
export const subjectAbout = (f: Facts): string => {
  if (fieldOf(f)) return `your path and ${fieldOf(f)}`;
  return f.company && f.company.length <= 40 ? `your path${atCompany(f)}` : 'your path';
};
