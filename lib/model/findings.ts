/**
 * What a career path taught the user, as one document: the people, every answer by area, the
 * takeaways and resources, the referral chain, the funnel, and the user's synthesis. The path page,
 * the slide deck, the Markdown export and a course submission all show this one shape; an
 * anonymised copy is the same shape with the people's identities replaced by a description
 * ("a UX researcher at a health-care company") and every trace of them removed from the text.
 */
import { z } from 'zod';
import { HttpsUrlSchema, TEXT_LIMITS } from '@/lib/linkedin/profile';
import { SynthesisSchema } from './career-path';
import { AREAS } from './prep';
import { EpochMsSchema } from './primitives';

/** A person in the findings, named by a key local to the document ("p1"), never by a database id. */
export const PersonKeySchema = z.string().regex(/^p\d{1,5}$/u, 'not a person key');

export const FindingsPersonSchema = z.object({
  key: PersonKeySchema,
  /** How the document names them: their name, or the anonymised description. */
  label: z.string().trim().min(1).max(300),
  title: z.string().max(TEXT_LIMITS.short).optional(),
  /** The organisation (left out when anonymised: `sector` describes it instead). */
  company: z.string().max(TEXT_LIMITS.short).optional(),
  /** The kind of organisation ("a health-care company"), what an anonymised label says instead of the company. */
  sector: z.string().max(TEXT_LIMITS.short).optional(),
  /** When the user talked with them (the first conversation on this path), if they did. */
  metAt: EpochMsSchema.optional(),
  /** On this path (a conversation or a request), or only in the referral chain. */
  onPath: z.boolean().default(true),
  // Identities: present only in a named (not anonymised) document.
  name: z.string().max(TEXT_LIMITS.short).optional(),
  profileUrl: HttpsUrlSchema.optional(),
});
export type FindingsPerson = z.infer<typeof FindingsPersonSchema>;

const AnswerSchema = z.object({ person: PersonKeySchema, text: z.string().max(5_000), at: EpochMsSchema.optional() });

/** One question asked of one or more people: their answers side by side. */
export const FindingsQuestionSchema = z.object({
  text: z.string().trim().min(1).max(500),
  answers: z.array(AnswerSchema).max(500),
});

export const FindingsAreaSchema = z.object({
  area: z.enum(AREAS),
  questions: z.array(FindingsQuestionSchema).max(500),
});

export const FunnelSchema = z.object({
  requests: z.number().int().min(0),
  replies: z.number().int().min(0),
  conversations: z.number().int().min(0),
  target: z.number().int().min(0),
});
export type Funnel = z.infer<typeof FunnelSchema>;

export const FindingsSchema = z.object({
  path: z.object({
    name: z.string().trim().min(1).max(120),
    why: z.string().max(500).optional(),
    term: z.string().max(80).optional(),
  }),
  anonymised: z.boolean(),
  people: z.array(FindingsPersonSchema).max(2_000),
  /** Answers by area, in the order Personal, Qualifications, Landscape, Leads; questions without an area go under `unsorted`. */
  areas: z.array(FindingsAreaSchema).max(AREAS.length),
  unsorted: z.array(FindingsQuestionSchema).max(500).default([]),
  takeaways: z.array(z.object({ person: PersonKeySchema, text: z.string().max(500) })).max(5_000),
  resources: z.array(z.object({ person: PersonKeySchema, title: z.string().max(300), url: HttpsUrlSchema.optional() })).max(2_000),
  /** Who referred whom: each edge from the person who suggested to the person suggested. */
  referrals: z.array(z.object({ from: PersonKeySchema, to: PersonKeySchema })).max(2_000),
  funnel: FunnelSchema,
  synthesis: SynthesisSchema.default({}),
});
export type Findings = z.infer<typeof FindingsSchema>;
