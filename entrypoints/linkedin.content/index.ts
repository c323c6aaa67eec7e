import { onMessage, sendMessage } from './messaging';
import { PROFILE_MODULE_PATH } from '@/lib/profile-module';
import { countIn, ignoreForgedRestarts } from './forged-restart';
import { watchProfilePage } from './page-watcher';
import type * as ProfileModule from './profile-module';

// Before WXT announces this copy to any older one: a restart event is believed only from a real copy.
const generation = countIn();

// Matches all of www.linkedin.com: LinkedIn moves from the feed into a profile
// without a page load, so the script must already be there to notice. It stays
// small there; the reader and the sidebar frame load on the first profile page.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  // WXT would also announce the script to the page with window.postMessage, naming the extension's
  // id: any LinkedIn script could tell the extension is installed. Its document event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreForgedRestarts(ctx, generation);
    let sidebar: ReturnType<typeof ProfileModule.createSidebarFrame> | undefined;
    let module: typeof ProfileModule | undefined;
    const loadReader = async () => {
      module = (await import(/* @vite-ignore */ browser.runtime.getURL(PROFILE_MODULE_PATH))) as typeof ProfileModule;
      sidebar ??= module.createSidebarFrame(ctx);
      return { extract: module.extractProfile, owner: module.pageOwner, print: module.pagePrint };
    };
    const watcher = watchProfilePage(
      ctx,
      loadReader,
      (state) => {
        if (!state) return sidebar?.hide();
        sidebar?.show();
        sendMessage('pageChanged', state).catch(() => undefined);
      },
      (details) => sendMessage('detailsSeen', details).catch(() => undefined),
    );
    // A retired copy (the extension updated, or injected again) must stop answering: its watcher has stopped.
    ctx.onInvalidated(onMessage('currentPage', () => watcher.current()));
    ctx.onInvalidated(onMessage('focusSidebar', () => sidebar?.toggleFocus() ?? false));
    // "Report a page we can't read" (asked by the sidebar through the background): structure only, built here.
    ctx.onInvalidated(
      onMessage('pageStructure', () => (watcher.current() && module ? module.describePage(document, new URL(location.href)) : null)),
    );
  },
});
