import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    conditions: ['@propriety/source'],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
