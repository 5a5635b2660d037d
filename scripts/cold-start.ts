/**
 * One cold start in a fresh process: read + validate + index, timed from inside the
 * process (Node and tsx start-up excluded). Prints one JSON line; used by `npm run bench`.
 *
 * Usage: cold-start.ts [knowledge dir] [engine: minisearch | inverted | naive; default: lookup's default]
 */
const t0 = performance.now();
const { loadKnowledge } = await import('../src/knowledge/load.ts');
const { createLookup } = await import('../src/search/lookup.ts');
const { KNOWLEDGE_DIR } = await import('../src/config/paths.ts');
const { ENGINES, isEngineName } = await import('../src/search/engines.ts');
const engine = process.argv[3];
if (engine !== undefined && !isEngineName(engine)) throw new Error(`unknown engine ${engine}`);
const buildIndex = engine === undefined ? undefined : await ENGINES[engine]();
const t1 = performance.now();
const result = loadKnowledge(process.argv[2] ?? KNOWLEDGE_DIR);
if (!result.ok) throw new Error('knowledge base invalid');
const t2 = performance.now();
createLookup(result.kb, buildIndex);
const t3 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, indexMs: t3 - t2, totalMs: t3 - t1, rss: process.memoryUsage().rss }));
