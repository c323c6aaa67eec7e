import { addDays } from 'date-fns';
import type { z } from 'zod';
import { onMessage, sendMessage } from '@/lib/messaging';
import { PageStructureSchema, PROTOCOL, type MessageResult, type MessageType } from '@/lib/model/protocol';
import { fillEmptyFields, linkLeadToProfile, savePrepQuestions, updateMeeting } from '@/storage/meetings';
import { snoozeDue } from '@/storage/followups';
import { cancelSchedule, scheduleMeeting } from '@/storage/schedule';
import { completeTask, snoozeTask } from '@/storage/tasks';
import { addPerson, completeHistory, getContact, namesakesOf, saveContact, updateContact } from '@/storage/contacts';
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
  // The page never writes: what it shows is kept for the tab and offered in the sidebar; only the user's click writes.
  handle('pageChanged', 'content-script', (page, tabId) => {
    pages.set(tabId!, page);
  });

  handle('detailsSeen', 'content-script', (details, tabId) => {
    pages.setLists(tabId!, details);
  });

  handle('acceptList', 'sidebar', async ({ slug, list }, tabId) => {
    if (pages.get(tabId!)?.slug !== slug) throw new Error('The page changed to another profile. Try again.');
    const offered = pages.lists(tabId!, slug)[list];
    if (!offered?.length) throw new Error('LinkedIn’s list is no longer on screen. Open it again.');
    const updated = await completeHistory(slug, { [list]: offered });
    if (!updated) throw new Error('Save the contact first.');
    return updated;
  });

  handle('fillFromPage', 'sidebar', async ({ slug }, tabId) => {
    const open = pages.get(tabId!);
    if (open?.slug !== slug || !open.extraction) throw new Error('The page changed to another profile. Try again.');
    const filled = await fillEmptyFields(slug, open.extraction.profile);
    if (!filled) throw new Error('Save the contact first.');
    return filled;
  });

  handle('saveContact', 'sidebar', ({ slug, fields, pathUids }, tabId) => {
    // Save only the person whose profile is open in that tab right now.
    if (pages.get(tabId!)?.slug !== slug) {
      throw new Error('The page changed to another profile before saving. Check the fields and save again.');
    }
    return saveContact(slug, fields, Date.now(), undefined, { pathUids });
  });

  // updateContact checks that every path still exists.
  handle('setContactPaths', 'extension-page', ({ contactId, pathUids }) => updateContact(contactId, { pathUids }));

  handle('addContact', 'extension-page', (person) => addPerson(person));

  handle('namesakes', 'extension-page', ({ name }) => namesakesOf(name));

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

  handle('scheduleMeeting', 'extension-page', async (schedule) => (await scheduleMeeting(schedule)).contact);

  handle('cancelSchedule', 'extension-page', ({ contactId }) => cancelSchedule(contactId));

  handle('completeTask', 'extension-page', ({ taskId }) => completeTask(taskId));

  handle('snoozeTask', 'extension-page', ({ taskId, days }) => {
    const now = Date.now();
    return snoozeTask(taskId, addDays(now, days).getTime(), now);
  });

  handle('updateMeeting', 'extension-page', async ({ meetingId, details }) => (await updateMeeting(meetingId, details)).contact);

  handle('savePrep', 'extension-page', ({ contactId, questions }) => savePrepQuestions(contactId, questions));

  // The sidebar frame cannot see LinkedIn's page: the content script of its tab builds the copy.
  handle('reportPage', 'sidebar', async (_data, tabId) => {
    const structure = PageStructureSchema.nullable().parse(await sendMessage('pageStructure', undefined, { tabId: tabId!, frameId: 0 }));
    if (!structure) throw new Error('The page is not a LinkedIn profile the reader can see. Reload it and try again.');
    return structure;
  });

  handle('openContact', 'extension-page', async ({ contactId }, tabId) => {
    if (!(await getContact(contactId))) throw new Error('That contact is no longer in your contacts.');
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#contact/${contactId}`), ...(tabId === undefined ? {} : { openerTabId: tabId }) });
  });

  handle('openPaths', 'extension-page', async (_data, tabId) => {
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html#paths'), ...(tabId === undefined ? {} : { openerTabId: tabId }) });
  });

  handle('linkLead', 'sidebar', ({ contactId, slug }, tabId) => {
    const open = pages.get(tabId!);
    if (open?.slug !== slug || !open.extraction) throw new Error('The page changed to another profile. Try again.');
    return linkLeadToProfile(contactId, slug, open.extraction.profile);
  });
}
