import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { PROFILE_MODULE_PATH } from '../../lib/profile-module';
import { BUILD_DIR as OUT, closure } from '../build-files';
import { atMost, type Measurement } from './types';

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
    if (entry.endsWith('.html')) {
      // What the page loads before it shows anything: no chunk it imports later.
      const first = [...closure(entry, { lazy: false })].filter((file) => file.endsWith('.js'));
      const bytes = first.reduce((sum, file) => sum + gzipSync(minify(readFileSync(join(OUT, file), 'utf8'))).length, 0);
      results.push(atMost(`${name}: scripts of its first screen, minified + gzip`, bytes, 'B', null));
    }
  }
  return results;
}
