/**
 * The one protocol between the content script, the sidebar, the popup, the options page and
 * the background: each message's payload and answer as a zod schema. `ProtocolMap` (what
 * @webext-core/messaging types its calls with) is inferred from them, so a message's type and
 * its check cannot drift apart; every handler parses its payload with the same schema.
 */
import { z } from 'zod';
import { EducationSchema, ExperienceSchema, ExtractionSchema, SlugSchema, TEXT_LIMITS, TraceSchema } from '@/lib/linkedin/profile';
import { PROFILE_FIELDS } from '@/lib/linkedin/fields';
import { PAGE_STRUCTURE_FORMAT } from '@/lib/linkedin/page-structure';
import { ContactFieldsSchema, ContactSchema, NewContactSchema } from './contact';
import { ChannelSchema, InteractionKindSchema, InteractionSchema, MeetingPatchSchema, MeetingSchema, ScheduleSchema } from './history';
import { TaskSchema } from './task';
import { PrepQuestionSchema } from './prep';
import { RowIdSchema, UidSchema } from './primitives';
import { CareerPathSchema, PathUidsSchema } from './career-path';
import { CourseQuestionSchema } from './course';
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
const StoredTaskSchema = TaskSchema.extend({ id: RowIdSchema });
const ContactIdSchema = z.object({ contactId: RowIdSchema });
const TaskIdSchema = z.object({ taskId: RowIdSchema });

export const DetailsSeenSchema = z.object({
  slug: SlugSchema,
  experience: z.array(ExperienceSchema).max(TEXT_LIMITS.experience).optional(),
  education: z.array(EducationSchema).max(TEXT_LIMITS.education).optional(),
});
export type DetailsSeen = z.infer<typeof DetailsSeenSchema>;

/** Which of a contact's lists a detail page offers to update. */
export const ListNameSchema = z.enum(['experience', 'education']);
export type ListName = z.infer<typeof ListNameSchema>;

/** The lists LinkedIn's detail pages showed for the person on screen: offered in the sidebar, never written unasked. */
export const PageListsSchema = DetailsSeenSchema.omit({ slug: true });
export type PageLists = z.infer<typeof PageListsSchema>;
/** "Report a page we can't read": the page's structure only (lib/linkedin/page-structure.ts), saved as a file. */
export const PageStructureSchema = z.object({
  format: z.literal(PAGE_STRUCTURE_FORMAT),
  version: z.literal(1),
  layout: z.string().max(60),
  page: z.enum(['profile', 'details-experience', 'details-education', 'other']),
  missing: z.array(z.enum(PROFILE_FIELDS)),
  trace: TraceSchema,
  html: z.string().max(30_000_000),
  truncated: z.boolean(),
});

/** A saved contact with the name typed into "New contact": the same person, or a namesake? */
export const NamesakeSchema = z.object({
  id: RowIdSchema,
  name: z.string(),
  referrerName: z.string().optional(),
  company: z.string().optional(),
  onLinkedIn: z.boolean(),
});
export type Namesake = z.infer<typeof NamesakeSchema>;

/** Every message: what it carries (`data`) and what it answers (`result`). */
export const PROTOCOL = {
  /** content script → background: the profile on screen changed. */
  pageChanged: { data: PageStateSchema, result: z.void() },
  /** content script → background: a profile's detail list (/details/experience/ or /education/) was read; the sidebar offers it. */
  detailsSeen: { data: DetailsSeenSchema, result: z.void() },
  /** background → content script: send me what is on screen now. */
  currentPage: { data: z.undefined(), result: PageStateSchema.nullable() },
  /** background → content script: the keyboard shortcut — focus into the sidebar (opening it), or back to the page. Answers whether there is a sidebar. */
  focusSidebar: { data: z.undefined(), result: z.boolean() },
  /** sidebar → background: save the person on the sidebar's tab. */
  saveContact: { data: z.object({ slug: SlugSchema, fields: ContactFieldsSchema, pathUids: PathUidsSchema.optional() }), result: StoredContactSchema },
  /** sidebar → background: the career paths a saved contact belongs to (the whole list, as ticked). */
  setContactPaths: { data: ContactIdSchema.extend({ pathUids: PathUidsSchema }), result: StoredContactSchema },
  /** popup → background: "New contact", a person typed in by hand. */
  addContact: { data: NewContactSchema, result: StoredContactSchema },
  /** popup → background: saved contacts with this name, asked before "New contact" adds one. */
  namesakes: { data: z.object({ name: z.string().max(200) }), result: z.array(NamesakeSchema).max(20) },
  /** sidebar → background: a meeting with this contact was held now. */
  logMeeting: { data: ContactIdSchema, result: z.object({ contact: StoredContactSchema, meetingId: RowIdSchema }) },
  /** sidebar → background: complete (or reopen and change) a meeting: only the fields the user changed. */
  updateMeeting: { data: z.object({ meetingId: RowIdSchema, details: MeetingPatchSchema }), result: StoredContactSchema },
  /** sidebar → background: the user accepts the list a detail page offered (replaces the saved one). */
  acceptList: { data: z.object({ slug: SlugSchema, list: ListNameSchema }), result: StoredContactSchema },
  /** sidebar → background: fill what is empty on this saved contact (a lead saved by URL) from the page. */
  fillFromPage: { data: z.object({ slug: SlugSchema }), result: StoredContactSchema },
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
  /** background → content script: the structure-only copy of the page on screen. */
  pageStructure: { data: z.undefined(), result: PageStructureSchema.nullable() },
  /** sidebar → background: "Report a page we can't read" — fetch that copy from the sidebar's tab. */
  reportPage: { data: z.undefined(), result: PageStructureSchema },
  /** sidebar or pages → background: the conversation is agreed (again, to reschedule). */
  scheduleMeeting: { data: ScheduleSchema, result: StoredContactSchema },
  /** sidebar or pages → background: the scheduled conversation is off (back to "replied"). */
  cancelSchedule: { data: ContactIdSchema, result: StoredContactSchema },
  /** popup → background: this task is done. */
  completeTask: { data: TaskIdSchema, result: StoredTaskSchema },
  /** popup → background: remind me of this task in `days` days. */
  snoozeTask: { data: TaskIdSchema.extend({ days: z.number().int().min(1).max(60) }), result: StoredTaskSchema },
  /**
   * sidebar → background: open this contact in the contact book, in a new tab. Firefox gives the
   * sidebar frame (an extension page inside linkedin.com) no `tabs` or `openOptionsPage`.
   */
  openContact: { data: ContactIdSchema, result: z.void() },
  /** sidebar → background: open the contact book's career paths (to add one), in a new tab. */
  openPaths: { data: z.undefined(), result: z.void() },
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

export { SIDEBAR_PORT } from './ports';

/** A lead saved by name that may be the person on screen: "is this them?". */
export const LeadMatchSchema = z.object({ id: RowIdSchema, name: z.string(), referrerName: z.string().optional() });
export type LeadMatch = z.infer<typeof LeadMatchSchema>;

/** A saved contact who is a mutual connection of the person on screen. */
export const MutualContactSchema = z.object({ id: RowIdSchema, name: z.string() });
export type MutualContact = z.infer<typeof MutualContactSchema>;

/** A career path as the sidebar's pickers list it. */
export const PathChoiceSchema = z.object({ uid: UidSchema, name: CareerPathSchema.shape.name });

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
  /** What this person's detail pages showed in this tab, to offer as an update. */
  pageLists: PageListsSchema,
  /** Saved contacts the page names as mutual connections: who could introduce the user. */
  mutualContacts: z.array(MutualContactSchema).max(20).optional(),
  /** The conversation scheduled with the saved contact and not yet logged. */
  scheduled: StoredMeetingSchema.nullable().default(null),
  /** The saved contact's tasks (the next actions from their debriefs). */
  tasks: z.array(StoredTaskSchema).max(100).default([]),
  /** The user's career paths (not archived), by name: ticked when saving, and on the saved contact. */
  paths: z.array(PathChoiceSchema).max(1_000).default([]),
  /** Questions the courses of the saved contact's paths ask (required first), for the Prep tab. */
  courseQuestions: z.array(CourseQuestionSchema.extend({ course: z.string().max(200) })).max(500).default([]),
});
export type SidebarState = z.infer<typeof SidebarStateSchema>;
