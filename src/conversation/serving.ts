/**
 * What the bot serves from one knowledge base: the lookup index and the check
 * port. Built by the knowledge store for every new version, off to the side, so
 * a snapshot is complete (kb, index and checks of the same version) before it
 * goes live.
 */
import type { KnowledgeBase } from '../knowledge/load.ts';
import { createLookup, type Lookup } from '../search/lookup.ts';
import { createCheckPort } from './check-adapter.ts';
import type { CheckPort } from './check-port.ts';

export interface Serving {
  lookup: Lookup;
  checks: CheckPort | null;
}

export function buildServing(kb: KnowledgeBase): Serving {
  return { lookup: createLookup(kb), checks: createCheckPort(kb) };
}
