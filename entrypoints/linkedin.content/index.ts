import { onMessage, sendMessage } from './messaging';
import { PROFILE_MODULE_PATH } from '@/lib/profile-module';
import { watchProfilePage } from './page-watcher';
import type * as ProfileModule from './profile-module';

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
    let sidebar: ReturnType<typeof ProfileModule.createSidebarFrame> | undefined;
    const loadProfileModule = async () => {
      const module = (await import(/* @vite-ignore */ browser.runtime.getURL(PROFILE_MODULE_PATH))) as typeof ProfileModule;
      sidebar ??= module.createSidebarFrame(ctx);
      return module.extractProfile;
    };
    const watcher = watchProfilePage(
      ctx,
      loadProfileModule,
      (state) => {
        if (!state) return sidebar?.hide();
        sidebar?.show();
        sendMessage('pageChanged', state).catch(() => undefined);
      },
      (details) => sendMessage('detailsSeen', details).catch(() => undefined),
    );
    onMessage('currentPage', () => watcher.current());
  },
});
