export interface Badge {
  text: string;
  title: string;
  color: string;
}

/** A calm blue while notes are only due; red once any is overdue. */
export const BADGE_DUE_COLOR = '#0a66c2';
export const BADGE_OVERDUE_COLOR = '#c5221f';

/** What the toolbar shows for the thank-you notes owed: nothing when none. */
export function badgeFor(thankYousDue: number, overdue = 0): Badge {
  if (thankYousDue <= 0) return { text: '', title: 'Coffee Chats', color: BADGE_DUE_COLOR };
  const notes = thankYousDue === 1 ? 'thank-you note' : 'thank-you notes';
  const late = overdue > 0 ? ` (${overdue} overdue)` : '';
  return {
    text: thankYousDue > 99 ? '99+' : String(thankYousDue),
    title: `Coffee Chats: ${thankYousDue} ${notes} due${late}`,
    color: overdue > 0 ? BADGE_OVERDUE_COLOR : BADGE_DUE_COLOR,
  };
}
