/**
 * Deterministic drafts for each kind of message, personalised from the contact's profile and the
 * user's settings: the same context and variant always give the same text. A draft that would run
 * over its limit leaves parts out (a long company name, the role, the field) rather than cutting words.
 */
import { MESSAGE_KINDS } from '@/lib/model/message-kinds';
import { factsOf, fitDraft, groundOf } from './facts';
import { words } from './names';
import { REQUEST_EMAILS } from './request-email';
import { WRITERS } from './writers';
import { EMAIL_WORDS_WARN, SCRIPT_WORDS_MAX, type CoachOptions, type Draft, type DraftContext, type DraftKind } from './types';

export type { CoachOptions, Draft, DraftContext, DraftKind } from './types';

export function variantCount(kind: DraftKind): number {
  return WRITERS[kind].length;
}

/** What a draft of `kind` must fit in: characters for a connection note, words for an email. */
export function fitsLimit(kind: DraftKind, text: string, noteLimit: number): boolean {
  const { channel } = MESSAGE_KINDS[kind];
  if (channel === 'phone') return words(text).length <= SCRIPT_WORDS_MAX;
  return channel === 'linkedin' ? text.length <= noteLimit : words(text).length <= EMAIL_WORDS_WARN;
}

/**
 * Draft `kind` for this contact. `variant` picks one of `variantCount(kind)` wordings (any integer,
 * wrapped). An introduction with no referrer is drafted as a request email.
 */
export function draftMessage(kind: DraftKind, ctx: DraftContext, variant = 0): Draft {
  const count = variantCount(kind);
  const index = ((Math.trunc(variant) % count) + count) % count || 0;
  const writers = kind === 'introduction' && !ctx.referredByName?.trim() ? REQUEST_EMAILS : WRITERS[kind];
  const write = writers[index] ?? writers[0]!;
  const limit = ctx.user.noteLimit;
  const { subject, body } = fitDraft(factsOf(ctx), write, (text) => fitsLimit(kind, text, limit));
  return subject === undefined ? { kind, body, variant: index, variantCount: count } : { kind, subject, body, variant: index, variantCount: count };
}

/** The coach options that match a draft made from `ctx`, for the sidebar to pass to `coachDraft`. */
export function coachOptionsFor(kind: DraftKind, ctx: DraftContext): CoachOptions {
  return {
    limit: ctx.user.noteLimit,
    isFirstMessage: MESSAGE_KINDS[kind].firstMessage,
    commonGround: groundOf(ctx),
    takeaways: ctx.takeaways,
    advice: ctx.advice,
    whatIDid: ctx.whatIDid,
    senderName: ctx.user.ownName,
  };
}
