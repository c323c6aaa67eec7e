import { z } from 'zod';
import { PROFILE_FIELDS, SLUG_PATTERN, TEXT_LIMITS } from './fields';
import { normalizeSlug } from './url';

export { TEXT_LIMITS } from './fields';

// Extension pages forbid eval (CSP): tell zod not to probe for it with new Function().
z.config({ jitless: true });

const shortText = z.string().max(TEXT_LIMITS.short);

export const ExperienceSchema = z.object({
  title: shortText.optional(),
  company: shortText.optional(),
  dateRange: shortText.optional(),
  location: shortText.optional(),
});
export type Experience = z.infer<typeof ExperienceSchema>;

export const EducationSchema = z.object({
  school: shortText.optional(),
  degree: shortText.optional(),
  field: shortText.optional(),
  dateRange: shortText.optional(),
});
export type Education = z.infer<typeof EducationSchema>;

/**
 * A LinkedIn public identifier as it appears after `/in/`. Every entry point (page, lead URL,
 * message, import) parses through this, so every stored slug is in one spelling (normalizeSlug).
 */
export const SlugSchema = z.preprocess(
  (value) => (typeof value === 'string' ? normalizeSlug(value) : value),
  z.string().regex(SLUG_PATTERN, 'not a LinkedIn profile slug'),
);

export const HttpsUrlSchema = z
  .string()
  .max(TEXT_LIMITS.url)
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'only https URLs');

export const ProfileSchema = z.object({
  slug: SlugSchema,
  profileUrl: HttpsUrlSchema,
  name: shortText.optional(),
  headline: z.string().max(TEXT_LIMITS.headline).optional(),
  location: shortText.optional(),
  currentTitle: shortText.optional(),
  currentCompany: shortText.optional(),
  about: z.string().max(TEXT_LIMITS.about).optional(),
  photoUrl: HttpsUrlSchema.optional(),
  experience: z.array(ExperienceSchema).max(TEXT_LIMITS.experience).default([]),
  education: z.array(EducationSchema).max(TEXT_LIMITS.education).default([]),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** A mutual connection named in the top card; the link only where the page gives one. */
export const MutualConnectionSchema = z.object({ name: shortText.min(1), profileUrl: HttpsUrlSchema.optional() });

/** Which strategy read each field ("json-blob", "top-card", "shape", …): for the bench and "Report a page". */
export const TraceSchema = z.partialRecord(z.enum(PROFILE_FIELDS), z.string().max(40));

export const ExtractionSchema = z.object({
  profile: ProfileSchema,
  found: z.array(z.enum(PROFILE_FIELDS)),
  missing: z.array(z.enum(PROFILE_FIELDS)),
  layout: z.string().max(60),
  trace: TraceSchema.optional(),
  mutuals: z.array(MutualConnectionSchema).max(20).optional(),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
