import { z } from 'zod';
import {
  EducationSchema,
  ExperienceSchema,
  HttpsUrlSchema,
  SlugSchema,
  TEXT_LIMITS,
} from '@/lib/linkedin/profile';
import { CONTACT_STATUSES } from '@/lib/followups/status';
import { DUE_KINDS } from '@/lib/followups/next-due';
import { NOTE_LIMIT } from '@/lib/limits';
import { AREAS } from '@/lib/prep/question-bank';

const epochMs = z.number().int().nonnegative();
const id = z.number().int().positive();
const shortText = z.string().trim().max(TEXT_LIMITS.short);

/** What the user can edit about a person (the sidebar and the options page). */
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

export const ContactStatusSchema = z.enum(CONTACT_STATUSES);
export type ContactStatus = z.infer<typeof ContactStatusSchema>;

export const DueKindSchema = z.enum(DUE_KINDS);
export type DueKind = z.infer<typeof DueKindSchema>;

export const TagSchema = z.string().trim().min(1).max(40);

/** The parts of a contact the user keeps by hand, beside what LinkedIn shows. */
export const ContactNotesSchema = z.object({
  status: ContactStatusSchema.default('saved'),
  tags: z.array(TagSchema).max(20).default([]),
  notes: z.string().max(NOTE_LIMIT, `Notes can be at most ${NOTE_LIMIT.toLocaleString('en')} characters`).default(''),
  email: z.email('That is not an email address').max(TEXT_LIMITS.short).optional(),
  referredBy: id.optional(),
});

export const PrepQuestionSchema = z.object({
  text: z.string().trim().min(1, 'A question cannot be empty').max(500),
  area: z.enum(AREAS).optional(),
});
export type PrepQuestion = z.infer<typeof PrepQuestionSchema>;

export const ContactSchema = ContactFieldsSchema.extend(ContactNotesSchema.shape).extend({
  id: id.optional(),
  /** Leads typed in by name have no LinkedIn profile yet. */
  slug: SlugSchema.optional(),
  profileUrl: HttpsUrlSchema.optional(),
  createdAt: epochMs,
  updatedAt: epochMs,
  /** When the profile fields were last taken from a LinkedIn page (unset for a lead typed in by hand). */
  profileReadAt: epochMs.optional(),
  /** What is due next for this contact, recomputed on every write (see lib/followups). */
  nextDueKind: DueKindSchema.optional(),
  nextDueAt: epochMs.optional(),
  nextDueText: z.string().max(300).optional(),
  nextDueKey: z.string().max(80).optional(),
  /** Set only while a thank-you note is owed: when it became due (the meeting), and when it turns late. */
  thankYouDueAt: epochMs.optional(),
  /** The badge counts and the overdue alarm reads this index; it follows the user's cadence setting. */
  thankYouOverdueAt: epochMs.optional(),
  /** The user asked to be reminded of one step (its key) later. */
  snoozed: z.object({ key: z.string().max(80), until: epochMs }).optional(),
  /** The questions the user prepared (reordered, dropped, added); unset until they change the suggestions. */
  prepQuestions: z.array(PrepQuestionSchema).max(30).optional(),
  /** Suggestions the user marked done without logging anything (`kind@dueAt`). */
  dismissedDue: z.array(z.string().max(80)).max(50).default([]),
});
export type Contact = z.infer<typeof ContactSchema>;
export type StoredContact = Contact & { id: number };

export const MEETING_MODES = ['video', 'phone', 'in-person', 'chat'] as const;
export const LeadSchema = z.object({
  name: z.string().trim().min(1, 'A lead needs a name').max(TEXT_LIMITS.short),
  profileUrl: HttpsUrlSchema.optional(),
  /** The contact made for this lead. */
  contactId: id.optional(),
});
export type Lead = z.infer<typeof LeadSchema>;

export const MeetingQuestionSchema = z.object({
  text: z.string().trim().min(1).max(500),
  answer: z.string().max(5_000).default(''),
});

export const MeetingSchema = z.object({
  id: id.optional(),
  contactId: id,
  scheduledAt: epochMs.optional(),
  heldAt: epochMs.optional(),
  mode: z.enum(MEETING_MODES).optional(),
  durationMin: z.number().int().min(1).max(600).optional(),
  questions: z.array(MeetingQuestionSchema).max(40).default([]),
  takeaways: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
  leads: z.array(LeadSchema).max(20).default([]),
  updatedAt: epochMs.optional(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

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
export const CHANNELS = ['linkedin', 'email', 'phone', 'in-person', 'video', 'chat', 'other'] as const;

export const InteractionSchema = z.object({
  id: id.optional(),
  contactId: id,
  kind: InteractionKindSchema,
  at: epochMs,
  channel: z.enum(CHANNELS).optional(),
  text: z.string().max(5_000).optional(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

export const CadencesSchema = z.object({
  thankYouWithinHours: z.number().int().min(1).max(168).default(24),
  secondPersonAfterBusinessDays: z.number().int().min(1).max(30).default(3),
  followUpAfterBusinessDays: z.number().int().min(1).max(30).default(7),
  keepInTouchWeeks: z.number().int().min(1).max(52).default(8),
  checkInsBeforeClosing: z.number().int().min(1).max(10).default(2),
});
export type Cadences = z.infer<typeof CadencesSchema>;

const list = (max: number) => z.array(z.string().trim().min(1).max(TEXT_LIMITS.short)).max(max).default([]);

export const SettingsSchema = z.object({
  id: z.literal('user').default('user'),
  ownName: shortText.default(''),
  schools: list(10),
  programme: shortText.default(''),
  employers: list(20),
  city: shortText.default(''),
  fieldOfInterest: shortText.default(''),
  noteLimit: z.union([z.literal(200), z.literal(300)]).default(200),
  cadences: CadencesSchema.default(CadencesSchema.parse({})),
  notifyOverdueThankYou: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export const TEMPLATE_KINDS = ['connection-note', 'request-email', 'follow-up', 'thank-you', 'keep-in-touch', 'introduction'] as const;
export const TemplateSchema = z.object({
  id: id.optional(),
  kind: z.enum(TEMPLATE_KINDS),
  name: z.string().trim().min(1).max(80),
  subject: z.string().max(200).optional(),
  body: z.string().trim().min(1).max(3_000),
  updatedAt: epochMs,
});
export type Template = z.infer<typeof TemplateSchema>;

/** What the meeting form sends: everything about one meeting the user can fill in. */
export const MeetingDetailsSchema = z.object({
  heldAt: epochMs,
  mode: z.enum(MEETING_MODES).optional(),
  durationMin: z.number().int().min(1).max(600).optional(),
  questions: z.array(MeetingQuestionSchema).max(40).default([]),
  takeaways: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
  leads: z
    .array(z.object({ name: LeadSchema.shape.name, profileUrl: z.string().trim().max(500).optional() }))
    .max(20)
    .default([]),
});
export type MeetingDetails = z.infer<typeof MeetingDetailsSchema>;
