/**
 * Who the user is, in words that fit their situation: "a second-year Psychology student at
 * Leeds", "a Senior Accountant exploring a move into UX research", "a recent graduate of Leeds".
 * Never "studying Senior Accountant", never "a student" for someone who is not one.
 */
import type { Situation } from '@/lib/model/settings';
import { bare, tidy } from './names';

export interface SelfFacts {
  situation?: Situation;
  programme?: string;
  year?: string;
  currentRole?: string;
  school?: string;
}

/** "a" or "an" as the next word sounds (a UX researcher, an MSc student, a user, an hour). */
export function article(word: string): 'a' | 'an' {
  const w = word.trim();
  if (/^(?:[AEFHILMNORSX](?:[A-Z\d]|$|[\s.-]))/u.test(w)) return 'an'; // an MSc, an HR lead, an R&D role
  if (/^(?:uni|use|usu|uk|ur[aeio]|ux|one|eu)/iu.test(w)) return 'a';
  if (/^(?:hour|honou?r|heir)/iu.test(w)) return 'an';
  return /^[aeiou]/iu.test(w) ? 'an' : 'a';
}

export const withArticle = (phrase: string): string => `${article(phrase)} ${phrase}`;

const YEAR_WORD = /^(?:first|second|third|fourth|fifth|final|last|\d+(?:st|nd|rd|th)?)(?:[- ]year)?$/iu;
const YEAR_START = /^(?:first|second|third|fourth|fifth|final|\d+(?:st|nd|rd|th))[- ]year\b/iu;

/** "second year", "2", "Year 2", "2nd" → "second-year"; anything else → "". */
export function yearAdjective(year: string | undefined): string {
  const text = tidy(year).toLowerCase().replace(/^year\s+/u, '').replace(/\s*year$/u, '');
  const ordinals: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth' };
  const number = /^(\d)(?:st|nd|rd|th)?$/u.exec(text)?.[1];
  const word = number ? ordinals[number] : text;
  return word && YEAR_WORD.test(word) && !/\d/u.test(word) ? `${word}-year` : '';
}

/** A programme as typed, when it already says "student" or "graduate", or starts with a year. */
const SAYS_STUDENT = /\b(?:student|undergrad(?:uate)?|graduate|grad|candidate|phd|postdoc|fellow|researcher|scholar)\b/iu;

const lowerLead = (text: string): string => (YEAR_START.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/**
 * The noun phrase after "I'm": "a second-year Psychology student at Leeds". Empty when the user
 * said nothing about themselves (the draft then leaves the introduction out).
 */
export function selfPhrase(f: SelfFacts, { school = true }: { school?: boolean } = {}): string {
  const programme = bare(f.programme);
  const role = bare(f.currentRole);
  const at = school && f.school ? ` at ${f.school}` : '';
  const situation = f.situation ?? (programme || f.school ? 'student' : undefined);
  switch (situation) {
    case 'student': {
      if (programme && SAYS_STUDENT.test(programme)) return withArticle(`${lowerLead(programme)}${at}`);
      const year = YEAR_START.test(programme) ? '' : yearAdjective(f.year);
      const what = [year, programme, 'student'].filter(Boolean).join(' ');
      return withArticle(`${what}${at}`);
    }
    case 'graduate': {
      if (programme && SAYS_STUDENT.test(programme)) return withArticle(`${lowerLead(programme)}${school && f.school ? ` from ${f.school}` : ''}`);
      if (programme) return `a recent ${programme} graduate${school && f.school ? ` from ${f.school}` : ''}`;
      return f.school && school ? `a recent graduate of ${f.school}` : 'a recent graduate';
    }
    case 'changer':
      return role ? withArticle(role) : 'someone changing careers';
    case 'researcher': {
      if (role) return withArticle(`${role}${at}`);
      return programme ? `a researcher in ${programme}${at}` : `a researcher${at}`;
    }
    default:
      return role ? withArticle(role) : '';
  }
}
