/**
 * "My 30-second introduction": what the user says at the start of the conversation — who they
 * are, what they are exploring, why this person — in about 60 words, from their settings.
 */
import type { Settings } from '@/lib/model/settings';
import { selfPhrase } from '@/lib/outreach/self';

type IntroUser = Partial<Pick<Settings, 'ownName' | 'situation' | 'programme' | 'year' | 'currentRole' | 'schools' | 'fieldOfInterest'>>;

export function thirtySecondIntro(user: IntroUser, contact: { currentTitle?: string; currentCompany?: string }): string | null {
  const name = user.ownName?.trim();
  const who = selfPhrase({ ...user, school: user.schools?.[0] });
  const field = user.fieldOfInterest?.trim();
  if (!name && !who && !field) return null;
  const explore = field ? (user.situation === 'changer' ? `I'm exploring a move into ${field}` : `I'm exploring ${field}`) : '';
  const role = contact.currentTitle?.trim();
  const where = contact.currentCompany?.trim();
  const them = role || where ? `your work${role ? ` as ${role}` : ''}${where ? ` at ${where}` : ''}` : 'your path';
  return [
    name ? `Thank you for making the time. I'm ${name}${who ? `, ${who}` : ''}.` : `Thank you for making the time. I'm ${who || 'exploring my next step'}.`,
    explore && `${explore}, and I'd love to understand what it's really like from the inside.`,
    `I was especially keen to hear about ${them}: how you got there, and what you'd tell someone in my position.`,
  ]
    .filter(Boolean)
    .join(' ');
}
