/**
 * One seed for every property test in a run, so a run is reproducible: CI uses
 * the fixed default, and a failure can be replayed with FC_SEED=<seed>
 * (fast-check's own failure message also prints the seed and the path of the
 * failing case). Shared by the per-file setup and the global setup.
 */
export const DEFAULT_SEED = 20261122;

export function fastCheckSeed(env: Record<string, string | undefined> = process.env): number {
  const raw = env.FC_SEED;
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`FC_SEED must be a whole number, got "${raw}"`);
  return n | 0;
}

/** Where each test file adds the number of generated cases it ran; the global teardown sums them. */
export const TALLY_ENV = 'FC_TALLY_FILE';
