/** Preparing a conversation: the four areas of an informational interview and a prepared question. */
import { z } from 'zod';

/** Personal, Qualifications, Landscape, Leads: what a careers adviser teaches to prepare. */
export const AREAS = ['personal', 'qualifications', 'landscape', 'leads'] as const;
export type Area = (typeof AREAS)[number];

export const AREA_LABELS: Record<Area, string> = {
  personal: 'Personal',
  qualifications: 'Qualifications',
  landscape: 'Landscape',
  leads: 'Leads',
};

export const PrepQuestionSchema = z.object({
  text: z.string().trim().min(1, 'A question cannot be empty').max(500),
  area: z.enum(AREAS).optional(),
});
