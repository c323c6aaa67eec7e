/** The first-run page: opened once, when the extension is installed (not on update or browser start). */
export function registerWelcome() {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
