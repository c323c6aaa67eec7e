import { sendMessage } from '@/lib/messaging';

/** The command that moves focus into the sidebar and back (the popup's own is the browser's `_execute_action`). */
export const FOCUS_SIDEBAR_COMMAND = 'focus-sidebar';

/**
 * Keyboard shortcuts (listed and changeable in the browser's shortcut settings): the sidebar's
 * goes to the LinkedIn tab in front, whose content script moves focus. Not a LinkedIn profile tab: nothing happens.
 */
export function registerCommands() {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== FOCUS_SIDEBAR_COMMAND) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      await sendMessage('focusSidebar', undefined, { tabId, frameId: 0 }).catch(() => false);
    })();
  });
}
