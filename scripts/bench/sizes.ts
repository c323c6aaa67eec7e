import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { PROFILE_MODULE_PATH } from '../../lib/profile-module';
import { atMost, type Measurement } from './types';

const OUT = '.output/chrome-mv3';
/** Issue 3's budget for the content script, minified. */
const CONTENT_SCRIPT_LIMIT = 12 * 1024;

/** Single files, measured on their own below. */
const CONTENT_SCRIPT = 'content-scripts/linkedin.js';
const PROFILE_MODULE = PROFILE_MODULE_PATH.slice(1);

/** Entrypoints that load other files (chunks, styles): measured with all they load. */
const ENTRYPOINTS: Record<string, string> = {
  background: 'background.js',
  sidebar: 'sidebar.html',
  popup: 'popup.html',
  options: 'options.html',
};

/** The file and everything it loads (scripts, styles, static imports), once each. */
function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(join(OUT, entry))) return seen;
  seen.add(entry);
  const text = readFileSync(join(OUT, entry), 'utf8');
  const refs = entry.endsWith('.html')
    ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/gu)].map((m) => m[1]!)
    : [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.js)["']/gu)].map((m) => m[1]!);
  for (const ref of refs) {
    const path = ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(dirname(entry), ref));
    closure(path, seen);
  }
  return seen;
}

const minify = (code: string) => transformSync(code, { minify: true, loader: 'js', format: 'esm' }).code;

export function measureSizes(): Measurement[] {
  if (!existsSync(join(OUT, 'manifest.json'))) throw new Error('No build in .output/chrome-mv3: run `npm run build`.');
  const results: Measurement[] = [];
  // On every LinkedIn page: the content script. On a profile page, also the module it imports there.
  const script = minify(readFileSync(join(OUT, CONTENT_SCRIPT), 'utf8'));
  const module = minify(readFileSync(join(OUT, PROFILE_MODULE), 'utf8'));
  results.push(atMost('content script (every LinkedIn page), minified', Buffer.byteLength(script), 'B', CONTENT_SCRIPT_LIMIT));
  results.push(atMost('content script, minified + gzip', gzipSync(script).length, 'B', null));
  results.push(atMost('profile module (imported on profile pages), minified', Buffer.byteLength(module), 'B', null));
  results.push(atMost('profile module, minified + gzip', gzipSync(module).length, 'B', null));
  results.push(atMost('content script + profile module on a profile page, minified', Buffer.byteLength(script) + Buffer.byteLength(module), 'B', null));
  for (const [name, entry] of Object.entries(ENTRYPOINTS)) {
    const files = [...closure(entry)];
    let raw = 0;
    let small = 0;
    for (const file of files) {
      const text = readFileSync(join(OUT, file), 'utf8');
      raw += Buffer.byteLength(text);
      small += gzipSync(file.endsWith('.js') ? minify(text) : text).length;
    }
    results.push(atMost(`${name}: total as built (${files.length} files)`, raw, 'B', null));
    results.push(atMost(`${name}: total minified + gzip`, small, 'B', null));
  }
  return results;
}
