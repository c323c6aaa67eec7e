/** One polite follow-up after a week of silence: no pressure, the same small ask. */
import { asAt, email, into, myNote } from './phrases';
import { subjectAbout, type Writer } from './writer';

export const FOLLOW_UPS: readonly Writer[] = [
  (f) => ({
    subject: `Following up: ${subjectAbout(f)}`,
    body: email(
      f,
      [
        [`just floating ${myNote(f)} back to the top of your inbox, in case it got buried.`, "you're probably busy, so no pressure at all."],
        [`if you have 15 minutes in the coming weeks, would you be open to a short call or coffee about how you found your way${into(f)}?`],
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
        ['would 15 minutes by phone, video or over coffee sometime in the next few weeks work for you?'],
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
        ['could you spare 15–20 minutes for a quick call or a coffee whenever suits you?'],
      ],
      'Warm regards,',
    ),
  }),
];
