import { withoutBidiControls } from '@/lib/bidi';
import { listOverdueThankYous } from '@/storage/due-reads';
import { notifiedOverdueThankYous } from '@/storage/items';
import { getSettings } from '@/storage/settings';


/**
 * One browser notification per overdue thank-you note — only if the user
 * turned it on in the settings and granted the permission then.
 */
export async function notifyOverdueThankYous(now: number) {
  const settings = await getSettings();
  if (!settings.notifyOverdueThankYou || !browser.notifications) return;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const overdue = await listOverdueThankYous(now);
  const notified = new Set(await notifiedOverdueThankYous.getValue());
  for (const contact of overdue) {
    const key = `${contact.id}@${contact.thankYouDueAt}`;
    if (notified.has(key)) continue;
    notified.add(key);
    await browser.notifications.create(`thank-you:${contact.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Thank-you note overdue',
      message: `Send ${withoutBidiControls(contact.name)} a thank-you note: your meeting was over ${settings.cadences.thankYouWithinHours} hours ago.`,
    });
  }
  await notifiedOverdueThankYous.setValue([...notified].slice(-200));
}

export function registerNotificationClicks() {
  browser.notifications?.onClicked.addListener((id) => {
    const contactId = /^thank-you:(\d+)$/u.exec(id)?.[1];
    if (contactId) void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#contact/${contactId}`) });
  });
}
