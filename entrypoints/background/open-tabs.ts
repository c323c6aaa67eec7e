/** The content script as built (WXT writes content scripts to content-scripts/<name>.js). */
const CONTENT_SCRIPT = '/content-scripts/linkedin.js';
const LINKEDIN_TABS = 'https://www.linkedin.com/*';

async function inject(tabId: number) {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  } else {
    // Firefox (MV2) has no scripting namespace here; tabs.executeScript does the same.
    await browser.tabs.executeScript(tabId, { file: CONTENT_SCRIPT });
  }
}

/**
 * Browsers give a declared content script only to pages loaded after the
 * extension is installed or updated: a LinkedIn tab that was already open would
 * show no sidebar until reloaded (after an update, its old script has lost the
 * extension). On install and update, the script is added to those tabs; WXT's
 * context retires an old copy when the new one starts.
 */
export function registerOpenTabs() {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    const tabs = await browser.tabs.query({ url: LINKEDIN_TABS });
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined || tab.discarded
          ? undefined
          : inject(tab.id).catch((error: unknown) => console.warn('Coffee Chats: could not add the sidebar to an open LinkedIn tab', error)),
      ),
    );
  });
}
