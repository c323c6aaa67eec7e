/**
 * A person in the contact book: what LinkedIn (or the user) says about them, and what the
 * user keeps by hand. A new field is added here — its schema and its entry in CONTACT_FIELDS —
 * and every form, export and search that lists fields picks it up.
 */
import { z } from 'zod';
import { EducationSchema, ExperienceSchema, HttpsUrlSchema, SlugSchema, TEXT_LIMITS } from '@/lib/linkedin/profile';
import { profileSlugFromUrl } from '@/lib/linkedin/url';
import { PathUidsSchema } from './career-path';
import { DUE_KINDS } from './due';
import { PrepQuestionSchema } from './prep';
import { EpochMsSchema, FieldTimesSchema, RowIdSchema } from './primitives';

export const CONTACT_STATUSES = [
  'saved',
  'requested',
  'replied',
  'scheduled',
  'met',
  'thanked',
  'keeping-in-touch',
  'closed',
] as const;
export const ContactStatusSchema = z.enum(CONTACT_STATUSES);
export type ContactStatus = z.infer<typeof ContactStatusSchema>;

export const STATUS_LABELS: Record<ContactStatus, string> = {
  saved: 'Saved',
  requested: 'Requested',
  replied: 'Replied',
  scheduled: 'Scheduled',
  met: 'Met',
  thanked: 'Thanked',
  'keeping-in-touch': 'Keeping in touch',
  closed: 'Closed',
};

/** A contact's free notes: generous, but bounded so one row cannot fill the database. */
export const NOTE_LIMIT = 20_000;

const shortText = z.string().trim().max(TEXT_LIMITS.short);

/** How the user knows someone they add by hand (careers guides start with this inner circle). */
export const RELATIONSHIPS = {
  family: 'Family',
  friend: 'Friend',
  teacher: 'Teacher or professor',
  'friends-parent': "Friend's parent",
  alum: 'Alum of my school',
  'former-colleague': 'Former colleague',
  event: 'Met at an event',
  other: 'Other',
} as const;
export type Relationship = keyof typeof RELATIONSHIPS;
export const RelationshipSchema = z.enum(Object.keys(RELATIONSHIPS) as [Relationship, ...Relationship[]]);
/** People the user already knows: a warm request, not a stranger's opener. */
export const KNOWN_RELATIONSHIPS: readonly Relationship[] = ['family', 'friend', 'teacher', 'friends-parent', 'former-colleague'];

/** A phone number as people type it: digits, spaces, +, -, dots, brackets, an extension. */
export const PhoneSchema = z
  .string()
  .trim()
  .max(40, 'A phone number can be at most 40 characters')
  .regex(/^\+?[\d\s().-]{3,}(?:\s*(?:x|ext\.?)\s*\d+)?$/iu, 'That is not a phone number (digits, spaces, + - . ( ) only)');

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

export const TagSchema = z.string().trim().min(1).max(40);

/** The parts of a contact the user keeps by hand, beside what LinkedIn shows. */
export const ContactNotesSchema = z.object({
  status: ContactStatusSchema.default('saved'),
  tags: z.array(TagSchema).max(20).default([]),
  notes: z.string().max(NOTE_LIMIT, `Notes can be at most ${NOTE_LIMIT.toLocaleString('en')} characters`).default(''),
  email: z.email('That is not an email address').max(TEXT_LIMITS.short).optional(),
  referredBy: RowIdSchema.optional(),
  phone: PhoneSchema.optional(),
  relationship: RelationshipSchema.optional(),
  /** How or where the user met them ("Aunt's neighbour", "Careers fair 2025"). */
  howWeMet: shortText.optional(),
  /** The career paths (their uids) this person helps the user explore; unset (older rows) means none. */
  pathUids: PathUidsSchema.optional(),
});

/** What a step due next needs to be put into words at display time (never stored as prose). */
export const DueValuesSchema = z.object({
  /** Who suggested this lead (reach-out). */
  referrer: z.string().max(TEXT_LIMITS.short).optional(),
  /** How many check-ins went unanswered (close). */
  unanswered: z.number().int().min(0).max(1_000).optional(),
  /** When the scheduled conversation starts (prepare, log-meeting). */
  meetingAt: EpochMsSchema.optional(),
});
export type DueValues = z.infer<typeof DueValuesSchema>;

export const ContactSchema = ContactFieldsSchema.extend(ContactNotesSchema.shape).extend({
  id: RowIdSchema.optional(),
  /** Leads typed in by name have no LinkedIn profile yet. */
  slug: SlugSchema.optional(),
  profileUrl: HttpsUrlSchema.optional(),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
  /** When the profile fields were last taken from a LinkedIn page (unset for a lead typed in by hand). */
  profileReadAt: EpochMsSchema.optional(),
  /** What is due next for this contact, recomputed on every write (see lib/followups). */
  nextDueKind: z.enum(DUE_KINDS).optional(),
  nextDueAt: EpochMsSchema.optional(),
  nextDueKey: z.string().max(80).optional(),
  nextDueValues: DueValuesSchema.optional(),
  /** Set only while a thank-you note is owed: when it became due (the meeting), and when it turns late. */
  thankYouDueAt: EpochMsSchema.optional(),
  /** The badge counts and the overdue alarm reads this index; it follows the user's cadence setting. */
  thankYouOverdueAt: EpochMsSchema.optional(),
  /** The user asked to be reminded of one step (its key) later. */
  snoozed: z.object({ key: z.string().max(80), until: EpochMsSchema }).optional(),
  /** The questions the user prepared (reordered, dropped, added); unset until they change the suggestions. */
  prepQuestions: z.array(PrepQuestionSchema).max(30).optional(),
  /** Suggestions the user marked done without logging anything (`kind@dueAt`). */
  dismissedDue: z.array(z.string().max(80)).max(50).default([]),
  /** When the user last wrote each field (see FieldTimesSchema): a backup merge keeps the later write. */
  fieldsAt: FieldTimesSchema.optional(),
});
export type Contact = z.infer<typeof ContactSchema>;
export type StoredContact = Contact & { id: number };

/** The fields of a contact a user writes (by hand or by saving a page); a backup merge takes each from the side that wrote it last. */
export const CONTACT_WRITTEN_FIELDS = [
  'name', 'headline', 'location', 'currentTitle', 'currentCompany', 'about', 'photoUrl', 'experience', 'education',
  'status', 'tags', 'notes', 'email', 'slug', 'profileUrl', 'profileReadAt', 'snoozed', 'prepQuestions', 'dismissedDue', 'pathUids',
] as const satisfies readonly (keyof Contact)[];

/**
 * A shape with every field optional and without its default. zod fills
 * `.default()`s even inside `.partial()`: an edit of the notes would also set
 * status "saved" and empty the experience read from LinkedIn. An edit names
 * what it changes and nothing else; a field given as undefined is cleared.
 */
function editOf<S extends z.ZodRawShape>(shape: S) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, z.optional(field instanceof z.ZodDefault ? field.unwrap() : field)]),
  ) as { [K in keyof S]: z.ZodOptional<S[K]> };
}

/** "linkedin.com/in/maya" as people paste it: the profile's slug, or null. */
export function slugFromTypedUrl(typed: string): string | null {
  const text = typed.trim();
  return profileSlugFromUrl(/^https?:\/\//iu.test(text) ? text.replace(/^http:/iu, 'https:') : `https://${text}`);
}

/**
 * A person added by hand (the contact book's and the popup's "New contact"): family, a teacher,
 * someone met at an event — most are not on LinkedIn. A LinkedIn address, if given, links the row
 * to that profile, so opening it later updates this contact instead of making a second one.
 */
export const NewContactSchema = z.object({
  name: ContactFieldsSchema.shape.name,
  relationship: RelationshipSchema.optional(),
  howWeMet: shortText.optional(),
  currentCompany: shortText.optional(),
  currentTitle: shortText.optional(),
  email: ContactNotesSchema.shape.email,
  phone: PhoneSchema.optional(),
  linkedInUrl: z
    .string()
    .trim()
    .max(2_000)
    .refine((value) => slugFromTypedUrl(value) !== null, 'That is not a LinkedIn profile address (linkedin.com/in/…)')
    .optional(),
});
export type NewContact = z.infer<typeof NewContactSchema>;

/** An edit from the contact book: only the fields it names change. */
export const ContactPatchSchema = z.object({ ...editOf(ContactFieldsSchema.shape), ...editOf(ContactNotesSchema.shape) });

/** How a text field of a contact shows up wherever fields are listed. */
export interface ContactFieldInfo {
  /** The form label, and the CSV column. */
  label: string;
  /** For "Couldn't read <noun> — type it in". */
  noun: string;
  multiline?: boolean;
  input?: 'text' | 'email' | 'tel' | 'select';
  /** A select's choices: stored value → what the user reads (the CSV and the search read the label too). */
  options?: Readonly<Record<string, string>>;
  /** Read from a LinkedIn profile: the sidebar shows it (editable) before saving. */
  fromPage?: boolean;
  /** Editable in the contact book's editor. */
  inEditor?: boolean;
  /** A column of the CSV export. */
  inCsv?: boolean;
  /** The vCard property it becomes. */
  vcard?: string;
  /** Found by the contact book's search. */
  searchable?: boolean;
}

/** Every text field of a contact, in the order forms and exports show them. */
export const CONTACT_FIELDS = {
  name: { label: 'Name', noun: 'the name', fromPage: true, inEditor: true, inCsv: true, searchable: true },
  headline: { label: 'Headline', noun: 'the headline', fromPage: true, inEditor: true, inCsv: true, searchable: true },
  currentTitle: { label: 'Current role', noun: 'the current role', fromPage: true, inEditor: true, inCsv: true, vcard: 'TITLE', searchable: true },
  currentCompany: { label: 'Company', noun: 'the company', fromPage: true, inEditor: true, inCsv: true, vcard: 'ORG', searchable: true },
  location: { label: 'Location', noun: 'the location', fromPage: true, inEditor: true, inCsv: true },
  email: { label: 'Email', noun: 'the email', input: 'email', inEditor: true, inCsv: true, vcard: 'EMAIL;TYPE=INTERNET' },
  phone: { label: 'Phone', noun: 'the phone number', input: 'tel', inEditor: true, inCsv: true, vcard: 'TEL;TYPE=VOICE' },
  relationship: { label: 'Relationship', noun: 'the relationship', input: 'select', options: RELATIONSHIPS, inEditor: true, inCsv: true, searchable: true },
  howWeMet: { label: 'How or where you met', noun: 'how you met', inEditor: true, inCsv: true, searchable: true },
  about: { label: 'About', noun: 'the about section', multiline: true, fromPage: true },
} as const satisfies Partial<Record<keyof Contact, ContactFieldInfo>>;

export type ContactTextField = keyof typeof CONTACT_FIELDS;

/** A field's value as the user reads it (a select's label, not its stored key). */
export function fieldText(key: ContactTextField, value: string | undefined): string | undefined {
  const options = (CONTACT_FIELDS[key] as ContactFieldInfo).options;
  return value === undefined ? undefined : (options?.[value] ?? value);
}

/** The fields with `flag` set, in order. */
export function contactFieldsWhere(flag: keyof ContactFieldInfo): ContactTextField[] {
  return (Object.keys(CONTACT_FIELDS) as ContactTextField[]).filter((key) => (CONTACT_FIELDS[key] as ContactFieldInfo)[flag]);
}

type FieldsFlagged<Flag extends keyof ContactFieldInfo> = {
  [K in ContactTextField]: (typeof CONTACT_FIELDS)[K] extends Record<Flag, true> ? K : never;
}[ContactTextField];

/** A field the sidebar shows from the page, editable before saving. */
export type PageField = FieldsFlagged<'fromPage'>;
export const PAGE_FIELDS = contactFieldsWhere('fromPage') as PageField[];
