/** What the listeners need, behind a function so a reload can swap the knowledge between requests. */
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Lookup } from '../search/lookup.ts';
import type { CheckPort } from './check-port.ts';

export interface Knowledge {
  kb: KnowledgeBase;
  lookup: Lookup;
  /** Null until the checks module is available. */
  checks: CheckPort | null;
}

export interface SlackDeps {
  /** The knowledge to answer from; read once per request so one request sees one version. */
  knowledge: () => Knowledge;
  /** Posts to a response_url outside Bolt's respond() (after a modal submission). Default: global fetch. */
  fetch?: typeof fetch;
}
