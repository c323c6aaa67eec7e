/** A keep-in-touch note: recalls their advice and says what the user did with it. */
import type { Facts } from './facts';
import { capFirst } from './names';
import { atCompany, email } from './phrases';
import { quote, type Writer } from './writer';

const did = (f: Facts): string | undefined => f.whatIDid && capFirst(f.whatIDid);

export const KEEP_IN_TOUCH: readonly Writer[] = [
  (f) => ({
    subject: 'A quick update since we spoke',
    body: email(
      f,
      [
        [
          `it's been a while since we spoke, and ${f.advice ? `your advice, ${quote(f.advice)}, has` : 'our conversation has'} stayed with me.`,
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
          `I wanted to say thank you once more${f.advice ? ` for telling me ${quote(f.advice)}` : ' for our conversation'}.`,
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
        [`I've often thought back to our chat${f.advice ? `, especially when you said ${quote(f.advice)}` : ''}.`, did(f) && `Here's where it led: ${did(f)}.`],
        [`is there anything new${atCompany(f)} you're excited about?`],
      ],
      'Warm regards,',
    ),
  }),
];
