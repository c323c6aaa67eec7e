import { z } from 'zod';
import { EducationSchema, ExperienceSchema, ExtractionSchema, SlugSchema, TEXT_LIMITS } from './linkedin/profile';
import { CHANNELS, ContactFieldsSchema, ContactSchema, InteractionKindSchema } from '@/storage/schemas';

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

export const SidebarStateSchema = z.object({
  page: PageStateSchema.nullable(),
  contact: ContactSchema.extend({ id: z.number().int().positive() }).nullable(),
});
