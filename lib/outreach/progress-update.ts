/** Keeping in touch with an update on the user's progress since the conversation. */
import type { Facts } from './facts';
import { atCompany, email } from './phrases';
import type { Writer } from './writer';

const news = (f: Facts) => f.whatIDid ?? '[what you have done since we spoke]';

export const PROGRESS_UPDATES: readonly Writer[] = [
  (f) => ({
    subject: 'An update since we spoke',
    body: email(
      f,
      [
        [`I wanted to share a quick update, since our conversation helped me get here: since we spoke, I ${news(f).replace(/^I\s+/u, '')}.`],
        ['thank you again for your time.', `how are things going${atCompany(f)} these days?`],
      ],
      'Best,',
    ),
  }),
  (f) => ({
    subject: 'Some news, thanks to you',
    body: email(
      f,
      [[`a quick update on my progress: ${news(f)}.`, 'our conversation played a real part in it.'], [`what are you working on${atCompany(f)} these days?`]],
      'With thanks,',
    ),
  }),
];
