import { z } from 'zod';
import { EducationSchema, ExperienceSchema, ExtractionSchema, SlugSchema, TEXT_LIMITS } from './linkedin/profile';
import {
  CHANNELS,
  ContactFieldsSchema,
  ContactSchema,
  InteractionKindSchema,
  InteractionSchema,
  MeetingDetailsSchema,
  MeetingSchema,
  PrepQuestionSchema,
  SettingsSchema,
  TemplateSchema,
} from '@/storage/schemas';

/** zod mirrors of lib/messaging.ts: every receiver validates what it is given. */

export const PageStateSchema = z.object({
  url: z.string().url().max(2_000),
  slug: SlugSchema,
  extraction: ExtractionSchema.nullable(),
});

export const DetailsSeenSchema = z.object({
  slug: SlugSchema,
  experience: z.array(ExperienceSchema).max(TEXT_LIMITS.experience).optional(),
  education: z.array(EducationSchema).max(TEXT_LIMITS.education).optional(),
});

export const SaveContactRequestSchema = z.object({ slug: SlugSchema, fields: ContactFieldsSchema });
export const ContactIdRequestSchema = z.object({ contactId: z.number().int().positive() });
export const SnoozeRequestSchema = ContactIdRequestSchema.extend({ days: z.number().int().min(1).max(60) });
export const LogInteractionRequestSchema = ContactIdRequestSchema.extend({
  kind: InteractionKindSchema,
  text: z.string().max(5_000).optional(),
  channel: z.enum(CHANNELS).optional(),
});

const rowId = z.number().int().positive();

export const UpdateMeetingRequestSchema = z.object({ meetingId: rowId, details: MeetingDetailsSchema });
export const SavePrepRequestSchema = z.object({ contactId: rowId, questions: z.array(PrepQuestionSchema).max(30) });

export const SidebarStateSchema = z.object({
  page: PageStateSchema.nullable(),
  contact: ContactSchema.extend({ id: rowId }).nullable(),
  meetings: z.array(MeetingSchema.extend({ id: rowId })).max(5),
  lastInteraction: InteractionSchema.nullable(),
  referrerName: z.string().optional(),
  settings: SettingsSchema,
  templates: z.array(TemplateSchema).max(200),
  leadMatches: z.array(z.object({ id: rowId, name: z.string(), referrerName: z.string().optional() })).max(20),
});

export const LinkLeadRequestSchema = z.object({ contactId: rowId, slug: SlugSchema });
