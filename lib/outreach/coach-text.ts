/** Reading a draft the way the coach needs: without its greeting and sign-off, by sentence, by pronoun. */
import { normaliseName } from '@/lib/common-ground';
import { firstName, words } from './names';

export { words };

const SIGN_OFF =
  /^(?:best(?: wishes| regards)?|(?:kind|warm|warmest|many|with)?\s*(?:regards|thanks|thank you|wishes)|thanks(?: again| so much)?|thank you(?: again| so much)?|cheers|sincerely|yours(?: sincerely| truly)?|warmly|all the best|talk soon|take care|with gratitude|gratefully)\b[\s,.!]*[^\n?]{0,40}$/iu;
const GREETING = /^\s*(?:hi|hello|hey|dear|hiya|greetings|good (?:morning|afternoon|evening))\b[^\n,!.]{0,60}[,!.:]?\s*/iu;

/** The text without the sign-off ("Best,\nSam", "Thanks, Sam", "— Sam") at its end. */
export function withoutSignOff(text: string): string {
  const lines = text.trim().split('\n');
  for (let i = Math.max(0, lines.length - 3); i < lines.length; i++) {
    if (i > 0 && SIGN_OFF.test((lines[i] ?? '').trim())) return lines.slice(0, i).join('\n').trim();
  }
  // A one-line note signed at its end: "…sometime? Thanks, Sam" or "…sometime? — Sam".
  return text
    .trim()
    .replace(/([.!?])\s+(?:[-–—]\s*\S[^\n.?!]{0,30}|(?:thanks|thank you|best|cheers)\b[^\n.?!]{0,30})$/iu, '$1')
    .trim();
}

/** The first sentence after the greeting ("Hi Sam,"). */
export function firstSentence(text: string): string {
  const rest = text.trim().replace(GREETING, '');
  const match = /^[\s\S]*?(?:[.!?…](?=\s+[^a-z\s]|\s*$)|\n|$)/u.exec(rest);
  return (match?.[0] ?? rest).trim();
}

/** The last character that is not a closing quote, bracket or emoji. */
export function endsWithQuestion(text: string): boolean {
  const body = withoutSignOff(text).replace(/[\s"'”’)\]\p{Extended_Pictographic}\uFE0F]+$/u, '');
  return /[?？؟]$/u.test(body);
}

const YOU = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'd", "you'll"]);
const ME = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);

export function pronouns(text: string): { you: number; me: number } {
  let you = 0;
  let me = 0;
  for (const token of withoutSignOff(text).toLowerCase().replace(/[’‘]/gu, "'").match(/[\p{L}']+/gu) ?? []) {
    const word = token.replace(/^'+|'+$/gu, '');
    if (YOU.has(word)) you++;
    else if (ME.has(word)) me++;
  }
  return { you, me };
}

const STOP = new Set(
  'the a an and or but to of in on at for with about from that this these those is are was were be been it its your you my me i we our they them their as so if not just really more most very can could would should will into than then also'.split(
    ' ',
  ),
);

function contentWords(text: string): string[] {
  return normaliseName(text)
    .split(' ')
    .filter((w) => w.length >= 3 && !STOP.has(w));
}

/**
 * Whether `text` carries `reference` in its own words: most of its content words (at least three,
 * or all of them when it has fewer), so a quote or a close paraphrase counts and a passing mention does not.
 */
export function echoes(text: string, reference: string): boolean {
  const wanted = [...new Set(contentWords(reference))].slice(0, 12);
  if (wanted.length === 0) return false;
  const have = new Set(contentWords(text));
  const hits = wanted.filter((w) => have.has(w)).length;
  return hits >= Math.min(3, wanted.length) && hits >= wanted.length / 2;
}

/** Whether a sentence names a shared thing: its value as spelled, or a referrer by first name. */
export function mentions(sentence: string, value: string): boolean {
  const hay = ` ${normaliseName(sentence)} `;
  const candidates = [value, firstName(value)].map(normaliseName).filter((v) => v.length >= 2);
  return candidates.some((v) => hay.includes(` ${v} `));
}
