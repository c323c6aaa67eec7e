/**
 * The user's own profile and preferences. The follow-up cadences live here once: their
 * defaults, bounds and labels (the settings form lists CADENCES; the schedule reads the values).
 */
import { z } from 'zod';
import { TEXT_LIMITS } from '@/lib/linkedin/profile';

interface CadenceInfo {
  label: string;
  min: number;
  max: number;
  default: number;
}

export const CADENCES = {
  thankYouWithinHours: { label: 'Send a thank-you within (hours)', min: 1, max: 168, default: 24 },
  secondPersonAfterBusinessDays: { label: 'No reply: suggest a second person after (business days)', min: 1, max: 30, default: 3 },
  followUpAfterBusinessDays: { label: 'No reply: follow up once after (business days)', min: 1, max: 30, default: 7 },
  keepInTouchWeeks: { label: 'Keep in touch every (weeks)', min: 1, max: 52, default: 8 },
  checkInsBeforeClosing: { label: 'Suggest closing after this many unanswered check-ins', min: 1, max: 10, default: 2 },
} as const satisfies Record<string, CadenceInfo>;
export type CadenceKey = keyof typeof CADENCES;

const cadence = ({ min, max, default: fallback }: CadenceInfo) => z.number().int().min(min).max(max).default(fallback);

export const CadencesSchema = z.object({
  thankYouWithinHours: cadence(CADENCES.thankYouWithinHours),
  secondPersonAfterBusinessDays: cadence(CADENCES.secondPersonAfterBusinessDays),
  followUpAfterBusinessDays: cadence(CADENCES.followUpAfterBusinessDays),
  keepInTouchWeeks: cadence(CADENCES.keepInTouchWeeks),
  checkInsBeforeClosing: cadence(CADENCES.checkInsBeforeClosing),
} satisfies Record<CadenceKey, unknown>);
export type Cadences = z.infer<typeof CadencesSchema>;
export const DEFAULT_CADENCES: Cadences = CadencesSchema.parse({});

const shortText = z.string().trim().max(TEXT_LIMITS.short);
const list = (max: number) => z.array(z.string().trim().min(1).max(TEXT_LIMITS.short)).max(max).default([]);

/** Characters LinkedIn allows in a connection note: 200 on a free account, 300 with Premium. */
export const NOTE_LIMITS = [200, 300] as const;

/** Who the user is: drafts and prep speak from it ("a career changer" is not "studying Senior Accountant"). */
export const SITUATIONS = {
  student: { label: 'Student', detail: 'Programme (e.g. Psychology)', detailKey: 'programme' },
  graduate: { label: 'Recent graduate', detail: 'What you studied', detailKey: 'programme' },
  changer: { label: 'Career changer', detail: 'Your current role (e.g. Senior Accountant)', detailKey: 'currentRole' },
  researcher: { label: 'Postdoc or researcher', detail: 'Your research area (e.g. Neuroscience)', detailKey: 'programme' },
} as const satisfies Record<string, { label: string; detail: string; detailKey: 'programme' | 'currentRole' }>;
export type Situation = keyof typeof SITUATIONS;
export const SituationSchema = z.enum(Object.keys(SITUATIONS) as [Situation, ...Situation[]]);

export const SettingsSchema = z.object({
  id: z.literal('user').default('user'),
  ownName: shortText.default(''),
  /** Unset until the user says (welcome page or settings); drafts then say nothing about who they are. */
  situation: SituationSchema.optional(),
  schools: list(10),
  /** What they study or studied, or their research area. */
  programme: shortText.default(''),
  /** A student's year ("second year", "final year", "2"). */
  year: shortText.default(''),
  /** A career changer's (or researcher's) role today. */
  currentRole: shortText.default(''),
  employers: list(20),
  city: shortText.default(''),
  /** The fields or career paths they are exploring. */
  fieldOfInterest: shortText.default(''),
  /** How they sign their emails ("Best,", "Many thanks,"); each draft's own when empty. */
  signOff: shortText.default(''),
  /** Thank-you notes add "please keep me in mind if you hear of something suitable" (off: guides differ). */
  thankYouKeepInMind: z.boolean().default(false),
  /** When the user finished (or skipped) the welcome page. */
  welcomedAt: z.number().int().min(0).optional(),
  noteLimit: z.union([z.literal(NOTE_LIMITS[0]), z.literal(NOTE_LIMITS[1])]).default(NOTE_LIMITS[0]),
  cadences: CadencesSchema.default(DEFAULT_CADENCES),
  notifyOverdueThankYou: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
