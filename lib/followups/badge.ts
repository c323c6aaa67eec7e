export interface Badge {
  text: string;
  title: string;
  color: string;
}

/** What the toolbar shows for a number of thank-you notes due: nothing when none. */
export function badgeFor(thankYousDue: number): Badge {
  if (thankYousDue <= 0) return { text: '', title: 'Coffee Chats', color: '#0a66c2' };
  const notes = thankYousDue === 1 ? 'thank-you note' : 'thank-you notes';
  return {
    text: thankYousDue > 99 ? '99+' : String(thankYousDue),
    title: `Coffee Chats: ${thankYousDue} ${notes} due`,
    color: '#0a66c2',
  };
}
