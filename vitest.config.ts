import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit`: everything under tests/ except the folders below, in process, in parallel.
 *   A new test folder lands here without editing this file.
 * - `process`: tests that start real processes (the compiled bot, the CLIs, the load
 *   test); slower and heavier, so they run after the unit tests, one file at a time.
 *   `npx vitest run --project unit` skips them while working.
 *
 * Timeouts are hang guards, not speed requirements (timing goals live in `npm run
 * bench` and `npm run loadtest`): on a busy two-core machine a CPU-bound property
 * test can take several times its quiet-machine time.
 */
const PROCESS_TESTS = ['tests/process/**/*.test.ts'];

export default defineConfig({
  test: {
    // Property tests: one printed, reproducible seed per run and a count of the cases generated.
    setupFiles: ['tests/setup/fast-check.ts'],
    globalSetup: ['tests/setup/fast-check-global.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...PROCESS_TESTS, '**/node_modules/**'], testTimeout: 30_000, hookTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'process',
          include: PROCESS_TESTS,
          // Build dist/ once before any test starts a compiled process.
          globalSetup: ['tests/setup/build.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
