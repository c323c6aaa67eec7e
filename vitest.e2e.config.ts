import { defineConfig } from 'vitest/config';

// The E2E suite drives a real Chromium (.output/chrome-mv3) and a real Firefox (.output/firefox-mv2) with the built extension.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
