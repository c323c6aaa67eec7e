import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SIDEBAR_TAB, SIDEBAR_WIDTH_PX } from '@/lib/preferences';
import { sidebarCollapsed } from '@/storage/items';

const BASE_STYLE = [
  'position:fixed',
  'right:0',
  'border:0',
  'margin:0',
  'padding:0',
  'z-index:2147483000',
  'background:transparent',
  'color-scheme:normal',
  'box-shadow:0 0 24px rgba(0,0,0,.18)',
].join(';');

function frameStyle(collapsed: boolean): string {
  return collapsed
    ? `${BASE_STYLE};top:${SIDEBAR_TAB.top}px;width:${SIDEBAR_TAB.width}px;height:${SIDEBAR_TAB.height}px;border-radius:8px 0 0 8px`
    : `${BASE_STYLE};top:0;width:${SIDEBAR_WIDTH_PX}px;max-width:100vw;height:100vh`;
}

/**
 * The sidebar is an extension page in an iframe: LinkedIn's scripts cannot read
 * what it shows. Collapsing it shrinks the frame itself to a small tab, so the
 * collapsed sidebar covers nothing but that tab. The choice is kept in
 * storage.local (storage/items.ts), which the sidebar writes and this script follows.
 */
export function createSidebarFrame(ctx: ContentScriptContext) {
  let collapsed = false;
  const ui = createIframeUi(ctx, {
    page: '/sidebar.html',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Before the frame enters the page: a permission policy set later does not apply to it.
    onBeforeMount: (wrapper, iframe) => {
      wrapper.setAttribute('data-coffee-chats', '');
      iframe.title = 'Coffee Chats';
      iframe.setAttribute('allow', 'clipboard-write');
      iframe.style.cssText = frameStyle(collapsed);
    },
  });

  const apply = (value: boolean) => {
    collapsed = value;
    ui.iframe.style.cssText = frameStyle(collapsed);
  };

  void sidebarCollapsed.getValue().then(apply);
  ctx.onInvalidated(sidebarCollapsed.watch(apply));

  // Where focus was on the page before the shortcut moved it into the sidebar, to give it back.
  let pageFocus: HTMLElement | null = null;

  return {
    /** The keyboard shortcut: into the sidebar (opening it when folded), or, from inside it, back to the page. */
    toggleFocus(): boolean {
      if (!ui.wrapper.isConnected) return false;
      if (document.activeElement === ui.iframe) {
        ui.iframe.blur();
        if (pageFocus?.isConnected) pageFocus.focus();
        else window.focus();
        pageFocus = null;
        return true;
      }
      pageFocus = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      if (collapsed) void sidebarCollapsed.setValue(false);
      ui.iframe.focus();
      return true;
    },
    show() {
      // LinkedIn re-renders large parts of the page; put the frame back if it was dropped.
      if (!ui.wrapper.isConnected) ui.mount();
    },
    hide() {
      if (ui.wrapper.isConnected) ui.remove();
    },
  };
}
