import { withoutBidiControls } from '@/lib/bidi';

export interface Badge {
  text: string;
  title: string;
  color: string;
}

/** A calm blue while notes are only due; red once any is overdue. */
export const BADGE_DUE_COLOR = '#0a66c2';
export const BADGE_OVERDUE_COLOR = '#c5221f';

/** The tooltip names at most this many other things due today, then "and N more". */
const NAMED_TODAY = 3;

/** "Also due today: Prepare for Maya — today 10:00; Send Maya my portfolio; and 2 more." */
function alsoToday(texts: readonly string[]): string {
  if (texts.length === 0) return '';
  // Browser chrome shows the tooltip: a name can't turn it around with bidi controls.
  const named = texts.slice(0, NAMED_TODAY).map(withoutBidiControls).join('; ');
  const more = texts.length > NAMED_TODAY ? `; and ${texts.length - NAMED_TODAY} more` : '';
  return `Also due today: ${named}${more}.`;
}

/**
 * What the toolbar shows: the number counts the thank-you notes owed (nothing when none); the
 * tooltip says so in words and names what else is due today (`otherToday`, already in words).
 */
export function badgeFor(thankYousDue: number, overdue = 0, otherToday: readonly string[] = []): Badge {
  const also = alsoToday(otherToday);
  if (thankYousDue <= 0) return { text: '', title: also ? `Coffee Chats. ${also}` : 'Coffee Chats', color: BADGE_DUE_COLOR };
  const notes = thankYousDue === 1 ? 'thank-you note' : 'thank-you notes';
  const late = overdue > 0 ? ` (${overdue} overdue)` : '';
  return {
    text: thankYousDue > 99 ? '99+' : String(thankYousDue),
    title: `Coffee Chats: ${thankYousDue} ${notes} due${late}${also ? `. ${also}` : ''}`,
    color: overdue > 0 ? BADGE_OVERDUE_COLOR : BADGE_DUE_COLOR,
  };
}
