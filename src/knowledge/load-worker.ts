/**
 * Worker-thread side of load-off-thread.ts: for each request `{id, dir}`, reads
 * and validates the knowledge and posts `{id, result}` back. The result is plain
 * data (Maps, arrays, strings), so it crosses by structured clone.
 */
import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from './load.ts';

parentPort!.on('message', ({ id, dir }: { id: number; dir: string }) => {
  parentPort!.postMessage({ id, result: loadKnowledge(dir) });
});
parentPort!.postMessage({ ready: true });
