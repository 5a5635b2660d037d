/**
 * The lookup every surface calls (CLI, console, Slack, tests): a question in, the
 * best cited entries out, deterministic for the same knowledge and date.
 *
 * Order of results: a provision cited in the question comes first (most specific
 * match first), then full-text hits ranked by relevance × status weight, so law in
 * force beats guidance, background and proposals when equally relevant. Ties are
 * broken by id.
 */
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Entry, Source, Status } from '../knowledge/schema.ts';
import { entryUrl, formatCitation } from '../knowledge/citation.ts';
import { statusOn, todayIso } from '../knowledge/status.ts';
import { createAnalyzer, words, type Analyzer } from './analyzer.ts';
import { createCitationParser, sectionKey, type CitationQuery } from './citation-parser.ts';
import { createMiniSearchIndex } from './minisearch-index.ts';
import type { IndexedDoc, MatchKind, TextHit, TextIndex } from './text-index.ts';

export interface LookupOptions {
  top?: number;
  offset?: number;
  /** Answer as the rules stood on this date (YYYY-MM-DD). Default: today. */
  asOf?: string;
}

export interface LookupHit {
  entry: Entry;
  source: Source;
  citation: string;
  url: string | null;
  /** Status on the `asOf` date. */
  status: Status;
  /** Adopted, but in force only from `entry.valid_from`. */
  pending: boolean;
  score: number;
  /** True when the question cited this provision directly. */
  cited: boolean;
}

export interface LookupResult {
  query: string;
  asOf: string;
  citation: CitationQuery | null;
  hits: LookupHit[];
  /** Hits in all, before paging. */
  total: number;
  /** Topics to try instead, when nothing matched well. */
  suggestions: string[];
}

export type Lookup = (query: string, options?: LookupOptions) => LookupResult;

const STATUS_WEIGHT: Record<Status, number> = {
  in_force: 1,
  guidance: 0.85,
  background: 0.6,
  proposed: 0.55,
  historical: 0.45,
};
const PENDING_WEIGHT = 0.8;

/** Words that show the user is asking about the proposal or about the old rules on purpose. */
const PROPOSAL_WORDS = new Set(['forslag', 'forslaget', 'foreslått', 'foreslatt', 'høring', 'høringsnotat', 'høyring', 'hoyring', 'hoering', 'proposal', 'proposed', 'reform', 'jobbspesialist', 'jobbspesialister', 'pilot']);
const HISTORY_WORDS = new Set(['tidligere', 'gammel', 'gamle', 'før', 'fram', 'frem', 'historikk', 'endret', 'endring', 'endringer', 'endra', 'old', 'previous', 'previously', 'before', 'changed', 'change', 'changes', '2025', '2024']);

/**
 * How much of the question a hit must cover to count as relevant, each query term
 * weighed by how it matched: a typo-tolerant match is weaker evidence than an exact one.
 * A hit that shares a glossary concept with the question always counts.
 */
const MIN_COVERAGE = 0.5;
const MATCH_WEIGHT: Record<MatchKind, number> = { exact: 1, prefix: 0.8, fuzzy: 0.6 };

function coverage(hit: TextHit, queryTerms: string[]): number {
  if (queryTerms.length === 0) return 1;
  let covered = 0;
  for (const t of queryTerms) {
    const kind = hit.matches.get(t);
    if (kind) covered += MATCH_WEIGHT[kind];
  }
  return covered / queryTerms.length;
}

export function toIndexedDoc(entry: Entry, source: Source): IndexedDoc {
  return {
    id: entry.id,
    title: entry.title,
    keywords: entry.keywords.join(' · '),
    citation: formatCitation(entry, source),
    summary: entry.summary,
    summary_en: entry.summary_en ?? '',
    source: [source.cite_as, ...source.aliases].join(' · '),
  };
}

export function createLookup(
  kb: KnowledgeBase,
  buildIndex: (docs: IndexedDoc[], analyzer: Analyzer) => TextIndex = createMiniSearchIndex,
): Lookup {
  const analyzer = createAnalyzer(kb.glossary);
  const sourceOf = (e: Entry) => kb.sources.get(e.source)!;
  const index = buildIndex(kb.entries.map((e) => toIndexedDoc(e, sourceOf(e))), analyzer);
  const parseCitation = createCitationParser(
    [...kb.sources.values()].map((s) => ({ id: s.id, lovdataId: s.lovdata_id, names: s.aliases })),
  );
  const bySection = new Map<string, Entry[]>();
  for (const e of kb.entries) {
    if (!e.section) continue;
    const key = sectionKey(e.section);
    bySection.set(key, [...(bySection.get(key) ?? []), e]);
  }
  const suggestionTopics = kb.glossary.terms.filter((t) => t.definition).map((t) => t.term);

  return function lookup(query, options = {}) {
    const asOf = options.asOf ?? todayIso();
    const top = options.top ?? 5;
    const offset = options.offset ?? 0;
    const queryWords = new Set(words(query));
    const wantsProposal = [...queryWords].some((w) => PROPOSAL_WORDS.has(w)) || /\b14\s?a\b/i.test(query);
    const wantsHistory = [...queryWords].some((w) => HISTORY_WORDS.has(w));
    const weightOf = (status: Status, pending: boolean) => {
      if (status === 'proposed' && wantsProposal) return 1.05;
      if (status === 'historical' && wantsHistory) return 0.95;
      return STATUS_WEIGHT[status] * (pending ? PENDING_WEIGHT : 1);
    };
    const makeHit = (entry: Entry, score: number, cited: boolean): LookupHit => {
      const source = sourceOf(entry);
      const { status, pending } = statusOn(entry, asOf);
      return { entry, source, citation: formatCitation(entry, source), url: entryUrl(entry, source), status, pending, score, cited };
    };

    const citation = parseCitation(query);
    const citedHits = citation ? citedEntries(citation, bySection.get(citation.section) ?? [], asOf) : [];
    const citedIds = new Set(citedHits.map((e) => e.id));

    // Full-text search on what is left of the question once the citation is taken out.
    const rest = citation ? query.toLowerCase().replace(citation.matched, ' ') : query;
    const queryTerms = index.queryTerms(rest).filter((t) => !t.startsWith('~'));
    const textHits = index
      .search(rest)
      .filter((h) => !citedIds.has(h.id))
      .filter((h) => [...h.matches.keys()].some((t) => t.startsWith('~')) || coverage(h, queryTerms) >= MIN_COVERAGE)
      .map((h) => {
        const entry = kb.entryById.get(h.id)!;
        const { status, pending } = statusOn(entry, asOf);
        return makeHit(entry, h.score * weightOf(status, pending), false);
      })
      .sort(byScoreThenId);

    const topText = textHits[0]?.score ?? 1;
    const cited = citedHits.map((e, i) => makeHit(e, topText + 1000 - i, true));
    const all = [...cited, ...textHits];
    const suggestions = all.length === 0 ? suggest(query, suggestionTopics) : [];
    return { query, asOf, citation, hits: all.slice(offset, offset + top), total: all.length, suggestions };
  };
}

const byScoreThenId = (a: LookupHit, b: LookupHit) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);

/**
 * Entries of the cited section, most specific first: exact ledd and bokstav, then the
 * section as a whole, then its other parts; the version valid on the date first.
 */
function citedEntries(c: CitationQuery, candidates: Entry[], asOf: string): Entry[] {
  const matching = candidates.filter((e) => !c.sourceId || e.source === c.sourceId);
  const rank = (e: Entry): number => {
    let r = 0;
    if (c.ledd !== undefined) r += e.ledd === c.ledd ? 0 : e.ledd === undefined ? 10 : 40;
    else r += e.ledd === undefined ? 0 : 20;
    if (c.bokstav !== undefined) r += e.bokstav === c.bokstav ? 0 : e.bokstav === undefined ? 5 : 30;
    else r += e.bokstav === undefined ? 0 : 5;
    const { status, pending } = statusOn(e, asOf);
    if (status === 'historical') r += 60;
    if (pending) r += 50;
    if (status === 'proposed' && !c.section.includes('a-')) r += 70;
    return r;
  };
  return [...matching].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
}

function suggest(query: string, topics: string[]): string[] {
  const qs = words(query);
  const near = topics.filter((t) => {
    const tw = words(t)[0] ?? '';
    return qs.some((w) => w.length >= 4 && tw.length >= 4 && (tw.startsWith(w.slice(0, 4)) || w.startsWith(tw.slice(0, 4))));
  });
  const defaults = ['utbytte', 'reservert kontrakt', 'utvidet egenregi', 'kommunal medfinansiering', 'AFT varighet', 'terskelverdier'];
  return [...new Set([...near, ...defaults])].slice(0, 6);
}
