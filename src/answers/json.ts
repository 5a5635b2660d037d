/** The `ask --json` contract: other tools are built on these exact field names. */
import type { LookupResult } from '../search/lookup.ts';

export function lookupToJson(result: LookupResult, kbVersion: string) {
  return {
    query: result.query,
    as_of: result.asOf,
    kb_version: kbVersion,
    results: result.hits.map((h) => ({
      id: h.entry.id,
      title: h.entry.title,
      citation: h.citation,
      instrument: h.source.id,
      section: h.entry.section ?? null,
      status: h.status,
      url: h.url,
      score: Math.round(h.score * 1000) / 1000,
      valid_from: h.entry.valid_from ?? null,
      valid_to: h.entry.valid_to ?? null,
    })),
    ...(result.hits.length === 0 ? { suggestions: result.suggestions } : {}),
  };
}
