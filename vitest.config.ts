import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property tests: one printed, reproducible seed per run and a count of the cases generated.
    setupFiles: ['tests/setup/fast-check.ts'],
    globalSetup: ['tests/setup/fast-check-global.ts'],
  },
});
