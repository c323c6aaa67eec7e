import { basename, dirname, resolve } from 'node:path';
import { build } from 'vite';
import { PROFILE_MODULE_PATH } from '../lib/profile-module';

/**
 * Builds entrypoints/linkedin.content/profile-module.ts as one ES module at
 * PROFILE_MODULE_PATH, which the content script imports on profile pages. WXT
 * bundles content scripts as single IIFE files without chunks; this is the way
 * its ESM content-script example takes. Runs after every WXT build (wxt.config.ts).
 */
export async function buildProfileModule(root: string, outDir: string, minify: boolean): Promise<void> {
  const file = basename(PROFILE_MODULE_PATH);
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { '@': root } },
    build: {
      outDir: resolve(outDir, dirname(PROFILE_MODULE_PATH.slice(1))),
      emptyOutDir: false,
      minify,
      target: 'es2022',
      reportCompressedSize: false,
      // Not lib mode: Vite leaves an ES library's white space in, and this file ships.
      rollupOptions: {
        input: resolve(root, 'entrypoints/linkedin.content/profile-module.ts'),
        output: { format: 'es', entryFileNames: file },
        preserveEntrySignatures: 'strict',
      },
    },
  });
}
