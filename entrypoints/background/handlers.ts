import { addDays } from 'date-fns';
import { onMessage } from '@/lib/messaging';
import {
  ContactIdRequestSchema,
  DetailsSeenSchema,
  LogInteractionRequestSchema,
  PageStateSchema,
  SaveContactRequestSchema,
  LinkLeadRequestSchema,
  SavePrepRequestSchema,
  SnoozeRequestSchema,
  UpdateMeetingRequestSchema,
} from '@/lib/messaging-schemas';
import { fillEmptyFields, linkLeadToProfile, savePrepQuestions, updateMeeting } from '@/storage/meetings';
import { snoozeDue } from '@/storage/followups';
import { completeHistory, getContact, saveContact } from '@/storage/contacts';
import { completeDue, logInteraction, logMeeting } from '@/storage/history';
import { contentScriptTabId, isExtensionPage, sidebarTabId } from './sender';
import type { TabPages } from './sidebar-ports';

/** One handler per message; each re-validates its payload and its sender. */
export function registerHandlers(pages: TabPages) {
  onMessage('pageChanged', async ({ data, sender }) => {
    const tabId = contentScriptTabId(sender);
    if (tabId === null) throw new Error('pageChanged is only accepted from a LinkedIn tab');
    const page = PageStateSchema.parse(data);
    pages.set(tabId, page);
    // A lead saved by name and link gets the rest of their profile when it is opened.
    if (page.extraction) await fillEmptyFields(page.slug, page.extraction.profile);
  });

  onMessage('detailsSeen', async ({ data, sender }) => {
    if (contentScriptTabId(sender) === null) throw new Error('detailsSeen is only accepted from a LinkedIn tab');
    const { slug, ...lists } = DetailsSeenSchema.parse(data);
    return (await completeHistory(slug, lists)) !== undefined;
  });

  onMessage('saveContact', async ({ data, sender }) => {
    const tabId = sidebarTabId(sender);
    if (tabId === null) throw new Error('saveContact is only accepted from the sidebar');
    const { slug, fields } = SaveContactRequestSchema.parse(data);
    // Save only the person whose profile is open in that tab right now.
    const open = pages.get(tabId);
    if (open?.slug !== slug) {
      throw new Error('The page changed to another profile before saving. Check the fields and save again.');
    }
    return saveContact(slug, fields);
  });

  onMessage('logMeeting', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) throw new Error('Not allowed');
    const { contactId } = ContactIdRequestSchema.parse(data);
    if (!(await getContact(contactId))) throw new Error('Save the contact before logging a meeting.');
    const { contact, meetingId } = await logMeeting(contactId);
    return { contact, meetingId: meetingId as number };
  });


  onMessage('completeDue', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) throw new Error('Not allowed');
    return completeDue(ContactIdRequestSchema.parse(data).contactId);
  });

  onMessage('snoozeDue', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) throw new Error('Not allowed');
    const { contactId, days } = SnoozeRequestSchema.parse(data);
    const now = Date.now();
    // Days on the user's calendar: "1 week" keeps the time of day across a clock change.
    return snoozeDue(contactId, addDays(now, days).getTime(), now);
  });

  onMessage('logInteraction', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) throw new Error('Not allowed');
    const request = LogInteractionRequestSchema.parse(data);
    const now = Date.now();
    return logInteraction({ ...request, at: now }, now);
  });

  onMessage('updateMeeting', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) throw new Error('Not allowed');
    const { meetingId, details } = UpdateMeetingRequestSchema.parse(data);
    return (await updateMeeting(meetingId, details)).contact;
  });

  onMessage('savePrep', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) throw new Error('Not allowed');
    const { contactId, questions } = SavePrepRequestSchema.parse(data);
    return savePrepQuestions(contactId, questions);
  });

  onMessage('linkLead', async ({ data, sender }) => {
    const tabId = sidebarTabId(sender);
    if (tabId === null) throw new Error('linkLead is only accepted from the sidebar');
    const { contactId, slug } = LinkLeadRequestSchema.parse(data);
    const open = pages.get(tabId);
    if (open?.slug !== slug || !open.extraction) throw new Error('The page changed to another profile. Try again.');
    return linkLeadToProfile(contactId, slug, open.extraction.profile);
  });
}
