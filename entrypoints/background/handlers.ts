import { addDays } from 'date-fns';
import type { z } from 'zod';
import { onMessage } from '@/lib/messaging';
import { PROTOCOL, type MessageResult, type MessageType } from '@/lib/model/protocol';
import { fillEmptyFields, linkLeadToProfile, savePrepQuestions, updateMeeting } from '@/storage/meetings';
import { snoozeDue } from '@/storage/followups';
import { completeHistory, getContact, saveContact } from '@/storage/contacts';
import { completeDue, logInteraction, logMeeting } from '@/storage/history';
import { senderAllowed, type SenderKind } from './sender';
import type { TabPages } from './sidebar-ports';

type Payload<K extends MessageType> = z.output<(typeof PROTOCOL)[K]['data']>;

/**
 * One handler per message. The sender is checked first (only the context allowed to send
 * that message is heard), then the payload is parsed with the protocol's own schema.
 */
function handle<K extends MessageType>(
  type: K,
  from: SenderKind,
  handler: (data: Payload<K>, tabId: number | undefined) => Promise<MessageResult<K>> | MessageResult<K>,
) {
  // The library's per-message typing is generic over the whole map; the schema is the real check.
  (onMessage as (type: MessageType, listener: (message: { data: unknown; sender: Parameters<typeof senderAllowed>[1] }) => unknown) => void)(
    type,
    async ({ data, sender }) => {
      const allowed = senderAllowed(from, sender);
      if (!allowed) throw new Error(`${type} is not accepted from there`);
      return handler(PROTOCOL[type].data.parse(data) as Payload<K>, allowed.tabId);
    },
  );
}

/** Registers every message the background answers; `pages` is what each LinkedIn tab shows. */
export function registerHandlers(pages: TabPages) {
  handle('pageChanged', 'content-script', async (page, tabId) => {
    pages.set(tabId!, page);
    // A lead saved by name and link gets the rest of their profile when it is opened.
    if (page.extraction) await fillEmptyFields(page.slug, page.extraction.profile);
  });

  handle('detailsSeen', 'content-script', async ({ slug, ...lists }) => (await completeHistory(slug, lists)) !== undefined);

  handle('saveContact', 'sidebar', ({ slug, fields }, tabId) => {
    // Save only the person whose profile is open in that tab right now.
    if (pages.get(tabId!)?.slug !== slug) {
      throw new Error('The page changed to another profile before saving. Check the fields and save again.');
    }
    return saveContact(slug, fields);
  });

  handle('logMeeting', 'extension-page', async ({ contactId }) => {
    if (!(await getContact(contactId))) throw new Error('Save the contact before logging a meeting.');
    const { contact, meetingId } = await logMeeting(contactId);
    return { contact, meetingId: meetingId as number };
  });

  handle('completeDue', 'extension-page', ({ contactId }) => completeDue(contactId));

  handle('snoozeDue', 'extension-page', ({ contactId, days }) => {
    const now = Date.now();
    // Days on the user's calendar: "1 week" keeps the time of day across a clock change.
    return snoozeDue(contactId, addDays(now, days).getTime(), now);
  });

  handle('logInteraction', 'extension-page', (request) => {
    const now = Date.now();
    return logInteraction({ ...request, at: now }, now);
  });

  handle('updateMeeting', 'extension-page', async ({ meetingId, details }) => (await updateMeeting(meetingId, details)).contact);

  handle('savePrep', 'extension-page', ({ contactId, questions }) => savePrepQuestions(contactId, questions));

  handle('linkLead', 'sidebar', ({ contactId, slug }, tabId) => {
    const open = pages.get(tabId!);
    if (open?.slug !== slug || !open.extraction) throw new Error('The page changed to another profile. Try again.');
    return linkLeadToProfile(contactId, slug, open.extraction.profile);
  });
}
