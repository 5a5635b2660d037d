/**
 * Every action_id, callback_id and block_id prefix the app sends to Slack, in one
 * place: the renderers put them in blocks, the listeners match on them.
 */
export const ACTION = {
  /** "Flere treff": the next page of a lookup. */
  nextPage: 'lookup_next_page',
  /** "Del i kanalen": post the same answer visibly. */
  share: 'lookup_share',
  /** A topic button in the help or no-hit message. Suffixed with ":<n>" (action_ids must be unique per message). */
  topic: 'lookup_topic',
  /** A link button to Lovdata or the source; Slack still sends an action we must acknowledge. Suffixed ":<n>". */
  openSource: 'lookup_open_source',
  /** «Vis lovteksten»: a modal with Lovdata's wording of the hit's §; value = entry id. Suffixed ":<n>". */
  showLawText: 'lookup_show_law_text',
  /** Start a check from the Home tab or the help message; value = check id. Suffixed ":<n>". */
  openCheck: 'open_check',
  /** The check a lookup question leads to: opens its form with the facts read from the question; value = CheckOfferValue JSON. */
  offerCheck: 'offer_check',
  /** "Del i kanalen" under a check result. */
  shareCheck: 'check_share',
  /** The Home tab's «In English» / «På norsk»: publish the Home again in that language; value = "en" or "nb". */
  homeLanguage: 'home_language',
} as const;

/** Actions that carry an index suffix, matched by prefix. */
export const suffixed = (prefix: string) => new RegExp(`^${prefix}(:\\d+)?$`);

export const CALLBACK = {
  /** The check modal; private_metadata carries which check and where to answer. */
  checkModal: 'check_modal',
  /** The read-only modal showing a check's result. */
  checkResult: 'check_result',
} as const;

/** block_id of the input block asking for a fact; errors from response_action are keyed by it. */
export const factBlockId = (fact: string) => `fact:${fact}`;
export const FACT_ACTION = 'value';
/** The extra option of a list fact that means "none of these" (an empty selection means "unknown"). */
export const NONE_OF_THESE = 'none';
