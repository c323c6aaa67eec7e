import { defineExtensionMessaging } from '@webext-core/messaging';
// Types only: the content script imports this file and must not carry zod.
import type { Education, Experience, Extraction } from './linkedin/profile';
import type { ContactFields, Interaction, Meeting, MeetingDetails, PrepQuestion, Settings, StoredContact, Template } from '@/storage/schemas';

/**
 * What the content script knows about the page in its tab. `extraction` is null
 * while a profile is loading (after an in-app navigation, before the page shows
 * the new person), so the sidebar never mixes two people.
 */
export interface PageState {
  url: string;
  slug: string;
  extraction: Extraction | null;
}

/** The one protocol between content script, sidebar, popup and background. */
export interface ProtocolMap {
  /** content script → background: the profile on screen changed. */
  pageChanged(state: PageState): void;
  /** content script → background: a profile's detail list (/details/experience/ or /education/) was read. */
  detailsSeen(data: { slug: string; experience?: Experience[]; education?: Education[] }): boolean;
  /** background → content script: send me what is on screen now. */
  currentPage(): PageState | null;
  /** sidebar → background: save the person on the sidebar's tab. */
  saveContact(data: { slug: string; fields: ContactFields }): StoredContact;
  /** sidebar → background: a meeting with this contact was held now. */
  logMeeting(data: { contactId: number }): { contact: StoredContact; meetingId: number };
  /** sidebar → background: complete (or reopen and change) a meeting. */
  updateMeeting(data: { meetingId: number; details: MeetingDetails }): StoredContact;
  /** sidebar → background: this profile is that lead (saved by name only). */
  linkLead(data: { contactId: number; slug: string }): StoredContact | undefined;
  /** sidebar → background: the questions the user prepared for a contact. */
  savePrep(data: { contactId: number; questions: PrepQuestion[] }): StoredContact;
  /** popup → background: whatever is due next for this contact is done. */
  completeDue(data: { contactId: number }): StoredContact;
  /** popup → background: remind me of this step in `days` days. */
  snoozeDue(data: { contactId: number; days: number }): StoredContact;
  /** sidebar or pages → background: "Mark request sent" and the like, with the message's text. */
  logInteraction(data: { contactId: number; kind: string; text?: string; channel?: string }): StoredContact;
  /** options page → background: I wrote to the database; recompute the badge. */
  dataChanged(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Port name the sidebar connects on; the background pushes SidebarState over it. */
export const SIDEBAR_PORT = 'coffee-chats-sidebar';

export interface SidebarState {
  page: PageState | null;
  contact: StoredContact | null;
  /** The saved contact's meetings, newest first (at most five). */
  meetings: (Meeting & { id: number })[];
  lastInteraction: Interaction | null;
  referrerName?: string;
  /** The user's own profile and preferences (common ground, note limit). */
  settings: Settings;
  /** The user's own message templates. */
  templates: Template[];
  /** Not a contact yet, but leads saved by this name exist: "is this them?". */
  leadMatches: { id: number; name: string; referrerName?: string }[];
}
