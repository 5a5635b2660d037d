/** Before the process tests: dist/ built from the current src/ (no-op when it already is). */
import { ensureBuilt } from '../../scripts/build.mjs';

export default async function setup() {
  await ensureBuilt();
}
