/**
 * `npm run release`: everything the Chrome Web Store and addons.mozilla.org ask for, in .output/release/:
 * both zips, the source archive Mozilla's review builds from (with SOURCE_CODE_REVIEW.md inside),
 * store images made from the demo (1280×800 screenshots, a 440×280 promo tile), the listing text
 * and the permission-by-permission justification.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './demo/browser';

const OUT = resolve('.output/release');
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
/** The files a release holds, by what they are for (the release test reads this list). */
export const ARTIFACTS = {
  chrome: `${name}-${version}-chrome.zip`,
  firefox: `${name}-${version}-firefox.zip`,
  sources: `${name}-${version}-sources.zip`,
};
/** A production build whatever the caller's NODE_ENV (a test runner sets it to "test": React's development build). */
const env = { ...process.env, NODE_ENV: 'production' };
const npx = (...args: string[]) => execFileSync('npx', args, { stdio: 'inherit', env });

async function promoTile(file: string) {
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 440, height: 280 } });
    const icon = readFileSync('public/icon/128.png').toString('base64');
    await page.setContent(`<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:24px;padding:0 32px;
      box-sizing:border-box;background:#0a66c2;color:#fff;font:16px/1.35 system-ui,sans-serif">
      <img src="data:image/png;base64,${icon}" width="96" height="96" alt="">
      <div><div style="font-size:30px;font-weight:700">Coffee Chats</div>
      <div style="margin-top:8px">Informational interviews from a LinkedIn profile: prepare, ask, thank, follow up.</div>
      <div style="margin-top:8px;opacity:.85;font-size:14px">Your notes stay on your machine.</div></div></body>`);
    await page.screenshot({ path: file });
  } finally {
    await browser.close();
  }
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'store'), { recursive: true });
  npx('wxt', 'zip');
  npx('wxt', 'zip', '-b', 'firefox');
  for (const file of Object.values(ARTIFACTS)) copyFileSync(join('.output', file), join(OUT, file));

  // The screenshot walker (npm start, headless) on the Chrome build the zip step just made.
  const shots = mkdtempSync(join(tmpdir(), 'coffee-chats-store-'));
  execFileSync('npx', ['tsx', 'scripts/start.ts', '--headless'], { stdio: 'inherit', env: { ...env, DEMO_SCREENSHOTS: shots } });
  ['1-profile-with-sidebar', '3-meeting-logged', '4-thank-you-draft'].forEach((shot, i) =>
    copyFileSync(join(shots, `${shot}.png`), join(OUT, 'store', `screenshot-${i + 1}-1280x800.png`)),
  );
  rmSync(shots, { recursive: true, force: true });
  await promoTile(join(OUT, 'store', 'promo-tile-440x280.png'));

  for (const doc of ['listing.md', 'permissions.md']) copyFileSync(join('docs/store', doc), join(OUT, 'store', doc));
  copyFileSync('PRIVACY.md', join(OUT, 'store', 'PRIVACY.md'));
  console.log(`Release ${version} written to ${OUT}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/release.ts')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
