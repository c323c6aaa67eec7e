/**
 * "Ask <mutual contact> to introduce me to <person>": written to the mutual connection (LinkedIn
 * shows them; careers guides suggest asking one of them), naming the person and keeping the ask small.
 */
import type { Facts } from './facts';
import { asAt, email, exploringWhat, iAm } from './phrases';
import { firstName } from './names';
import type { Writer } from './writer';

const to = (f: Facts) => {
  const mutual = firstName(f.mutual);
  return mutual ? `Hi ${mutual},` : 'Hello,';
};
const them = (f: Facts) => f.fullName || 'them';
/** ", who works as UX Researcher at Globex" */
const whoWorks = (f: Facts) => (asAt(f) ? `, who works${asAt(f)}` : '');

function aboutMe(f: Facts): string | undefined {
  const who = iAm(f);
  const what = exploringWhat(f);
  if (who) return `I'm ${who}${what ? `, exploring ${what}` : ''}, and hearing about their path would help me a lot.`;
  return what ? `I'm exploring ${what}, and hearing about their path would help me a lot.` : undefined;
}

export const ASK_INTRODUCTIONS: readonly Writer[] = [
  (f) => ({
    subject: `Would you introduce me to ${them(f)}?`,
    body: email(
      f,
      [
        ["I hope you're well!", `I noticed you're connected with ${them(f)}${whoWorks(f)}.`, aboutMe(f)],
        ["I'd only ask them for 15–20 minutes by phone, video or over coffee, whenever suits them.", 'would you be comfortable introducing us?'],
      ],
      'Thank you so much,',
      to(f),
    ),
  }),
  (f) => ({
    subject: `A small favour: an introduction to ${them(f)}`,
    body: email(
      f,
      [
        [`I saw that you know ${them(f)}${whoWorks(f)}, and I'd love to learn more about their work.`, aboutMe(f)],
        ["I'd keep the ask small: a short chat by phone or over coffee, whenever it suits them.", "if you're comfortable with it, could you introduce us by email?"],
      ],
      'Many thanks,',
      to(f),
    ),
  }),
];
