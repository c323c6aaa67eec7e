/**
 * The thank-you after a conversation, as a person would write it: one takeaway paraphrased in the
 * user's voice ("your point that a small portfolio matters more than a long CV stuck with me"), not
 * their note in quotation marks; the people they suggested, by name; optionally "keep me in mind".
 */
import type { Facts } from './facts';
import { bare, capFirst } from './names';
import { asAt, email, fieldOf, into } from './phrases';
import { type Writer } from './writer';

/** Verbs a takeaway noted as advice starts with ("Talk to the research ops team"). */
const IMPERATIVE =
  /^(?:always|ask|apply|attend|be|build|consider|contact|do|find|focus|follow|get|go|join|keep|learn|look|make|meet|network|practi[cs]e|read|reach|research|shadow|sign|spend|start|stay|take|talk|think|try|use|volunteer|write)\b/iu;

/** The first letter lowered, unless the word is a name or an acronym ("UX", "McKinsey", "I"). */
function lowerFirst(text: string): string {
  const word = text.split(/\s/u)[0] ?? '';
  if (word === 'I' || /^I['’]/u.test(word) || /\p{Lu}/u.test(word.slice(1))) return text;
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/** A noted takeaway as a phrase in the user's voice: "your point that …" or "your advice to …". */
export function paraphrase(takeaway: string): string {
  const text = bare(takeaway).replace(/^(?:that|to)\s+/iu, '');
  const should = /^(?:I|we)\s+(should|need to|must|ought to)\s+(.+)$/iu.exec(text);
  if (should) return `your advice that I ${should[1]!.toLowerCase()} ${should[2]}`;
  const youShould = /^(?:you\s+)?(?:should|need to|must)\s+(.+)$/iu.exec(text);
  if (youShould) return `your advice to ${youShould[1]}`;
  const dont = /^(?:don['’]t|do not|never)\s+(.+)$/iu.exec(text);
  if (dont) return `your advice not to ${dont[1]}`;
  if (IMPERATIVE.test(text)) return `your advice to ${lowerFirst(text)}`;
  return `your point that ${lowerFirst(text)}`;
}

/** "Jonas Weber", "Jonas Weber and Ana Li". */
const names = (list: readonly string[]): string => list.join(' and ');

function takeawayLine(f: Facts, variant: number): string | undefined {
  const [first, second] = f.takeaways.map(paraphrase);
  if (!first) return undefined;
  if (variant === 0) return `${capFirst(first)} really stuck with me${second ? `, and so did ${second}` : ''}.`;
  if (variant === 1) return `I keep coming back to ${first}.`;
  return `the biggest thing I took away was ${first}${second ? `, along with ${second}` : ''}.`;
}

/** "I'll get in touch with Jonas Weber, as you suggested." */
function leadLine(f: Facts, variant: number): string | undefined {
  if (f.leads.length === 0) return undefined;
  const who = names(f.leads);
  return variant === 1 ? `I'll reach out to ${who} this week, as you suggested.` : `I'll follow up with ${who}, as you suggested.`;
}

const KEEP_IN_MIND = 'please keep me in mind if you hear of something suitable.';

export const THANK_YOUS: readonly Writer[] = [
  (f) => ({
    subject: f.first ? `Thank you, ${f.first}` : 'Thank you',
    body: email(
      f,
      [
        f.takeaways.length
          ? ['thank you for taking the time to talk with me.', takeawayLine(f, 0)]
          : [
              `thank you for taking the time to talk with me and for being so open about how you found your way${into(f)}.`,
              `it gave me a much clearer picture of ${fieldOf(f) ?? 'what the work is really like'}.`,
            ],
        [leadLine(f, 0), 'thank you again for being so generous with your time and advice.', f.keepInMind && KEEP_IN_MIND],
      ],
      'Best,',
    ),
  }),
  (f) => ({
    subject: 'Thanks for your time',
    body: email(
      f,
      [
        [
          'thanks so much for our conversation.',
          takeawayLine(f, 1) ?? `hearing about your work${asAt(f)} was exactly what I needed at this stage.`,
        ],
        [leadLine(f, 1), "I really appreciate you making the time, and I'll keep you posted on how things go.", f.keepInMind && KEEP_IN_MIND],
      ],
      'With thanks,',
    ),
  }),
  (f) => ({
    subject: 'Thank you for the conversation',
    body: email(
      f,
      [
        [
          `I really appreciated your time and how honest you were about your work${asAt(f)}.`,
          takeawayLine(f, 2) ?? `it made ${fieldOf(f) ?? 'the field'} feel far less abstract.`,
        ],
        [leadLine(f, 2), 'thank you again. It meant a lot.', f.keepInMind && KEEP_IN_MIND],
      ],
      'Warm regards,',
    ),
  }),
];
