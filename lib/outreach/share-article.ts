/** Keeping in touch by sharing something relevant to them: short, about them, no ask. */
import type { Facts } from './facts';
import { asAt, email } from './phrases';
import type { Writer } from './writer';

const article = (f: Facts) => f.article ?? '[the article’s title or link]';
const because = (f: Facts) => (f.role || f.company ? ` given your work${asAt(f)}` : '');

export const SHARE_ARTICLES: readonly Writer[] = [
  (f) => ({
    subject: 'Thought of you',
    body: email(
      f,
      [
        [`I came across this and thought of you${because(f)}: ${article(f)}.`, 'it reminded me of our conversation.'],
        ['what do you make of it?'],
      ],
      'Best,',
    ),
  }),
  (f) => ({
    subject: 'Something you might enjoy',
    body: email(
      f,
      [[`this made me think of you${because(f)}: ${article(f)}.`], ['I hope all is well. Is it something your team is seeing too?']],
      'Warm regards,',
    ),
  }),
];
