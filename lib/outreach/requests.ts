/**
 * The asking kinds: a LinkedIn connection note, a request email, an introduction through someone
 * the user knows, and one follow-up after silence. Each asks for 15–20 minutes to hear about the
 * contact's path, leaves the time to them, and never mentions a job.
 */
import type { Facts } from './facts';
import { asAt, atCompany, email, fieldOf, into, myNote, note, opener, referrerFirst, studying, toCompany } from './phrases';

export interface Written {
  subject?: string;
  body: string;
}
export type Writer = (f: Facts) => Written;

export const CONNECTION_NOTES: readonly Writer[] = [
  (f) => {
    const field = fieldOf(f);
    return {
      body: note(f, [
        opener(f, 0),
        `${field ? `I'm exploring ${field} and would` : "I'd"} love to hear how you found your way${into(f)}.`,
        'would you have 15 minutes for a chat sometime?',
      ]),
    };
  },
  (f) => {
    const field = fieldOf(f);
    return {
      body: note(f, [
        opener(f, 1),
        `your work${asAt(f)} caught my eye${field ? ` as I explore ${field}` : ''}.`,
        'would you be open to a 15-minute chat about your path when it suits you?',
      ]),
    };
  },
  (f) => {
    const field = fieldOf(f);
    return {
      body: note(f, [
        opener(f, 2),
        `${field ? `I'm learning about ${field}, and your` : 'your'} path${toCompany(f)} really stands out.`,
        'could you spare 15 minutes to share a little about it sometime?',
      ]),
    };
  },
];

function exploring(f: Facts): string {
  const parts = [studying(f), fieldOf(f) && `exploring ${fieldOf(f)}`].filter(Boolean);
  return parts.length ? `as someone ${parts.join(' and ')}, ` : '';
}

/** What a subject line says the email is about; a long company name is left to the body. */
const subjectAbout = (f: Facts): string => {
  if (fieldOf(f)) return `your path and ${fieldOf(f)}`;
  return f.company && f.company.length <= 40 ? `your path${atCompany(f)}` : 'your path';
};

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

export const INTRODUCTIONS: readonly Writer[] = [
  (f) => ({
    subject: `${f.referrer} suggested I get in touch`,
    body: email(
      f,
      [
        [
          opener(f, 0),
          `${fieldOf(f) ? `I'm exploring ${fieldOf(f)}, and ` : ''}${referrerFirst(f)} thought your experience${asAt(f)} would be a great place to start.`,
        ],
        ['would you be open to a 15–20 minute call sometime in the next few weeks, whenever suits you?'],
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
        ['could you spare 15–20 minutes for a call in the coming weeks, at a time that suits you?'],
      ],
      'Thank you,',
    ),
  }),
  (f) => ({
    subject: `${f.referrer} thought we should talk`,
    body: email(
      f,
      [
        [
          opener(f, 2),
          `I'm ${studying(f) || 'a student'}${fieldOf(f) ? `, exploring ${fieldOf(f)},` : ','} and hearing about your work${asAt(f)} would help me a lot.`,
        ],
        ['would a 15–20 minute call sometime in the next few weeks work for you?'],
      ],
      'Warm regards,',
    ),
  }),
];

export const FOLLOW_UPS: readonly Writer[] = [
  (f) => ({
    subject: `Following up: ${subjectAbout(f)}`,
    body: email(
      f,
      [
        [`just floating ${myNote(f)} back to the top of your inbox, in case it got buried.`, "you're probably busy, so no pressure at all."],
        [`if you have 15 minutes in the coming weeks, would you be open to a short call about how you found your way${into(f)}?`],
      ],
      'Best,',
    ),
  }),
  (f) => ({
    subject: `A gentle follow-up`,
    body: email(
      f,
      [
        [
          `a gentle follow-up on ${myNote(f)}.`,
          `hearing how you found your way${into(f)} would still mean a lot${f.field ? ` as I explore ${f.field}` : ''}, and if now isn't a good time, no worries at all.`,
        ],
        ['would 15 minutes sometime in the next few weeks work for you?'],
      ],
      'Thank you,',
    ),
  }),
  (f) => ({
    subject: `Checking in about ${subjectAbout(f)}`,
    body: email(
      f,
      [
        [`just checking in on ${myNote(f, 'message')}.`, `I'd still love to hear about your work${asAt(f)}, and I'm happy to fit around your schedule.`],
        ['could you spare 15–20 minutes for a quick call whenever suits you?'],
      ],
      'Warm regards,',
    ),
  }),
];
