/**
 * Per test file: every fast-check property uses the run's seed, and the number
 * of cases each property generated is added to the run's tally (a global
 * plugin sees every fc.assert/fc.check, existing properties included).
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll } from 'vitest';
import { fastCheckSeed, TALLY_ENV } from './fast-check-seed.ts';

fc.configureGlobal({ seed: fastCheckSeed() });

let cases = 0;
let properties = 0;
fc.installGlobalPlugin(() => ({
  onAllRunsComplete(details: { numRuns: number }) {
    cases += details.numRuns;
    properties += 1;
  },
}));

afterAll(() => {
  const file = process.env[TALLY_ENV];
  if (file && properties > 0) appendFileSync(file, `${properties} ${cases}\n`);
});
