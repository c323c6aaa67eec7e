import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** CHROME_PATH first, then the usual install paths; a clear message when there is none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no browser there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome found for the end-to-end tests.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  macOS: install Google Chrome, or set CHROME_PATH=/path/to/chrome\n' +
      '  Anywhere: set CHROME_PATH to a Chromium-based browser (version 120 or newer).',
  );
}

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let playwrightFeatureSwitch: string | undefined;

/**
 * Playwright launches Chromium with --disable-features=…,ThirdPartyStoragePartitioning,…
 * which makes an extension frame inside linkedin.com behave unlike real Chrome.
 * Read the exact switch once (from chrome://version) so it can be replaced by the
 * same list minus that feature.
 */
async function readPlaywrightFeatureSwitch(executablePath: string): Promise<string | undefined> {
  if (playwrightFeatureSwitch !== undefined) return playwrightFeatureSwitch;
  const browser = await chromium.launch({ executablePath, headless: true, args: QUIET_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto('chrome://version');
    const commandLine = (await page.locator('#command_line').textContent()) ?? '';
    playwrightFeatureSwitch = commandLine.split(/\s+/u).find((arg) => arg.startsWith('--disable-features='));
  } finally {
    await browser.close();
  }
  return playwrightFeatureSwitch;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page (popup.html, options.html) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  userDataDir: string;
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number };
}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const featureSwitch = await readPlaywrightFeatureSwitch(executablePath);
  const keptFeatures = (featureSwitch ?? '')
    .replace('--disable-features=', '')
    .split(',')
    .filter((feature) => feature && feature !== 'ThirdPartyStoragePartitioning');
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ignoreDefaultArgs: featureSwitch ? [featureSwitch] : [],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_ARGS,
      ...(keptFeatures.length ? [`--disable-features=${keptFeatures.join(',')}`] : []),
    ],
  });
  const worker: Worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: () => context.close(),
  };
}
