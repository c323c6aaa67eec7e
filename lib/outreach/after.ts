/**
 * The kinds sent after a conversation: a thank-you that names what the user took away, in the
 * words they noted it, and a keep-in-touch note that recalls the contact's advice and what the
 * user did with it. Without those notes they still read as sincere, and the coach says what is missing.
 */
import type { Facts } from './facts';
import { capFirst } from './names';
import { asAt, atCompany, email, fieldOf, into } from './phrases';
import type { Writer } from './requests';

const q = (text: string): string => `“${text}”`;

function takeawayLine(f: Facts, variant: number): string | undefined {
  const [first, second] = f.takeaways;
  if (!first) return undefined;
  if (variant === 0) return `${q(first)} really stuck with me${second ? `, and so did ${q(second)}` : ''}.`;
  if (variant === 1) return `I keep coming back to what you said: ${q(first)}.${second ? ` And also: ${q(second)}.` : ''}`;
  return `the biggest thing I took away was ${q(first)}${second ? `, along with ${q(second)}` : ''}.`;
}

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
        ['thank you again for being so generous with your time and advice.'],
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
        ["I really appreciate you making the time, and I'll keep you posted on how things go."],
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
        ['thank you again. It meant a lot.'],
      ],
      'Warm regards,',
    ),
  }),
];

const did = (f: Facts): string | undefined => f.whatIDid && capFirst(f.whatIDid);

export const KEEP_IN_TOUCH: readonly Writer[] = [
  (f) => ({
    subject: 'A quick update since we spoke',
    body: email(
      f,
      [
        [
          `it's been a while since we spoke, and ${f.advice ? `your advice, ${q(f.advice)}, has` : 'our conversation has'} stayed with me.`,
          did(f) && `Here's what I did with it: ${did(f)}.`,
        ],
        ['thank you again for the nudge.', `how are things going${atCompany(f)} these days?`],
      ],
      'Best,',
    ),
  }),
  (f) => ({
    subject: f.advice ? 'Your advice, put to use' : 'Checking in',
    body: email(
      f,
      [
        [
          `I wanted to say thank you once more${f.advice ? ` for telling me ${q(f.advice)}` : ' for our conversation'}.`,
          did(f) && `I took it to heart: ${did(f)}.`,
        ],
        ['what are you working on these days?'],
      ],
      'With thanks,',
    ),
  }),
  (f) => ({
    subject: 'Checking in',
    body: email(
      f,
      [
        [`I've often thought back to our chat${f.advice ? `, especially when you said ${q(f.advice)}` : ''}.`, did(f) && `Here's where it led: ${did(f)}.`],
        [`is there anything new${atCompany(f)} you're excited about?`],
      ],
      'Warm regards,',
    ),
  }),
];
