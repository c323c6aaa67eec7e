/**
 * What the popup's buttons do, loaded just after its first screen: every write goes through the
 * background (which also owns the badge), and a draft is made from the stored contact.
 */
import { copyText } from '@/components/copy-text';
import type { FollowUpItem } from '@/components/FollowUpList';
import { sendMessage } from '@/lib/messaging';
import type { NewContact } from '@/lib/model/contact';
import { messageForDue } from '@/lib/model/due';
import { draftContextFor } from '@/lib/outreach/context';
import { draftMessage } from '@/lib/outreach/draft';
import { getContact } from '@/storage/contacts';
import { listInteractions, listMeetings } from '@/storage/history';
import { getSettings } from '@/storage/settings';

export async function markDone(item: FollowUpItem): Promise<void> {
  if (item.taskId) await sendMessage('completeTask', { taskId: item.taskId });
  else await sendMessage('completeDue', { contactId: item.contactId });
}

export async function snooze(item: FollowUpItem, days: number): Promise<void> {
  if (item.taskId) await sendMessage('snoozeTask', { taskId: item.taskId, days });
  else await sendMessage('snoozeDue', { contactId: item.contactId, days });
}

export async function addContact(person: NewContact): Promise<{ id: number; name: string }> {
  const saved = await sendMessage('addContact', person);
  return { id: saved.id, name: saved.name };
}

export const findNamesakes = (name: string) => sendMessage('namesakes', { name });

export async function copyDraft(item: FollowUpItem): Promise<void> {
  await copyText(await draftFor(item));
}

/** The same draft the sidebar would offer for this step, made from the stored contact. */
async function draftFor(item: FollowUpItem): Promise<string> {
  const kind = messageForDue(item.kind);
  const contact = await getContact(item.contactId);
  if (!kind || !contact) throw new Error('There is no draft for this step.');
  const [settings, meetings, interactions, referrer] = await Promise.all([
    getSettings(),
    listMeetings(contact.id),
    listInteractions(contact.id),
    contact.referredBy ? getContact(contact.referredBy) : undefined,
  ]);
  const context = draftContextFor({
    contact,
    user: settings,
    referredByName: referrer?.name,
    meetings,
    lastRequestAt: interactions.find((i) => i.kind === 'request-sent')?.at,
  });
  const draft = draftMessage(kind, context);
  return draft.subject ? `Subject: ${draft.subject}\n\n${draft.body}` : draft.body;
}
