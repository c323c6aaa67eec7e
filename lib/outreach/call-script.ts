/**
 * A request by phone: a short script to read from (what to say, what to say if now is not a good
 * time, and a voicemail). Leaves the time to them and offers a couple of ways to meet.
 */
import type { Facts } from './facts';
import { capFirst } from './names';
import { exploringWhat, iAm, into } from './phrases';
import type { Writer } from './writer';

const hi = (f: Facts) => (f.first ? `Hi ${f.first}` : 'Hello');
const thisIs = (f: Facts) => (f.myName ? `, this is ${f.myName}` : '');
const met = (f: Facts) => (f.howWeMet ? `; you may remember me from ${f.howWeMet}` : '');

function whoAndWhy(f: Facts): string {
  const who = iAm(f);
  const what = exploringWhat(f);
  const me = who ? `I'm ${who}${what ? ` exploring ${what}` : ''}. ` : what ? `I'm exploring ${what}. ` : '';
  return `${me}I'd love to hear how you found your way${into(f)}.`;
}

function script(f: Facts, open: string, ask: string): string {
  return [
    `${open}`,
    `If yes: ${capFirst(whoAndWhy(f))} ${ask}`,
    `If now is not good: No problem at all. When would be a better time for me to call back?`,
    `Voicemail: ${hi(f)}${thisIs(f)}${met(f)}. I'd love 15 minutes of your time to hear about your work, whenever suits you. I'll send a short email too. Thank you!`,
  ].join('\n\n');
}

export const CALL_SCRIPTS: readonly Writer[] = [
  (f) => ({
    body: script(
      f,
      `${hi(f)}${thisIs(f)}${met(f)}. Do you have a minute, or is there a better time?`,
      'Would you be open to a 15–20 minute chat, by phone, video or over coffee, sometime in the next few weeks, whenever suits you?',
    ),
  }),
  (f) => ({
    body: script(
      f,
      `${hi(f)}${thisIs(f)}${met(f)}. Is this an OK moment to talk for a minute?`,
      'Could we find 15–20 minutes for a longer call or a coffee, at a time that works for you?',
    ),
  }),
];
