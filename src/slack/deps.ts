/** What the listeners need. */
import type { Knowledge } from '../conversation/knowledge.ts';

export interface SlackDeps {
  /** The knowledge to answer from; read once per request so one request sees one version. */
  knowledge: () => Knowledge;
  /** Posts to a response_url outside Bolt's respond() (after a modal submission). Default: global fetch. */
  fetch?: typeof fetch;
  /** Extra Home tab blocks for this user (the editors' queue), when there is a database. */
  homeExtras?: (teamId: string | undefined, userId: string) => Promise<import('./blocks/message.ts').Block[]>;
}
