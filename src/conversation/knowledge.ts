/** What every reply is built from, behind a function so a reload can swap the knowledge between requests. */
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Lookup } from '../search/lookup.ts';
import type { CheckPort } from './check-port.ts';

export interface Knowledge {
  kb: KnowledgeBase;
  lookup: Lookup;
  /** Null until the checks module is available. */
  checks: CheckPort | null;
}
