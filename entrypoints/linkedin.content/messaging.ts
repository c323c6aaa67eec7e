/**
 * The content script's side of the protocol in lib/messaging.ts, without the
 * library behind it. @webext-core/messaging weighs about 4 KB minified in a
 * script that runs on every LinkedIn page; the content script sends two
 * messages and answers one, so it speaks the same envelope directly:
 * `{ id, type, data, timestamp }` out, `{ res }` or `{ err }` back. The
 * background keeps the library and validates every message with zod as before.
 */
// Types only (no code): the library's own reading of the protocol, so both ends type a message alike.
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { ProtocolMap } from '@/lib/messaging';

type MessageType = keyof ProtocolMap;
type DataOf<K extends MessageType> = GetDataType<ProtocolMap[K]>;
type ResultOf<K extends MessageType> = GetReturnType<ProtocolMap[K]>;

interface Envelope {
  id: number;
  type: string;
  data?: unknown;
  timestamp: number;
}

let nextId = Math.floor(Math.random() * 1e4);

/** Sends to the background; rejects with the background's error message, as the library does. */
export async function sendMessage<K extends MessageType>(type: K, data: DataOf<K>): Promise<ResultOf<K>> {
  const envelope: Envelope = { id: nextId++, type, data, timestamp: Date.now() };
  const reply = (await browser.runtime.sendMessage(envelope)) as { res?: unknown; err?: { message?: string } } | undefined;
  if (!reply) throw new Error('No response');
  if (reply.err) throw new Error(reply.err.message);
  return reply.res as ResultOf<K>;
}

/**
 * Answers one message type from the background, at once (the content script's
 * one answer is what it already holds); other messages are left alone.
 */
export function onMessage<K extends MessageType>(type: K, handler: (data: DataOf<K>) => ResultOf<K>): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const envelope = message as Partial<Envelope> | null;
    if (envelope?.type !== type || typeof envelope.timestamp !== 'number') return false;
    sendResponse({ res: handler(envelope.data as DataOf<K>) });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
