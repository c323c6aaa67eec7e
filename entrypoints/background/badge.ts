import { endOfDay } from 'date-fns';
import { liveQuery } from 'dexie';
import { badgeFor } from '@/lib/followups/badge';
import { dueWords } from '@/lib/followups/due-words';
import { onMessage } from '@/lib/messaging';
import { countDueThankYous, countOverdueThankYous, listOtherDueToday, nextBadgeMoment } from '@/storage/due-reads';
import { refreshAll } from '@/storage/followups';
import { notifyOverdueThankYous } from './notify';
import { isExtensionPage } from './sender';

/** Fires when the badge next changes by itself (a note turns overdue, a snooze ends). */
const OVERDUE_ALARM = 'coffee-chats:next-overdue';
const HOURLY_ALARM = 'coffee-chats:hourly';

/**
 * The toolbar badge counts the thank-you notes due, and turns red once one is
 * overdue. It is recomputed when the worker starts (so a browser restart shows
 * the right number), on every write to the contacts (live query, or a page's
 * "dataChanged"), at the moment the next note turns overdue or a snoozed one
 * comes due again (an alarm), and
 * hourly, when time-driven steps (3 → 7 business days, check-ins) move on.
 */
export function registerBadge(): () => void {
  // The tooltip also names what else is due today, so it follows those rows (and tasks) too.
  const counting = liveQuery(() => Promise.all([countDueThankYous(Date.now()), listOtherDueToday(endOfDay(Date.now()).getTime())])).subscribe({
    next: () => void updateBadge(),
    error: (error: unknown) => console.error('Coffee Chats: could not count thank-you notes', error),
  });
  const stopListening = onMessage('dataChanged', async ({ sender }) => {
    if (isExtensionPage(sender)) await updateBadge();
  });
  const onAlarm = async (alarm: { name: string }) => {
    if (alarm.name === HOURLY_ALARM) {
      // One contact that cannot be refreshed is reported; the rest moved on.
      for (const failure of await refreshAll()) console.warn(`Coffee Chats: could not refresh ${failure.name}: ${failure.message}`);
    }
    if (alarm.name === OVERDUE_ALARM || alarm.name === HOURLY_ALARM) await updateBadge();
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  void browser.alarms.get(HOURLY_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(HOURLY_ALARM, { periodInMinutes: 60 });
  });
  // For tests: the worker itself keeps all of this for its lifetime.
  return () => {
    counting.unsubscribe();
    stopListening();
    browser.alarms.onAlarm.removeListener(onAlarm);
  };
}

export async function updateBadge(now = Date.now()) {
  const [due, overdue, other] = await Promise.all([countDueThankYous(now), countOverdueThankYous(now), listOtherDueToday(endOfDay(now).getTime())]);
  const action = browser.action ?? browser.browserAction;
  const otherToday = [
    ...other.contacts.flatMap((contact) => dueWords(contact, now)?.text ?? []),
    ...other.tasks.map(({ task, contact }) => `${task.text} (${contact.name})`),
  ];
  const badge = badgeFor(due, overdue, otherToday);
  await Promise.all([
    action.setBadgeText({ text: badge.text }),
    action.setTitle({ title: badge.title }),
    action.setBadgeBackgroundColor({ color: badge.color }),
  ]);
  const next = await nextBadgeMoment(now);
  if (next === undefined) await browser.alarms.clear(OVERDUE_ALARM);
  else await browser.alarms.create(OVERDUE_ALARM, { when: Math.max(next, now + 1_000) });
  if (overdue > 0) await notifyOverdueThankYous(now);
}
