import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-screenshots/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    // WXT auto-imports these in entrypoints.
    files: ['entrypoints/**/*.{ts,tsx}'],
    languageOptions: {
      globals: { browser: 'readonly', defineBackground: 'readonly', defineContentScript: 'readonly' },
    },
  },
  {
    // Pure domain logic: no browser APIs, no React, no Dexie — and never storage/ (it stands on lib/).
    // The whole layer map, and import cycles, are checked by dependency-cruiser (.dependency-cruiser.cjs).
    files: ['lib/**/*.ts'],
    ignores: ['lib/messaging.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'wxt', 'wxt/*'], message: 'lib/ is pure logic: no React, Dexie or browser API.' },
            { group: ['@/storage', '@/storage/*', '../storage/*', '../../storage/*'], message: 'lib/ never imports storage/: the vocabulary is in lib/model/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    // Only storage/ knows Dexie; components get their data as props.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/sidebar/**/*.{ts,tsx}', 'entrypoints/linkedin.content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['dexie', 'dexie-react-hooks', '@/storage/*', '!@/storage/items'], message: 'Only storage/ knows Dexie; the sidebar and content script go through the background.' }] },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': ['error', 'browser', 'chrome'] },
  },
);
