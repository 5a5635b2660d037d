/**
 * `node scripts/run.mjs <entry> [args…]`: runs dist/<entry>.js (e.g. `main`,
 * `cli/ask`), building dist/ first when it is missing or older than src/. This
 * is what `npm start` and the CLI scripts call, so a fresh clone, a pull or an
 * edit never runs stale code, and an unchanged tree starts without a compiler.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DIST, ensureBuilt } from './build.mjs';

const entry = process.argv[2];
if (!entry || !/^[a-z][\w/-]*$/.test(entry)) {
  console.error('usage: node scripts/run.mjs <entry> [args…], e.g. node scripts/run.mjs cli/ask "utbytte VTA"');
  process.exit(2);
}
await ensureBuilt();
// The entry reads its own arguments from process.argv.slice(2), as if started directly.
process.argv.splice(2, 1);
process.argv[1] = join(DIST, `${entry}.js`);
await import(pathToFileURL(process.argv[1]).href);
