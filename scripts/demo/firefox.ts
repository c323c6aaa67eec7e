import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { demoResponse, type ExtraPages } from './site';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

/** FIREFOX_PATH first, then the usual install paths; a clear message when there is none. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no browser there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Firefox found for the end-to-end tests.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y firefox-esr\n' +
      '  macOS: install Firefox, or set FIREFOX_PATH=/path/to/firefox\n' +
      '  Anywhere: set FIREFOX_PATH to a Firefox (140 or newer).',
  );
}

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
/** The add-on's host, fixed by a pref so its pages have a known address (moz-extension://<uuid>/). */
const ADDON_UUID = '6c0ffee0-c4a7-4c4a-8b5e-000000000016';

export interface FirefoxWithExtension {
  browser: Browser;
  /** A new tab on which the demo LinkedIn answers and every other host is refused. */
  newPage(): Promise<Page>;
  /** Opens an extension page (popup.html, options.html) in a new tab, as a top-level extension document. */
  openExtensionPage(path: string): Promise<Page>;
  /** The folder Firefox saves downloads to. */
  downloadDir: string;
  /** Every http(s) request a page made (extension documents never reach interception). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves the demo LinkedIn on this page; refuses every other http(s) host. */
export async function serveDemoSiteOn(page: Page, requests: string[], extra: ExtraPages = {}) {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if (!/^https?:/u.test(request.url())) return void request.continue();
    requests.push(request.url());
    const response = demoResponse(request.url(), extra);
    void (response === 'abort' ? request.abort('blockedbyclient') : request.respond(response));
  });
}

/**
 * A headless Firefox with the built add-on installed (a temporary add-on, installed again at every
 * launch; its database stays in the profile folder). WebDriver BiDi drives the LinkedIn tabs and the
 * sidebar; with `--remote-allow-system-access` it also reaches top-level extension pages.
 */
export async function launchFirefoxWithExtension(options: {
  userDataDir: string;
  headless?: boolean;
  extensionDir?: string;
  extra?: ExtraPages;
  /**
   * How the add-on gets in: the build as a temporary add-on (default, again at every launch), an
   * archive installed for good as a user would ("Install Add-on From File", unsigned: ESR only),
   * or 'none' when a permanent install is already in the profile.
   */
  install?: 'temporary' | { permanent: string } | 'none';
}): Promise<FirefoxWithExtension> {
  const install = options.install ?? 'temporary';
  const executablePath = findFirefox();
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifestPath = resolve(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension in ${extensionDir}: run \`npm run build:firefox\` first.`);
  const addonId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const downloadDir = join(options.userDataDir, 'downloads');
  mkdirSync(downloadDir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    userDataDir: options.userDataDir,
    defaultViewport: { width: 1280, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }),
      // A temporary add-on is removed when Firefox stops: keep its data for the next launch.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      // What the README tells users of Firefox ESR to set for an unsigned add-on.
      'xpinstall.signatures.required': install !== 'temporary' ? false : true,
    },
  });
  if (install === 'temporary') await browser.installExtension(extensionDir);
  else if (install !== 'none') {
    // puppeteer's installExtension is always temporary: send the BiDi command with Firefox's permanent flag.
    const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
    await connection.send('webExtension.install', { extensionData: { type: 'archivePath', path: resolve(install.permanent) }, 'moz:permanent': true });
  }
  const requests: string[] = [];
  const base = `moz-extension://${ADDON_UUID}/`;
  return {
    browser,
    downloadDir,
    requests,
    async newPage() {
      const page = await browser.newPage();
      await serveDemoSiteOn(page, requests, options.extra);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // BiDi never reports an extension document's load as a navigation: start it and wait for the document.
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
      await connection.send('browsingContext.navigate', { context, url: base + path, wait: 'none' });
      await page.waitForFunction((url: string) => location.href === url && document.readyState === 'complete', { timeout: 15_000 }, base + path);
      return page;
    },
    close: () => browser.close(),
  };
}
