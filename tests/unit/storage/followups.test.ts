import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { saveContact } from '@/storage/contacts';
import { countDueThankYous, countOverdueThankYous, listDueFollowUps, listUpcoming, nextBadgeMoment } from '@/storage/due-reads';
import { dismissDue, refreshAll, snoozeDue } from '@/storage/followups';
import { logInteraction, logMeeting } from '@/storage/history';
import { saveSettings } from '@/storage/followups';
import { updateContact } from '@/storage/contacts';
import { updateMeeting } from '@/storage/meetings';
import { dueWords } from '@/lib/followups/due-words';

const at = (iso: string) => new Date(iso).getTime();
const MON = at('2026-11-16T10:00:00');
const HOUR = 3_600_000;
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`fu-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());
const person = (name: string) => ({ name, experience: [], education: [], currentCompany: 'Lumen Health' });

describe('what is due, stored per contact', () => {
  it('moves from "another person" to "follow up" as business days pass (refreshAll, run by the alarm)', async () => {
    const c = await saveContact('maya', person('Maya Okafor'), MON, db);
    await logInteraction({ contactId: c.id, kind: 'request-sent', at: MON }, MON, db);
    expect((await db.contacts.get(c.id))).toMatchObject({ nextDueKind: 'second-contact', nextDueAt: at('2026-11-19T10:00:00') });
    await refreshAll(at('2026-11-25T10:00:00'), db);
    expect((await db.contacts.get(c.id))).toMatchObject({ nextDueKind: 'follow-up', nextDueAt: at('2026-11-25T10:00:00') });
  });

  it('refreshes every contact on its own: one damaged row is reported, the others move on, settings still save', async () => {
    const c = await saveContact('maya', person('Maya Okafor'), MON, db);
    await logInteraction({ contactId: c.id, kind: 'request-sent', at: MON }, MON, db);
    const bad = await saveContact('broken', person('Broken Row'), MON, db);
    // A row written by an older version or by hand, beyond what the schema allows (a date past 2200).
    await db.contacts.update(bad.id, { createdAt: 8.7e15 });
    const failures = await refreshAll(at('2026-11-25T10:00:00'), db);
    expect(failures).toEqual([expect.objectContaining({ id: bad.id, name: 'Broken Row' })]);
    expect(await db.contacts.get(c.id)).toMatchObject({ nextDueKind: 'follow-up' });
    await expect(saveSettings({ ownName: 'Sam' }, at('2026-11-25T11:00:00'), db)).resolves.toMatchObject({ ownName: 'Sam' });
  });

  it('a long name and a long referrer never make a refresh fail (what is due is words at display time)', async () => {
    const maya = await saveContact('maya', person('Maya Okafor'), MON, db);
    const { meetingId } = await logMeeting(maya.id, MON, db);
    const lead = 'Jonas Weber — PM at Acme Health who runs the mentoring programme; met him at the Berlin UX meetup, mention Maya, ask about research ops';
    await updateMeeting(meetingId as number, { leads: [{ name: lead }] }, MON + HOUR, db);
    const longName = 'Dr. Maya Okafor-Lindqvist, PhD, MBA, PMP, CSPO — Senior UX Research Lead at Lumen Health; Mentor at ADPList; Speaker; Open to coffee chats about research ops';
    await updateContact(maya.id, { name: longName }, MON + 2 * HOUR, db);
    expect(await refreshAll(MON + 3 * HOUR, db)).toEqual([]);
    const jonas = (await db.contacts.toArray()).find((row) => row.name === lead)!;
    expect(dueWords(jonas, MON + 3 * HOUR)?.text.length).toBeGreaterThan(300);
  });

  it('snoozes one step and marks a suggestion done', async () => {
    const c = await saveContact('maya', person('Maya Okafor'), MON, db);
    await logInteraction({ contactId: c.id, kind: 'request-sent', at: MON }, MON, db);
    const snoozed = await snoozeDue(c.id, at('2026-11-21T09:00:00'), MON, db);
    expect(snoozed).toMatchObject({ nextDueKind: 'second-contact', nextDueAt: at('2026-11-21T09:00:00') });
    const done = await dismissDue(c.id, MON, db);
    expect(done).toMatchObject({ nextDueKind: 'follow-up', nextDueAt: at('2026-11-25T10:00:00') });
    expect(done.snoozed).toBeUndefined();
  });

  it('counts thank-you notes due and overdue, and knows when the badge next changes', async () => {
    const a = await saveContact('a', person('A'), MON, db);
    const b = await saveContact('b', person('B'), MON, db);
    await logMeeting(a.id, MON, db);
    await logMeeting(b.id, MON + 10 * HOUR, db);
    expect(await countDueThankYous(MON + 10 * HOUR, db)).toBe(2);
    expect(await countOverdueThankYous(MON + 23 * HOUR, db)).toBe(0);
    expect(await countOverdueThankYous(MON + 24 * HOUR, db)).toBe(1);
    // B's meeting is logged ahead, so B comes due first, then each note turns overdue.
    expect(await countDueThankYous(MON + HOUR, db)).toBe(1);
    expect(await nextBadgeMoment(MON + HOUR, db)).toBe(MON + 10 * HOUR);
    expect(await nextBadgeMoment(MON + 11 * HOUR, db)).toBe(MON + 24 * HOUR);
    expect(await nextBadgeMoment(MON + 25 * HOUR, db)).toBe(MON + 34 * HOUR);
    expect(await nextBadgeMoment(MON + 35 * HOUR, db)).toBeUndefined();
  });

  it('leaves a snoozed thank-you out of the count until its snooze ends, and wakes the badge then', async () => {
    const a = await saveContact('a', person('A'), MON, db);
    const b = await saveContact('b', person('B'), MON, db);
    await logMeeting(a.id, MON, db);
    await logMeeting(b.id, MON, db);
    // "Remind me tomorrow afternoon": past the 24-hour mark, so it is not late before then either.
    const later = MON + 30 * HOUR;
    await snoozeDue(b.id, later, MON + HOUR, db);
    expect(await countDueThankYous(MON + HOUR, db)).toBe(1);
    expect(await nextBadgeMoment(MON + HOUR, db)).toBe(MON + 24 * HOUR);
    expect(await countOverdueThankYous(MON + 24 * HOUR, db)).toBe(1);
    expect(await nextBadgeMoment(MON + 24 * HOUR, db)).toBe(later);
    expect(await countDueThankYous(later, db)).toBe(2);
    expect(await countOverdueThankYous(later, db)).toBe(2);
  });

  it('lists this week’s items and a few of the later ones, by index', async () => {
    const a = await saveContact('a', person('A'), MON, db);
    const b = await saveContact('b', person('B'), MON, db);
    await logMeeting(a.id, MON, db);
    await logInteraction({ contactId: b.id, kind: 'thank-you-sent', at: MON }, MON, db);
    await logMeeting(b.id, MON - HOUR, db);
    await logInteraction({ contactId: b.id, kind: 'thank-you-sent', at: MON }, MON, db);
    const week = MON + 7 * 24 * HOUR;
    expect((await listDueFollowUps(week, db)).map((c) => c.name)).toEqual(['A']);
    expect((await listUpcoming(week, 10, db)).map((c) => [c.name, c.nextDueKind])).toEqual([['B', 'keep-in-touch']]);
  });
});
