/** A request email or InMail: a little more room than a note, still under 100 words, leaving the time to them. */
import type { Facts } from './facts';
import { asAt, email, fieldOf, into, opener, studying, toCompany } from './phrases';
import { subjectAbout, type Writer } from './writer';

function exploring(f: Facts): string {
  const parts = [studying(f), fieldOf(f) && `exploring ${fieldOf(f)}`].filter(Boolean);
  return parts.length ? `as someone ${parts.join(' and ')}, ` : '';
}

export const REQUEST_EMAILS: readonly Writer[] = [
  (f) => ({
    subject: f.ground?.kind === 'school' && !f.ground.generic ? `A question from a fellow ${f.ground.value} alum` : `Hoping to hear about ${subjectAbout(f)}`,
    body: email(
      f,
      [
        [opener(f, 0), `${exploring(f)}I'd love to hear how you found your way${into(f)} and what you wish you'd known earlier.`],
        ['would you be open to a 15–20 minute call in the next few weeks, whenever suits you?'],
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
          `your work${asAt(f)} caught my attention${fieldOf(f) ? ` while I've been exploring ${fieldOf(f)}` : ''}, and I'd be grateful to hear what it's like day to day.`,
        ],
        ['could you spare 15–20 minutes for a call sometime in the coming weeks, at whatever time suits you best?'],
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
          `I'm ${studying(f) || 'a student'}${fieldOf(f) ? `, curious about ${fieldOf(f)}` : ''}, and your path${toCompany(f)} is exactly the kind I'd love to understand.`,
          "what I'd most like to hear is how you made your first move and what you'd do differently.",
        ],
        ['would a 15–20 minute call sometime in the next few weeks work for you?'],
      ],
      'Warm regards,',
    ),
  }),
];
