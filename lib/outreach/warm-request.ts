/**
 * A request to someone the user already knows (family, a friend, a teacher, a friend's parent, a
 * former colleague): no stranger's opener, a reminder of who the user is now, a couple of ways to meet.
 */
import type { Facts } from './facts';
import { email, exploringWhat, iAm, into } from './phrases';
import { subjectAbout, type Writer } from './writer';

/** "As you may know, I'm now a Senior Accountant exploring a move into UX research." */
function whereIAm(f: Facts, lead: string): string | undefined {
  const who = iAm(f);
  const what = exploringWhat(f);
  if (who) return `${lead}I'm ${who}${what ? `, and I've been exploring ${what}` : ''}.`;
  return what ? `${lead}I've been exploring ${what}.` : undefined;
}

const since = (f: Facts): string | undefined => (f.howWeMet ? `it's been a while since ${f.howWeMet}!` : undefined);

export const WARM_REQUESTS: readonly Writer[] = [
  (f) => ({
    subject: `Could I ask you about ${subjectAbout(f)}?`,
    body: email(
      f,
      [
        ["I hope you're doing well.", since(f), whereIAm(f, 'as you may know, '), `I'd love to hear how you found your way${into(f)}.`],
        ['whenever suits you, would you have 20 minutes for a call, a video chat or a coffee in the next few weeks?'],
      ],
      'Thanks so much,',
    ),
  }),
  (f) => ({
    subject: 'A favour: 20 minutes of your advice?',
    body: email(
      f,
      [
        ["I hope all is well with you!", whereIAm(f, 'a quick update: '), "I'm not asking for a job, just hoping to learn from your experience."
],
        ['would you be up for a short chat by phone, video or over coffee, at whatever time works for you?'],
      ],
      'Best,',
    ),
  }),
  (f) => ({
    subject: `Your advice on ${subjectAbout(f)}`,
    body: email(
      f,
      [
        [since(f) ?? "I hope you've been well.", whereIAm(f, ''), 'you know your work far better than any website could, and your perspective would mean a lot to me.'],
        ['could I take you for a coffee, or call you for 20 minutes, sometime that suits you?'],
      ],
      'Warmly,',
    ),
  }),
];
