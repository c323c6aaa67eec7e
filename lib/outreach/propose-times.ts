/**
 * The reply to their "yes": thanks, a couple of times and ways to meet, and room for theirs.
 * It names times of the week rather than dates, so a draft copied a day later still reads right.
 */
import { email } from './phrases';
import type { Writer } from './writer';

export const PROPOSE_TIMES: readonly Writer[] = [
  (f) => ({
    subject: 'Re: a short conversation',
    body: email(
      f,
      [
        ['thank you so much for getting back to me, I really appreciate it.'],
        [
          'would Tuesday or Thursday afternoon next week work for a 20-minute video call? I could also do a phone call, or meet for a coffee if that is easier for you.',
          'if neither day suits, I am happy to fit around your schedule.',
        ],
        ['which would work best for you?'],
      ],
      'Thank you again,',
    ),
  }),
  (f) => ({
    subject: 'Re: finding a time',
    body: email(
      f,
      [
        ['thanks for your reply, I am glad you have time to talk.'],
        [
          'I am free on Monday or Wednesday morning next week for 15–20 minutes, by phone or video, whichever you prefer (or a coffee nearby if you would rather meet in person).',
        ],
        ['does one of those suit you, or is there a better time?'],
      ],
      'Best,',
    ),
  }),
  (f) => ({
    subject: 'Re: a quick call',
    body: email(
      f,
      [
        ['thank you for saying yes, that is very kind of you.'],
        [
          'could we talk for 20 minutes on Thursday morning or Friday afternoon next week? A video call or a phone call both work for me, and I would be glad to meet for a coffee if you are nearby.',
        ],
        ['would either of those suit you?'],
      ],
      'Many thanks,',
    ),
  }),
];
