import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    setupFiles: ['test/support/seed.ts', 'test/support/interactive-terminal.ts', 'test/support/clean-temp.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
