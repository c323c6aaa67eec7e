/**
 * `npm run bench`: prints what the extension costs, and writes bench-results.json
 * as a list of { name, value, unit, target, ok }. Later measurements add a section here.
 */
import { writeFileSync } from 'node:fs';
import { measureExtraction } from './bench/extraction';
import { measurePagesRender } from './bench/pages-render';
import { measurePathPages } from './bench/path-page';
import { measureScale } from './bench/scale';
import { measureSidebar } from './bench/sidebar';
import { measureSizes } from './bench/sizes';
import { measureSubmissions } from './bench/submissions';
import type { Measurement } from './bench/types';

const sections: [string, () => Promise<Measurement[]> | Measurement[]][] = [
  ['Sizes', measureSizes],
  ['Reading real LinkedIn pages (median of 9 loads each, in Chromium)', measureExtraction],
  ['Contact book at scale (Dexie on fake-indexeddb, median of 9 batches)', measureScale],
  ["Sidebar: each stage after the page’s DOMContentLoaded (Chromium, median of 9 loads)", measureSidebar],
  ['Popup and options page: first item / rows after opening (Chromium, median of 9 loads)', measurePagesRender],
  ['Career paths at scale (Chromium, median of 5 loads)', measurePathPages],
  ['Class view (fake-indexeddb, median of 5 imports)', measureSubmissions],
];

function table(rows: Measurement[]): string {
  const cells = rows.map((r) => [
    r.name,
    `${r.value.toLocaleString('en-US', { maximumFractionDigits: 3 })} ${r.unit}`,
    r.target ?? '—',
    r.ok === null ? '' : r.ok ? 'ok' : 'OVER',
  ]);
  const header = ['measurement', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 1 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

// `npm run bench -- sidebar popup`: only the sections whose title starts with one of these words.
const only = process.argv.slice(2).map((word) => word.toLowerCase());
const chosen = only.length ? sections.filter(([title]) => only.some((word) => title.toLowerCase().startsWith(word))) : sections;

const all: Measurement[] = [];
for (const [title, run] of chosen) {
  const started = Date.now();
  const rows = await run();
  all.push(...rows);
  console.log(`\n${title} — took ${((Date.now() - started) / 1000).toFixed(0)} s\n${table(rows)}`);
}
writeFileSync('bench-results.json', `${JSON.stringify(all, null, 2)}\n`);
console.log(`\nWrote bench-results.json (${all.length} measurements).`);
