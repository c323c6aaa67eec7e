import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** An expando on the content script's own global: the page (another JavaScript world) can neither see nor set it. */
const GENERATION = '__coffeeChatsContentScript';

/**
 * Counts this copy of the content script in, before WXT announces it (call at module top level,
 * which runs before WXT builds the context). Returns this copy's number.
 */
export function countIn(): number {
  const own = globalThis as unknown as Record<string, unknown>;
  const generation = (typeof own[GENERATION] === 'number' ? own[GENERATION] : 0) + 1;
  own[GENERATION] = generation;
  return generation;
}

/**
 * WXT retires a content script when a newer copy of it announces itself with a document event
 * (after an update, or when the extension adds itself to tabs already open). The event's name holds
 * the extension id, which is public, and any page can dispatch it: LinkedIn's scripts could switch
 * the sidebar off. A real successor has counted itself in on this script's own global (countIn),
 * or this copy has lost the extension (its runtime id is gone); anything else is the page's, and it
 * is stopped on the window, in the capture phase, before WXT's listener on the document hears it.
 */
export function ignoreForgedRestarts(ctx: ContentScriptContext, generation: number): void {
  // The library's own name for the event (private in its types, public at run time): one source.
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  const guard = (event: Event) => {
    const successor = (globalThis as unknown as Record<string, unknown>)[GENERATION] !== generation;
    if (!successor && browser.runtime?.id) event.stopImmediatePropagation();
  };
  window.addEventListener(type, guard, { capture: true });
  ctx.onInvalidated(() => window.removeEventListener(type, guard, { capture: true }));
}
