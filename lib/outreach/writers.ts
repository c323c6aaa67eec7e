/** Every message kind's wordings, by kind: a new kind in lib/model/message-kinds.ts gets its line here. */
import type { MessageKind } from '@/lib/model/message-kinds';
import { CONNECTION_NOTES } from './connection-note';
import { FOLLOW_UPS } from './follow-up';
import { INTRODUCTIONS } from './introduction';
import { KEEP_IN_TOUCH } from './keep-in-touch';
import { REQUEST_EMAILS } from './request-email';
import { THANK_YOUS } from './thank-you';
import type { Writer } from './writer';

export const WRITERS: Record<MessageKind, readonly Writer[]> = {
  'connection-note': CONNECTION_NOTES,
  'request-email': REQUEST_EMAILS,
  'follow-up': FOLLOW_UPS,
  'thank-you': THANK_YOUS,
  'keep-in-touch': KEEP_IN_TOUCH,
  introduction: INTRODUCTIONS,
};
