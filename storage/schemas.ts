import { z } from 'zod';
import {
  EducationSchema,
  ExperienceSchema,
  HttpsUrlSchema,
  SlugSchema,
  TEXT_LIMITS,
} from '@/lib/linkedin/profile';

const epochMs = z.number().int().nonnegative();
const shortText = z.string().trim().max(TEXT_LIMITS.short);

/** What the user can edit in the sidebar before saving. */
export const ContactFieldsSchema = z.object({
  name: z.string().trim().min(1, 'A contact needs a name').max(TEXT_LIMITS.short),
  headline: z.string().trim().max(TEXT_LIMITS.headline).optional(),
  location: shortText.optional(),
  currentTitle: shortText.optional(),
  currentCompany: shortText.optional(),
  about: z.string().trim().max(TEXT_LIMITS.about).optional(),
  photoUrl: HttpsUrlSchema.optional(),
  experience: z.array(ExperienceSchema).max(TEXT_LIMITS.experience).default([]),
  education: z.array(EducationSchema).max(TEXT_LIMITS.education).default([]),
});
export type ContactFields = z.infer<typeof ContactFieldsSchema>;

export const DueKindSchema = z.enum(['thank-you']);
export type DueKind = z.infer<typeof DueKindSchema>;

export const ContactSchema = ContactFieldsSchema.extend({
  id: z.number().int().positive().optional(),
  slug: SlugSchema,
  profileUrl: HttpsUrlSchema,
  createdAt: epochMs,
  updatedAt: epochMs,
  /** What is due next for this contact, kept up to date on every write (see lib/followups). */
  nextDueKind: DueKindSchema.optional(),
  nextDueAt: epochMs.optional(),
  /** Set only while a thank-you note is due: the badge counts this index. */
  thankYouDueAt: epochMs.optional(),
});
export type Contact = z.infer<typeof ContactSchema>;
export type StoredContact = Contact & { id: number };

export const MeetingSchema = z.object({
  id: z.number().int().positive().optional(),
  contactId: z.number().int().positive(),
  heldAt: epochMs,
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const InteractionKindSchema = z.enum(['meeting', 'thank-you-sent']);
export type InteractionKind = z.infer<typeof InteractionKindSchema>;

export const InteractionSchema = z.object({
  id: z.number().int().positive().optional(),
  contactId: z.number().int().positive(),
  kind: InteractionKindSchema,
  at: epochMs,
});
export type Interaction = z.infer<typeof InteractionSchema>;
