/**
 * The one protocol between the content script, the sidebar, the popup, the options page and
 * the background: each message's payload and answer as a zod schema. `ProtocolMap` (what
 * @webext-core/messaging types its calls with) is inferred from them, so a message's type and
 * its check cannot drift apart; every handler parses its payload with the same schema.
 */
import { z } from 'zod';
import { EducationSchema, ExperienceSchema, ExtractionSchema, SlugSchema, TEXT_LIMITS } from '@/lib/linkedin/profile';
import { ContactFieldsSchema, ContactSchema } from './contact';
import { ChannelSchema, InteractionKindSchema, InteractionSchema, MeetingPatchSchema, MeetingSchema } from './history';
import { PrepQuestionSchema } from './prep';
import { RowIdSchema } from './primitives';
import { SettingsSchema } from './settings';
import { TemplateSchema } from './template';

/**
 * What the content script knows about the page in its tab. `extraction` is null while a
 * profile is loading (after an in-app navigation, before the page shows the new person),
 * so the sidebar never mixes two people.
 */
export const PageStateSchema = z.object({
  /** The page's own address: only ever a LinkedIn page over https. */
  url: z
    .string()
    .max(2_000)
    .refine((value) => URL.canParse(value) && new URL(value).origin === 'https://www.linkedin.com', 'not a LinkedIn page'),
  slug: SlugSchema,
  extraction: ExtractionSchema.nullable(),
});
export type PageState = z.infer<typeof PageStateSchema>;

export const StoredContactSchema = ContactSchema.extend({ id: RowIdSchema });
const StoredMeetingSchema = MeetingSchema.extend({ id: RowIdSchema });
const ContactIdSchema = z.object({ contactId: RowIdSchema });

export const DetailsSeenSchema = z.object({
  slug: SlugSchema,
  experience: z.array(ExperienceSchema).max(TEXT_LIMITS.experience).optional(),
  education: z.array(EducationSchema).max(TEXT_LIMITS.education).optional(),
});
export type DetailsSeen = z.infer<typeof DetailsSeenSchema>;

/** Every message: what it carries (`data`) and what it answers (`result`). */
export const PROTOCOL = {
  /** content script → background: the profile on screen changed. */
  pageChanged: { data: PageStateSchema, result: z.void() },
  /** content script → background: a profile's detail list (/details/experience/ or /education/) was read. */
  detailsSeen: { data: DetailsSeenSchema, result: z.boolean() },
  /** background → content script: send me what is on screen now. */
  currentPage: { data: z.undefined(), result: PageStateSchema.nullable() },
  /** sidebar → background: save the person on the sidebar's tab. */
  saveContact: { data: z.object({ slug: SlugSchema, fields: ContactFieldsSchema }), result: StoredContactSchema },
  /** sidebar → background: a meeting with this contact was held now. */
  logMeeting: { data: ContactIdSchema, result: z.object({ contact: StoredContactSchema, meetingId: RowIdSchema }) },
  /** sidebar → background: complete (or reopen and change) a meeting: only the fields the user changed. */
  updateMeeting: { data: z.object({ meetingId: RowIdSchema, details: MeetingPatchSchema }), result: StoredContactSchema },
  /** sidebar → background: this profile is that lead (saved by name only). */
  linkLead: { data: z.object({ contactId: RowIdSchema, slug: SlugSchema }), result: StoredContactSchema.optional() },
  /** sidebar → background: the questions the user prepared for a contact. */
  savePrep: { data: ContactIdSchema.extend({ questions: z.array(PrepQuestionSchema).max(30) }), result: StoredContactSchema },
  /** popup → background: whatever is due next for this contact is done. */
  completeDue: { data: ContactIdSchema, result: StoredContactSchema },
  /** popup → background: remind me of this step in `days` days. */
  snoozeDue: { data: ContactIdSchema.extend({ days: z.number().int().min(1).max(60) }), result: StoredContactSchema },
  /** sidebar or pages → background: "Mark request sent" and the like, with the message's text. */
  logInteraction: {
    data: ContactIdSchema.extend({ kind: InteractionKindSchema, text: z.string().max(5_000).optional(), channel: ChannelSchema.optional() }),
    result: StoredContactSchema,
  },
  /** options page → background: I wrote to the database; recompute the badge. */
  dataChanged: { data: z.undefined(), result: z.void() },
} as const satisfies Record<string, { data: z.ZodType; result: z.ZodType }>;

type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;
export type MessageData<K extends MessageType> = z.input<Protocol[K]['data']>;
export type MessageResult<K extends MessageType> = z.output<Protocol[K]['result']>;

/** The protocol as @webext-core/messaging reads it: one function type per message. */
export type ProtocolMap = {
  [K in MessageType]: MessageData<K> extends undefined ? () => MessageResult<K> : (data: MessageData<K>) => MessageResult<K>;
};

/** Port name the sidebar connects on; the background pushes SidebarState over it. */
export const SIDEBAR_PORT = 'coffee-chats-sidebar';

/** A lead saved by name that may be the person on screen: "is this them?". */
export const LeadMatchSchema = z.object({ id: RowIdSchema, name: z.string(), referrerName: z.string().optional() });
export type LeadMatch = z.infer<typeof LeadMatchSchema>;

/** What the background pushes to a sidebar: the page, and the saved contact for it, live. */
export const SidebarStateSchema = z.object({
  page: PageStateSchema.nullable(),
  contact: StoredContactSchema.nullable(),
  /** The saved contact's meetings, newest first (at most five). */
  meetings: z.array(StoredMeetingSchema).max(5),
  lastInteraction: InteractionSchema.nullable(),
  referrerName: z.string().optional(),
  /** The user's own profile and preferences (common ground, note limit). */
  settings: SettingsSchema,
  /** The user's own message templates. */
  templates: z.array(TemplateSchema).max(200),
  /** Not a contact yet, but leads saved by this name exist: "is this them?". */
  leadMatches: z.array(LeadMatchSchema).max(20),
});
export type SidebarState = z.infer<typeof SidebarStateSchema>;
