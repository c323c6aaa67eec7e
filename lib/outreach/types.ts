import type { CommonGround } from '@/lib/common-ground';
import type { Settings } from '@/lib/model/settings';
import type { MessageKind } from '@/lib/model/message-kinds';

/** A message kind, as drafting calls it (lib/model/message-kinds.ts lists them). */
export type DraftKind = MessageKind;

/** The contact as drafting sees it: a stored Contact or a freshly read Profile both fit. */
export interface DraftContact {
  name?: string;
  headline?: string;
  currentTitle?: string;
  currentCompany?: string;
  location?: string;
  experience?: readonly { title?: string; company?: string }[];
  education?: readonly { school?: string }[];
  /** How the user knows them (a contact added by hand): someone known gets a warm request. */
  relationship?: string;
  howWeMet?: string;
}

export type DraftUser = Pick<Settings, 'ownName' | 'schools' | 'programme' | 'employers' | 'city' | 'fieldOfInterest' | 'noteLimit'> &
  Partial<Pick<Settings, 'situation' | 'year' | 'currentRole' | 'signOff' | 'thankYouKeepInMind'>>;

export interface DraftContext {
  contact: DraftContact;
  user: DraftUser;
  /** Who suggested the user reach out (the referrer's name). */
  referredByName?: string;
  /** What the user learned in the meeting, in their words (thank-you). */
  takeaways?: readonly string[];
  /** A piece of the contact's advice, in the user's words (keep-in-touch). */
  advice?: string;
  /** What the user did with that advice (keep-in-touch). */
  whatIDid?: string;
  /** When the unanswered message went out, epoch ms (follow-up). */
  lastMessageAt?: number;
  /** The people they suggested in the latest meeting (thank-you: "I'll get in touch with Jonas"). */
  leads?: readonly string[];
  /** The mutual connection asked for an introduction (ask-introduction). */
  mutualName?: string;
  /** The article the user shares (share-article): its title or link. */
  article?: string;
}

export interface Draft {
  kind: DraftKind;
  /** Emails only: a connection note has no subject. */
  subject?: string;
  body: string;
  variant: number;
  variantCount: number;
}

/** An email over this many words gets a warning from the coach; drafts stay at or under it. */
export const EMAIL_WORDS_WARN = 75;
/** A call script is read aloud: a minute or two, voicemail included. */
export const SCRIPT_WORDS_MAX = 160;
/** An email this long is too long to read on a phone between meetings. */
export const EMAIL_WORDS_MAX = 100;

export interface CoachOptions {
  /** Characters allowed in a connection note (200 unless given). */
  limit?: number;
  /** A request the contact has not heard from the user before (default: true for request kinds). */
  isFirstMessage?: boolean;
  /** What the user shares with the contact, strongest first. */
  commonGround?: readonly CommonGround[];
  /** What the user noted from the meeting (thank-you). */
  takeaways?: readonly string[];
  /** The contact's advice and what the user did with it (keep-in-touch). */
  advice?: string;
  whatIDid?: string;
  /** The user's name as drafts sign it ("" when unset: the coach says so). */
  senderName?: string;
}

