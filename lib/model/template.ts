/** The user's own message templates, with placeholders such as {firstName}. */
import { z } from 'zod';
import { MESSAGE_KIND_IDS } from './message-kinds';
import { EpochMsSchema, RowIdSchema } from './primitives';

export const TemplateSchema = z.object({
  id: RowIdSchema.optional(),
  kind: z.enum(MESSAGE_KIND_IDS),
  name: z.string().trim().min(1).max(80),
  subject: z.string().max(200).optional(),
  body: z.string().trim().min(1).max(3_000),
  updatedAt: EpochMsSchema,
});
export type Template = z.infer<typeof TemplateSchema>;
