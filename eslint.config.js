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
    // WXT auto-imports these in entrypoints.
    files: ['entrypoints/**/*.{ts,tsx}'],
    languageOptions: {
      globals: { browser: 'readonly', defineBackground: 'readonly', defineContentScript: 'readonly' },
    },
  },
  {
    // Pure domain logic: no browser APIs, no React, no Dexie.
    files: ['lib/**/*.ts'],
    ignores: ['lib/messaging.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'dexie', 'wxt/*', '@/storage/db'] }],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    // Only storage/ knows Dexie.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/sidebar/**/*.{ts,tsx}', 'entrypoints/linkedin.content/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['dexie', 'dexie-react-hooks', '@/storage/*'] }] },
  },
);
