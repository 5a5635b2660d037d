/**
 * Once per vitest run: prints the fast-check seed at the start, and at the end
 * how many generated cases the property tests ran in all (at least 10 000 in a
 * full run: docs/testing.md lists where they come from).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fastCheckSeed, TALLY_ENV } from './fast-check-seed.ts';

export default function setup() {
  const seed = fastCheckSeed();
  const dir = mkdtempSync(join(tmpdir(), 'fc-tally-'));
  const file = join(dir, 'tally');
  process.env[TALLY_ENV] = file;
  console.log(`fast-check seed ${seed} (replay or vary with FC_SEED=<n>)`);
  return () => {
    let properties = 0;
    let cases = 0;
    try {
      for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
        const [p, c] = line.split(' ').map(Number);
        properties += p ?? 0;
        cases += c ?? 0;
      }
    } catch {
      // no property test ran in this selection
    }
    if (properties > 0) console.log(`fast-check: ${cases} generated cases in ${properties} properties, seed ${seed}`);
    rmSync(dir, { recursive: true, force: true });
  };
}
