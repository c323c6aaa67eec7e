/** A request email or InMail: a little more room than a note, still under 100 words, leaving the time to them. */
import type { Facts } from './facts';
import { asAt, email, exploringWhat, iAm, into, opener, toCompany, WAYS_TO_MEET } from './phrases';
import { subjectAbout, type Writer } from './writer';

/** "as a second-year Psychology student exploring UX research, " — or as much as is known. */
function asSomeone(f: Facts): string {
  const who = iAm(f);
  const what = exploringWhat(f);
  if (who) return `as ${who}${what ? ` exploring ${what}` : ''}, `;
  return what ? `as someone exploring ${what}, ` : '';
}

/** "I'm a Senior Accountant, curious about a move into UX research, and " — or "". */
export function iAmCurious(f: Facts, joiner = 'curious about'): string {
  const parts = [iAm(f), exploringWhat(f) && `${joiner} ${exploringWhat(f)}`].filter(Boolean);
  if (parts.length === 0) return '';
  return iAm(f) ? `I'm ${parts.join(', ')}, and ` : `I'm ${parts[0]}, and `;
}

export const REQUEST_EMAILS: readonly Writer[] = [
  (f) => ({
    subject: f.ground?.kind === 'school' && !f.ground.generic ? `A question from a fellow ${f.ground.value} alum` : `Hoping to hear about ${subjectAbout(f)}`,
    body: email(
      f,
      [
        [opener(f, 0), `${asSomeone(f)}I'd love to hear how you found your way${into(f)} and what you wish you'd known earlier.`],
        [`would you be open to a 15–20 minute chat ${WAYS_TO_MEET} in the next few weeks, whenever suits you?`],
      ],
      'Best,',
    ),
  }),
  (f) => ({
    subject: `15 minutes to hear about ${subjectAbout(f)}?`,
    body: email(
      f,
      [
        [
          opener(f, 1),
          `your work${asAt(f)} caught my attention${exploringWhat(f) ? ` while I've been exploring ${exploringWhat(f)}` : ''}, and I'd be grateful to hear what it's like day to day.`,
        ],
        [`could you spare 15–20 minutes for a call, a video chat or a coffee sometime in the coming weeks, at whatever time suits you best?`],
      ],
      'Thank you,',
    ),
  }),
  (f) => ({
    subject: `A short conversation about ${subjectAbout(f)}`,
    body: email(
      f,
      [
        [
          opener(f, 2),
          `${iAmCurious(f)}your path${toCompany(f)} is exactly the kind I'd love to understand.`,
          "what I'd most like to hear is how you made your first move and what you'd do differently.",
        ],
        [`would a 15–20 minute chat ${WAYS_TO_MEET} sometime in the next few weeks work for you, at a time of your choosing?`],
      ],
      'Warm regards,',
    ),
  }),
];
