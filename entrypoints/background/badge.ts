import { liveQuery } from 'dexie';
import { countDueThankYous } from '@/storage/followups';
import { badgeFor } from '@/lib/followups/badge';
import { onMessage } from '@/lib/messaging';
import { isExtensionPage } from './sender';

/**
 * Keeps the toolbar badge equal to the number of thank-you notes due. The live
 * query runs once when the worker starts (so a restart shows the right number)
 * and again after every write to the contacts table, from any extension page.
 */
export function registerBadge() {
  liveQuery(() => countDueThankYous()).subscribe({
    next: showBadge,
    error: (error: unknown) => console.error('Coffee Chats: could not count thank-you notes', error),
  });
  onMessage('dataChanged', async ({ sender }) => {
    if (isExtensionPage(sender)) showBadge(await countDueThankYous());
  });
}

function showBadge(count: number) {
  const action = browser.action ?? browser.browserAction;
  const badge = badgeFor(count);
  void action.setBadgeText({ text: badge.text });
  void action.setTitle({ title: badge.title });
  void action.setBadgeBackgroundColor({ color: badge.color });
}
