/**
 * The relevance gate: which full-text hits are about the question at all.
 *
 * A hit must cover enough of what the question is about, measured over the question's
 * informative terms only:
 * - a term no document matched (a company name, politeness, a word the knowledge never
 *   uses) says nothing about which entry is meant, so it does not count against a hit;
 * - terms are weighed by how rare they are among the hits (inverse document frequency),
 *   so «utbytte» decides and «kommune» barely counts;
 * - a typo-tolerant match is weaker evidence than an exact one.
 * A hit that shares a specific glossary concept with the question always counts; a
 * concept found in a large share of the knowledge (VTA, NAV, kommune) weighs like a word.
 *
 * Unknown words are ignored only when the question names something of the domain (a
 * glossary concept: VTA, utbytte, reservert kontrakt …). A question without one must be
 * covered by the knowledge as a whole: its unknown words then count, as the rarest terms
 * there are, so «når er fristen for å levere skattemeldingen» finds nothing because
 * «frist» and «levere» occur somewhere, and gets an honest «not covered».
 *
 * Question boilerplate is removed before this (boilerplate.ts).
 */
import type { HitColumns, MatchKind } from './text-index.ts';

export const RELEVANCE = {
  /** Share of the question's informative weight a hit must cover. */
  minCoverage: 0.5,
  /**
   * A concept found in more than this share of all entries (VTA, NAV, kommune, tilskudd,
   * anskaffelse …) says the question is in the domain, not which point of it: a question
   * naming only such concepts («oversikt over VTA-plasser i fylkene») is not «about the
   * domain» for the gate, so its other words must be covered too.
   */
  genericConceptShare: 0.2,
};

const MATCH_WEIGHT: Record<MatchKind, number> = { exact: 1, prefix: 0.8, fuzzy: 0.6 };

type Matches = Map<string, MatchKind>;

/** Whether hit i is relevant, and which of the question's specific concepts it lacks. */
export interface RelevanceGate {
  (hit: number): boolean;
  /**
   * The specific concepts ("~n") the question names that hit i's text does not contain
   * (shared, do not change): such a hit is near the question, not about it («kven kan få
   * AFT» names personkrets; § 13-1 on AFT's purpose lacks it), and ranks below one that has it.
   */
  missed(hit: number): readonly string[];
  /** The concepts ("~n") the question names that pick out a point of the domain (not generic). */
  specific: ReadonlySet<string>;
}

const NONE: readonly string[] = [];

/**
 * A gate for one search: `queryTerms` are the analysed question terms (concept terms
 * "~n" included), `found` the search's hits, `corpusSize` the number of documents.
 * Returns whether hit i (of `found`) is relevant.
 */
export function createRelevanceGate(queryTerms: readonly string[], found: HitColumns, corpusSize: number): RelevanceGate {
  // Hits that matched alike share one map (inverted-index.ts), and are decided once per map.
  // With pattern numbers (HitColumns.pattern) a hit's map is an array read; otherwise the
  // maps are numbered here, by identity.
  let patternOfHit: Int32Array;
  let maps: readonly Matches[];
  if (found.pattern && found.patternMatches) {
    patternOfHit = found.pattern;
    maps = found.patternMatches;
  } else {
    patternOfHit = new Int32Array(found.count);
    const numbered = new Map<Matches, number>();
    for (let i = 0; i < found.count; i++) {
      const m = found.matches(i);
      let k = numbered.get(m);
      if (k === undefined) numbered.set(m, (k = numbered.size));
      patternOfHit[i] = k;
    }
    maps = [...numbered.keys()];
  }
  // Document frequency of each term among the hits: hits are counted per map first, and
  // each map visited once.
  const hitsPerMap = new Int32Array(maps.length);
  for (let i = 0; i < found.count; i++) hitsPerMap[patternOfHit[i]!]!++;
  const df = new Map<string, number>();
  maps.forEach((m, k) => {
    const n = hitsPerMap[k]!;
    if (n > 0) for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + n);
  });

  const generic = (t: string) => (df.get(t) ?? 0) > corpusSize * RELEVANCE.genericConceptShare;
  // Concepts that pick out a point of the domain (utbytte, reservert kontrakt, personkrets).
  const specific = new Set(queryTerms.filter((t) => t.startsWith('~') && !generic(t)));
  const aboutDomain = specific.size > 0;
  const weight = new Map<string, number>();
  let total = 0;
  for (const t of new Set(queryTerms)) {
    // A specific concept lets its hits pass outright (below); a generic one weighs like a word.
    if (specific.has(t)) continue;
    const d = df.get(t) ?? 0;
    // Matched nothing: not informative when the question is about the domain; and a
    // compound («vta-tilskuddet») is never, since its parts are terms of their own.
    if (d === 0 && (aboutDomain || t.includes('-'))) continue;
    const w = Math.log(1 + corpusSize / Math.max(1, d));
    weight.set(t, w);
    total += w;
  }

  const relevant = new Uint8Array(maps.length);
  const missedOf: (readonly string[])[] = new Array(maps.length).fill(NONE);
  maps.forEach((matches, k) => {
    if (hitsPerMap[k] === 0) return;
    let covered = 0;
    let concept = false;
    for (const [t, kind] of matches) {
      if (specific.has(t)) concept = true;
      else covered += (weight.get(t) ?? 0) * MATCH_WEIGHT[kind];
    }
    relevant[k] = concept || (total > 0 && covered / total >= RELEVANCE.minCoverage) ? 1 : 0;
    if (relevant[k] && specific.size > 0) {
      const missed = [...specific].filter((c) => !matches.has(c));
      if (missed.length) missedOf[k] = missed;
    }
  });
  const gate = ((hit: number) => relevant[patternOfHit[hit]!] === 1) as RelevanceGate;
  gate.missed = (hit) => missedOf[patternOfHit[hit]!]!;
  gate.specific = specific;
  return gate;
}
