/** Every message kind's wordings, by kind: a new kind in lib/model/message-kinds.ts gets its line here. */
import type { MessageKind } from '@/lib/model/message-kinds';
import { ASK_INTRODUCTIONS } from './ask-introduction';
import { CALL_SCRIPTS } from './call-script';
import { CONNECTION_NOTES } from './connection-note';
import { FOLLOW_UPS } from './follow-up';
import { INTRODUCTIONS } from './introduction';
import { KEEP_IN_TOUCH } from './keep-in-touch';
import { PROGRESS_UPDATES } from './progress-update';
import { PROPOSE_TIMES } from './propose-times';
import { REQUEST_EMAILS } from './request-email';
import { SHARE_ARTICLES } from './share-article';
import { THANK_YOUS } from './thank-you';
import { WARM_REQUESTS } from './warm-request';
import type { Writer } from './writer';

export const WRITERS: Record<MessageKind, readonly Writer[]> = {
  'connection-note': CONNECTION_NOTES,
  'request-email': REQUEST_EMAILS,
  'follow-up': FOLLOW_UPS,
  'propose-times': PROPOSE_TIMES,
  'thank-you': THANK_YOUS,
  'keep-in-touch': KEEP_IN_TOUCH,
  'share-article': SHARE_ARTICLES,
  'progress-update': PROGRESS_UPDATES,
  introduction: INTRODUCTIONS,
  'warm-request': WARM_REQUESTS,
  'call-script': CALL_SCRIPTS,
  'ask-introduction': ASK_INTRODUCTIONS,
};
