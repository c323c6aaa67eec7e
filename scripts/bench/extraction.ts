import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { PROFILE_MODULE_PATH } from '../../lib/profile-module';
import { findChromium } from '../demo/browser';
import { atMost, median, type Measurement } from './types';

/** Issue 3's budget: reading the profile costs at most 2 % of loading the page. */
const SHARE_LIMIT_PERCENT = 2;
const RUNS = 9;
const SHARED = resolve('../shared/fixtures/linkedin');

/** file → the URL it is served at, from the table in PROVENANCE.md. */
function servedAt(): Map<string, string> {
  const table = readFileSync(join(SHARED, 'PROVENANCE.md'), 'utf8');
  const urls = new Map<string, string>();
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = cells[1];
    const path = cells[3]?.match(/\/in\/[^\s`]+/u)?.[0];
    if (file?.endsWith('.html') && path) urls.set(file, `https://www.linkedin.com${path}`);
  }
  return urls;
}

/** The reader as it ships: the profile module the content script imports (needs `npm run build`). */
const MODULE_FILE = join('.output/chrome-mv3', PROFILE_MODULE_PATH);
/** Where the harness serves that module to the captured page, beside the page itself. */
const MODULE_URL_PATH = '/__coffee-chats-bench/profile-module.js';

/**
 * For each real captured page: load it in Chromium (served from this machine),
 * then time extractProfile on the loaded document. Reports the median share of
 * extraction time in the page's load time (navigation start → load event).
 */
export async function measureExtraction(): Promise<Measurement[]> {
  if (!existsSync(SHARED)) {
    console.warn(`(skipped extraction timing: ${SHARED} is not here)`);
    return [];
  }
  const urls = servedAt();
  if (!existsSync(MODULE_FILE)) throw new Error(`No ${MODULE_FILE}: run \`npm run build\`.`);
  const module = readFileSync(MODULE_FILE);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const results: Measurement[] = [];
  const traces = new Map<string, Record<string, string>>();
  try {
    for (const file of readdirSync(SHARED).filter((f) => f.endsWith('.html')).sort()) {
      const url = urls.get(file);
      if (!url) continue;
      // The captured pages carry LinkedIn’s CSP (Trusted Types); the harness loads the reader into them.
      const context = await browser.newContext({ bypassCSP: true });
      await context.route(/^https?:\/\//u, (route) => {
        const requested = route.request().url();
        if (requested === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(SHARED, file)) });
        if (requested === new URL(MODULE_URL_PATH, url).href) return route.fulfill({ status: 200, contentType: 'text/javascript', body: module });
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      let trace: Record<string, string> = {};
      const loads: number[] = [];
      const extracts: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await page.goto(url, { waitUntil: 'load' });
        loads.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
        extracts.push(
          await page.evaluate(async (path) => {
            // Loading the module is not part of reading the page: time the call on the loaded document.
            const { extractProfile } = (await import(path)) as { extractProfile: (d: Document, u: URL) => { trace?: Record<string, string> } };
            const start = performance.now();
            const result = extractProfile(document, new URL(location.href));
            return { ms: performance.now() - start, trace: result.trace ?? {} };
          }, MODULE_URL_PATH).then(({ ms, trace: read }) => {
            trace = read;
            return ms;
          }),
        );
      }
      await context.close();
      const load = median(loads);
      const extract = median(extracts);
      const name = file.replace(/__.*$/u, '');
      traces.set(name, trace);
      results.push(atMost(`extraction ${name} (ms)`, Number(extract.toFixed(2)), 'ms', null));
      results.push(atMost(`extraction ${name}: share of page load (${load.toFixed(0)} ms)`, Number(((extract / load) * 100).toFixed(2)), '%', SHARE_LIMIT_PERCENT));
    }
  } finally {
    await browser.close();
  }
  printStrategies(traces);
  return results;
}

const FIELDS = ['name', 'headline', 'currentTitle', 'currentCompany', 'location', 'about', 'photoUrl', 'experience', 'education'];

/** Which strategy read each field on each page ("—": not read): the reader's trace, as one table. */
function printStrategies(traces: Map<string, Record<string, string>>): void {
  const rows = [...traces].map(([page, trace]) => [page, ...FIELDS.map((field) => trace[field] ?? '—')]);
  const header = ['page', ...FIELDS];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(`\nWhich strategy read each field\n${[line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}`);
}
