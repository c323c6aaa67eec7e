/** An introduction through the person who suggested them: the referrer opens the door, the ask stays small. */
import { asAt, email, exploringWhat, into, opener, referrerFirst, WAYS_TO_MEET } from './phrases';
import { iAmCurious } from './request-email';
import { type Writer } from './writer';

export const INTRODUCTIONS: readonly Writer[] = [
  (f) => ({
    subject: `${f.referrer} suggested I get in touch`,
    body: email(
      f,
      [
        [
          opener(f, 0),
          `${exploringWhat(f) ? `I'm exploring ${exploringWhat(f)}, and ` : ''}${referrerFirst(f)} thought your experience${asAt(f)} would be a great place to start.`,
        ],
        [`would you be open to a 15–20 minute chat ${WAYS_TO_MEET} sometime in the next few weeks, whenever suits you?`],
      ],
      'Best,',
    ),
  }),
  (f) => ({
    subject: `Introduction via ${f.referrer}`,
    body: email(
      f,
      [
        [opener(f, 1), `I'd love to hear how you found your way${into(f)} and what has surprised you most along the way.`],
        ['could you spare 15–20 minutes for a call, a video chat or a coffee in the coming weeks, at a time that suits you?'],
      ],
      'Thank you,',
    ),
  }),
  (f) => ({
    subject: `${f.referrer} thought we should talk`,
    body: email(
      f,
      [
        [opener(f, 2), `${iAmCurious(f, 'exploring')}hearing about your work${asAt(f)} would help me a lot.`],
        [`would a 15–20 minute chat ${WAYS_TO_MEET} sometime in the next few weeks work for you, whenever suits you?`],
      ],
      'Warm regards,',
    ),
  }),
];
