import { sendMessage } from '@/lib/messaging';

/**
 * Tells the background that this page wrote to the database, so the badge is
 * recomputed even if the service worker was asleep during the write.
 */
export function notifyDataChanged() {
  sendMessage('dataChanged', undefined).catch(() => undefined);
}
