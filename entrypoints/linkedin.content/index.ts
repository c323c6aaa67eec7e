import { extractProfile } from '@/lib/linkedin/extract-profile';
import { onMessage, sendMessage } from '@/lib/messaging';
import { watchProfilePage } from './page-watcher';
import { createSidebarFrame } from './sidebar-frame';

// Matches all of www.linkedin.com: LinkedIn moves from the feed into a profile
// without a page load, so the script must already be there to notice.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const sidebar = createSidebarFrame(ctx);
    const watcher = watchProfilePage(
      ctx,
      extractProfile,
      (state) => {
        if (!state) return sidebar.hide();
        sidebar.show();
        sendMessage('pageChanged', state).catch(() => undefined);
      },
      (details) => sendMessage('detailsSeen', details).catch(() => undefined),
    );
    onMessage('currentPage', () => watcher.current());
  },
});
