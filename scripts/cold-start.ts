/**
 * One cold start in a fresh process: read + validate + index, timed from inside the
 * process (Node and tsx start-up excluded). Prints one JSON line; used by `npm run bench`.
 */
const t0 = performance.now();
const { loadKnowledge } = await import('../src/knowledge/load.ts');
const { createLookup } = await import('../src/search/lookup.ts');
const { KNOWLEDGE_DIR } = await import('../src/config/paths.ts');
const t1 = performance.now();
const result = loadKnowledge(process.argv[2] ?? KNOWLEDGE_DIR);
if (!result.ok) throw new Error('knowledge base invalid');
const t2 = performance.now();
createLookup(result.kb);
const t3 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, indexMs: t3 - t2, totalMs: t3 - t1, rss: process.memoryUsage().rss }));
