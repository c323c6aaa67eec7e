/** The thank-you after a conversation: names what the user took away, in the words they noted it. */
import type { Facts } from './facts';
import { asAt, email, fieldOf, into } from './phrases';
import { quote, type Writer } from './writer';

function takeawayLine(f: Facts, variant: number): string | undefined {
  const [first, second] = f.takeaways;
  if (!first) return undefined;
  if (variant === 0) return `${quote(first)} really stuck with me${second ? `, and so did ${quote(second)}` : ''}.`;
  if (variant === 1) return `I keep coming back to what you said: ${quote(first)}.${second ? ` And also: ${quote(second)}.` : ''}`;
  return `the biggest thing I took away was ${quote(first)}${second ? `, along with ${quote(second)}` : ''}.`;
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
