import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBadge, updateBadge } from '@/entrypoints/background/badge';
import { getDb } from '@/storage/db';
import { saveContact } from '@/storage/contacts';
import { snoozeDue } from '@/storage/followups';
import { logMeeting, markThankYouSent } from '@/storage/history';
import { getSettings } from '@/storage/settings';
import { saveSettings } from '@/storage/followups';

const HOUR = 3_600_000;
const BLUE = [10, 102, 194, 255];
const RED = [197, 34, 31, 255];
const person = (name: string) => ({ name, experience: [], education: [] });

async function badge() {
  return {
    text: await fakeBrowser.action.getBadgeText({}),
    color: await fakeBrowser.action.getBadgeBackgroundColor({}),
    title: await fakeBrowser.action.getTitle({}),
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(getDb().tables.map((table) => table.clear()));
});

describe('the toolbar badge (background, fake browser)', () => {
  it('shows nothing when no thank-you is owed', async () => {
    await updateBadge();
    expect(await badge()).toEqual({ text: '', color: BLUE, title: 'Coffee Chats' });
  });

  it('counts due thank-you notes in blue, turns red once one is overdue, and clears when sent', async () => {
    const now = Date.now();
    const a = await saveContact('a', person('Ada'), now);
    const b = await saveContact('b', person('Ben'), now);
    await logMeeting(a.id, now - HOUR);
    await logMeeting(b.id, now - 2 * HOUR);
    await updateBadge(now);
    expect(await badge()).toEqual({ text: '2', color: BLUE, title: 'Coffee Chats: 2 thank-you notes due' });
    // The worker is woken when the first note turns overdue: 24 hours after the earlier meeting.
    expect((await fakeBrowser.alarms.get('coffee-chats:next-overdue'))?.scheduledTime).toBe(now - 2 * HOUR + 24 * HOUR);

    await updateBadge(now + 22.5 * HOUR);
    expect(await badge()).toEqual({ text: '2', color: RED, title: 'Coffee Chats: 2 thank-you notes due (1 overdue)' });

    await markThankYouSent(b.id, now + 22.5 * HOUR);
    await updateBadge(now + 22.5 * HOUR);
    expect(await badge()).toEqual({ text: '1', color: BLUE, title: 'Coffee Chats: 1 thank-you note due' });
    await markThankYouSent(a.id, now + 22.5 * HOUR);
    await updateBadge(now + 22.5 * HOUR);
    expect((await badge()).text).toBe('');
    expect(await fakeBrowser.alarms.get('coffee-chats:next-overdue')).toBeUndefined();
  });

  it('leaves out a note the user snoozed until the snooze ends, and wakes up at that moment', async () => {
    const now = Date.now();
    const a = await saveContact('a', person('Ada'), now);
    await logMeeting(a.id, now - HOUR);
    await snoozeDue(a.id, now + 3 * HOUR, now);
    await updateBadge(now);
    expect((await badge()).text).toBe('');
    expect((await fakeBrowser.alarms.get('coffee-chats:next-overdue'))?.scheduledTime).toBe(now + 3 * HOUR);
    await updateBadge(now + 3 * HOUR);
    expect(await badge()).toMatchObject({ text: '1', color: BLUE });
  });

  it('is recomputed when the alarm fires, and keeps an hourly alarm for steps that move with the calendar', async () => {
    const stop = registerBadge();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('coffee-chats:hourly')).toMatchObject({ periodInMinutes: 60 }));
    const c = await saveContact('c', person('Cleo'), Date.now());
    await logMeeting(c.id, Date.now() - 25 * HOUR);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'coffee-chats:next-overdue', scheduledTime: Date.now(), persistAcrossSessions: true });
    await vi.waitFor(async () => expect(await badge()).toMatchObject({ text: '1', color: RED }));
    stop();
  });

  it('sends one notification per overdue note, only when the user turned them on and allowed it', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id' as never);
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const c = await saveContact('c', person('Cleo'), Date.now());
    await logMeeting(c.id, Date.now() - 25 * HOUR);
    await updateBadge();
    expect(create).not.toHaveBeenCalled();

    await saveSettings({ ...(await getSettings()), notifyOverdueThankYou: true });
    contains.mockResolvedValueOnce(false as never);
    await updateBadge();
    expect(create).not.toHaveBeenCalled();

    await updateBadge();
    await updateBadge();
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![1]).toMatchObject({ title: 'Thank-you note overdue', message: expect.stringContaining('Cleo') });
  });

  it('a notification names the person without bidi controls that would make the name read backwards', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id' as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    await saveSettings({ ...(await getSettings()), notifyOverdueThankYou: true });
    const d = await saveContact('d', person('Dana\u202Egnp.exe'), Date.now());
    await logMeeting(d.id, Date.now() - 25 * HOUR);
    await updateBadge();
    expect(create.mock.lastCall![1]).toMatchObject({ message: expect.stringContaining('Send Danagnp.exe a thank-you note') });
  });
});
