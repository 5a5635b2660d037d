/** The `ask --json` contract: other tools are built on these exact field names. */
import type { LookupResult } from '../search/lookup.ts';
import type { DirectAnswer } from '../knowledge/schema.ts';
import { detectLanguage } from './language.ts';
import { directAnswer } from './direct-answer.ts';

/**
 * With `answers` (the knowledge's answers.yaml), two added fields: `language` ('nb' or 'en',
 * the question's) and `direct_answer` ({entry_id, kind, text} or null), the line a reply shows first.
 */
export function lookupToJson(result: LookupResult, kbVersion: string, answers?: ReadonlyMap<string, DirectAnswer>) {
  const language = detectLanguage(result.query);
  const direct = answers ? directAnswer(result.query, result, answers, language) : null;
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
    ...(result.outside?.length ? { outside: result.outside } : {}),
    ...(answers ? { language, direct_answer: direct ? { entry_id: direct.entryId, kind: direct.kind, text: direct.text } : null } : {}),
  };
}
