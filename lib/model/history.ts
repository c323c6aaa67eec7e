/**
 * What happened with a contact: interactions (a request sent, a reply, a note…) and meetings
 * (held or scheduled, with answers, takeaways and leads). Meetings and interactions carry a
 * `uid` that travels in backups, so the same record is recognised in another browser.
 */
import { z } from 'zod';
import { HttpsUrlSchema, TEXT_LIMITS } from '@/lib/linkedin/profile';
import { EpochMsSchema, RowIdSchema, UidSchema } from './primitives';

export const INTERACTION_KINDS = [
  'request-sent',
  'follow-up-sent',
  'reply-received',
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
});
export type Interaction = z.infer<typeof InteractionSchema>;

export const MEETING_MODES = ['video', 'phone', 'in-person', 'chat'] as const;
export const MeetingModeSchema = z.enum(MEETING_MODES);
export type MeetingMode = z.infer<typeof MeetingModeSchema>;

export const MEETING_MODE_LABELS: Record<MeetingMode, string> = {
  video: 'Video call',
  phone: 'Phone',
  'in-person': 'In person',
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
});

const DurationSchema = z.number().int().min(1).max(600);
const TakeawaysSchema = z.array(z.string().trim().min(1).max(500)).max(50).default([]);

export const MeetingSchema = z.object({
  id: RowIdSchema.optional(),
  uid: UidSchema,
  contactId: RowIdSchema,
  scheduledAt: EpochMsSchema.optional(),
  heldAt: EpochMsSchema.optional(),
  mode: MeetingModeSchema.optional(),
  durationMin: DurationSchema.optional(),
  questions: z.array(MeetingQuestionSchema).max(40).default([]),
  takeaways: TakeawaysSchema,
  leads: z.array(LeadSchema).max(20).default([]),
  updatedAt: EpochMsSchema.optional(),
});
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
});
export type MeetingPatch = z.infer<typeof MeetingPatchSchema>;
