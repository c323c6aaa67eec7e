import { defineConfig } from 'vitest/config';

// The E2E suite drives a real Chromium with the built extension (.output/chrome-mv3).
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
