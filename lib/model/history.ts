/**
 * What happened with a contact: interactions (a request sent, a reply, a note…) and meetings
 * (held or scheduled, with answers, takeaways and leads). Meetings and interactions carry a
 * `uid` that travels in backups, so the same record is recognised in another browser.
 */
import { z } from 'zod';
import { HttpsUrlSchema, TEXT_LIMITS } from '@/lib/linkedin/profile';
import { PathUidsSchema } from './career-path';
import { AREAS } from './prep';
import { EpochMsSchema, FieldTimesSchema, RowIdSchema, UidSchema } from './primitives';

export const INTERACTION_KINDS = [
  'request-sent',
  'follow-up-sent',
  'reply-received',
  'reply-sent',
  'meeting',
  'thank-you-sent',
  'check-in-sent',
  'note',
] as const;
export const InteractionKindSchema = z.enum(INTERACTION_KINDS);
export type InteractionKind = z.infer<typeof InteractionKindSchema>;

/** How each logged interaction reads in a history. */
export const INTERACTION_LABELS: Record<InteractionKind, string> = {
  'request-sent': 'Request sent',
  'follow-up-sent': 'Follow-up sent',
  'reply-received': 'Reply received',
  'reply-sent': 'Reply sent',
  meeting: 'Meeting',
  'thank-you-sent': 'Thank-you sent',
  'check-in-sent': 'Check-in sent',
  note: 'Note',
};

export const CHANNELS = ['linkedin', 'email', 'phone', 'in-person', 'video', 'chat', 'other'] as const;
export const ChannelSchema = z.enum(CHANNELS);

export const InteractionSchema = z.object({
  id: RowIdSchema.optional(),
  uid: UidSchema,
  contactId: RowIdSchema,
  kind: InteractionKindSchema,
  at: EpochMsSchema,
  channel: ChannelSchema.optional(),
  text: z.string().max(5_000).optional(),
  updatedAt: EpochMsSchema.optional(),
  fieldsAt: FieldTimesSchema.optional(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

export const MEETING_MODES = ['video', 'phone', 'in-person', 'coffee', 'chat'] as const;
export const MeetingModeSchema = z.enum(MEETING_MODES);
export type MeetingMode = z.infer<typeof MeetingModeSchema>;

export const MEETING_MODE_LABELS: Record<MeetingMode, string> = {
  video: 'Video call',
  phone: 'Phone',
  'in-person': 'In person',
  coffee: 'Coffee',
  chat: 'Chat',
};

export const LeadSchema = z.object({
  name: z.string().trim().min(1, 'A lead needs a name').max(TEXT_LIMITS.short),
  profileUrl: HttpsUrlSchema.optional(),
  /** The contact made for this lead. */
  contactId: RowIdSchema.optional(),
});
export type Lead = z.infer<typeof LeadSchema>;

export const MeetingQuestionSchema = z.object({
  text: z.string().trim().min(1).max(500),
  answer: z.string().max(5_000).default(''),
  /** The area of the prepared question it came from: a path's findings gather answers by area. */
  area: z.enum(AREAS).optional(),
});

const DurationSchema = z.number().int().min(1).max(600);
const LinesSchema = z.array(z.string().trim().min(1).max(500)).max(50);
const TakeawaysSchema = LinesSchema.default([]);

/** Where to meet, or the call link. */
const PlaceSchema = z.string().trim().max(500);

/** Does this path fit my interests and values: 1 (not at all) to 5 (very much). */
export const FIT_SCALE = [
  { value: 1, label: 'Not at all' },
  { value: 2, label: 'A little' },
  { value: 3, label: 'Somewhat' },
  { value: 4, label: 'Mostly' },
  { value: 5, label: 'Very much' },
] as const;
const FitSchema = z.number().int().min(1).max(5);

/** Something they recommended reading, watching or joining. */
export const ResourceSchema = z.object({
  title: z.string().trim().min(1, 'A resource needs a title').max(300),
  url: HttpsUrlSchema.optional(),
});


export const MeetingSchema = z.object({
  id: RowIdSchema.optional(),
  uid: UidSchema,
  contactId: RowIdSchema,
  scheduledAt: EpochMsSchema.optional(),
  heldAt: EpochMsSchema.optional(),
  mode: MeetingModeSchema.optional(),
  durationMin: DurationSchema.optional(),
  /** Where to meet, or the call link (set when scheduling). */
  place: PlaceSchema.optional(),
  questions: z.array(MeetingQuestionSchema).max(40).default([]),
  takeaways: TakeawaysSchema,
  leads: z.array(LeadSchema).max(20).default([]),
  /** Debrief: does this path fit my interests and values (1–5), and a line on why. */
  fit: FitSchema.optional(),
  fitNote: z.string().trim().max(500).optional(),
  /** Debrief: what I still need to find out. */
  openQuestions: LinesSchema.optional(),
  /** Debrief: what they recommended. */
  resources: z.array(ResourceSchema).max(30).optional(),
  /** The career paths (their uids) this conversation explored; unset means the contact's paths. */
  pathUids: PathUidsSchema.optional(),
  updatedAt: EpochMsSchema.optional(),
  /** When the user last wrote each field (see FieldTimesSchema): a backup merge keeps the later write. */
  fieldsAt: FieldTimesSchema.optional(),
});

/** The fields of a meeting a user writes; a backup merge takes each from the side that wrote it last. */
export const MEETING_WRITTEN_FIELDS = ['scheduledAt', 'heldAt', 'mode', 'durationMin', 'place', 'questions', 'takeaways', 'leads', 'fit', 'fitNote', 'openQuestions', 'resources', 'pathUids'] as const;

/** The fields of a logged interaction; a backup merge takes each from the side that wrote it last. */
export const INTERACTION_WRITTEN_FIELDS = ['kind', 'at', 'channel', 'text'] as const;
export type Meeting = z.infer<typeof MeetingSchema>;
export type StoredMeeting = Meeting & { id: number };

/**
 * What the meeting form sends: only the fields the user changed. A missing field is left as it
 * is; `null` clears mode or length; `answers` sets the answer to each question it names (an
 * empty answer removes that question's note) and leaves the other questions alone.
 */
export const MeetingPatchSchema = z.object({
  heldAt: EpochMsSchema.optional(),
  mode: MeetingModeSchema.nullable().optional(),
  durationMin: DurationSchema.nullable().optional(),
  answers: z.array(MeetingQuestionSchema).max(40).optional(),
  takeaways: z.array(z.string().trim().min(1).max(500)).max(50).optional(),
  leads: z
    .array(z.object({ name: LeadSchema.shape.name, profileUrl: z.string().trim().max(500).optional() }))
    .max(20)
    .optional(),
  fit: FitSchema.nullable().optional(),
  fitNote: z.string().trim().max(500).optional(),
  openQuestions: LinesSchema.optional(),
  resources: z
    .array(z.object({ title: ResourceSchema.shape.title, url: z.string().trim().max(2_000).optional() }))
    .max(30)
    .optional(),
  /** The career paths this conversation explored (the whole list as the form shows it). */
  pathUids: PathUidsSchema.optional(),
  /** The next actions, as the form lists them now: each becomes a task on the contact (lib/model/task.ts). */
  nextActions: z
    .array(z.object({ uid: UidSchema.optional(), text: z.string().trim().min(1, 'A next action needs some words').max(300), dueAt: EpochMsSchema.optional() }))
    .max(30)
    .optional(),
});
export type MeetingPatch = z.infer<typeof MeetingPatchSchema>;

/** "Schedule": the agreed time, how, where (or the call link) and how long. Sent again to reschedule. */
export const ScheduleSchema = z.object({
  contactId: RowIdSchema,
  at: EpochMsSchema,
  mode: MeetingModeSchema.optional(),
  durationMin: DurationSchema.optional(),
  place: PlaceSchema.optional(),
});

