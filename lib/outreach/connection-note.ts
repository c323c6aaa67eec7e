/** A LinkedIn connection note (200 or 300 characters): who the user is, why this person, and a small ask for their time. */
import { asAt, exploringWhat, into, note, opener, toCompany } from './phrases';
import { type Writer } from './writer';

export const CONNECTION_NOTES: readonly Writer[] = [
  (f) => {
    const field = exploringWhat(f);
    return {
      body: note(f, [
        opener(f, 0),
        `${field ? `I'm exploring ${field} and would` : "I'd"} love to hear how you found your way${into(f)}.`,
        'would you have 15 minutes for a call or coffee sometime?',
      ]),
    };
  },
  (f) => {
    const field = exploringWhat(f);
    return {
      body: note(f, [
        opener(f, 1),
        `your work${asAt(f)} caught my eye${field ? ` as I explore ${field}` : ''}.`,
        'would you be open to a 15-minute call or video chat about your path when it suits you?',
      ]),
    };
  },
  (f) => {
    const field = exploringWhat(f);
    return {
      body: note(f, [
        opener(f, 2),
        `${field ? `I'm learning about ${field}, and your` : 'your'} path${toCompany(f)} really stands out.`,
        'could you spare 15 minutes by phone or over coffee to share a bit about it?',
      ]),
    };
  },
];
