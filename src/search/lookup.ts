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
import { existsOn, statusOn, todayIso } from '../knowledge/status.ts';
import { createAnalyzer, words, type Analyzer } from './analyzer.ts';
import { citationText, createCitationParser, sectionKey, type CitationQuery } from './citation-parser.ts';
import { firstInOrder } from './first-in-order.ts';
import { foldFirst, foldSameProvision, partKey, provisionKey } from './fold.ts';
import { createStatusCache } from './status-cache.ts';
import { createInvertedIndex } from './inverted-index.ts';
import { hitColumns, type IndexedDoc, type TextIndex } from './text-index.ts';
import { stripBoilerplate } from './boilerplate.ts';
import { classifySmallTalk, type SmallTalk } from './small-talk.ts';
import { createRelevanceGate } from './relevance.ts';

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
  /**
   * Other entries of the same provision (its section, ledd or bokstav entries) that also
   * matched, folded into this hit: show them as related, not as answers of their own.
   */
  folded: Entry[];
  /**
   * Glossary concepts the question names that this entry neither mentions nor is the home
   * of («wage subsidy» asked, § 14-3 on VTA found): the hit is then near the question, not
   * an answer to it, and must not be given as a direct answer.
   */
  conceptsMissed: string[];
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
  /**
   * Set when the message is only a greeting, thanks or a request for help («hei», «takk»,
   * «hjelp»; small-talk.ts): then there are no hits, and the reply should be a short
   * friendly answer with example questions (`suggestions` holds example topics), not
   * «found nothing». A question that starts with «hei, …» is a question, not small talk.
   */
  smallTalk?: SmallTalk;
  /**
   * The schemes outside the knowledge that the question asked about (glossary terms with
   * `scope: outside`, e.g. «lønnstilskudd»), when that is why there are no hits: the reply
   * says they are not covered, rather than only that nothing fitted.
   */
  outside?: string[];
}

export type Lookup = (query: string, options?: LookupOptions) => LookupResult;

/**
 * Ranking weights, in one place so they can be read and tuned together.
 * A hit's text score is multiplied by the weight of its status on the date asked, so
 * law in force wins over guidance, background and proposals when equally relevant.
 */
const RANKING = {
  statusWeight: {
    in_force: 1,
    guidance: 0.85,
    background: 0.6,
    proposed: 0.55,
    historical: 0.45,
  } satisfies Record<Status, number> as Record<Status, number>,
  /** Adopted law that is not yet in force on the date asked. */
  pendingWeight: 0.8,
  /** A statement without a section is less precise than a cited provision. */
  noSectionWeight: 0.7,
  /** Hits in a chapter the question names in passing. */
  chapterContextBoost: 1.5,
  /** The provisions the glossary names as the home of a term the question uses ("utbytte" → § 14-5 c). */
  glossaryEntryBoost: 1.3,
  /** Background (reports, evaluations, case papers) when the question asks for one. */
  askedForBackground: 0.9,
  /**
   * A rule adopted but not yet in force never ranks above the rule in force that it replaces
   * (issue 8): that rule is put just above it, this much higher, and added if the question's
   * words did not reach it (the pending text matched; the rule of the day is the answer).
   */
  inForceAbovePending: 1.001,
  /**
   * A provision in the chapter of another measure than the one asked about: «VTA» asked,
   * the parallel AFT provision (§ 13-6 beside § 14-5, § 13-3 beside § 14-3) comes after.
   */
  otherMeasureWeight: 0.6,
  /**
   * For each specific concept the question names (relevance.ts) that the hit's text lacks and
   * that it is not the glossary home of: the hit is near the question, not about it
   * («kven kan få AFT» → § 13-3 on who, before § 13-1 on AFT's purpose; «EU threshold values
   * in public procurement» → § 5-3 before the general § 2 and tiltaksforskriften § 7-6).
   * Guidance too: «kan en arbeidsmarkedsbedrift betale utbytte» → § 14-5 c (home of
   * arbeidsmarkedsbedrift) before NAV's statement, which never says the word. Background is
   * exempt unless asked for: reports use their own words and already weigh 0.6.
   */
  conceptMissedWeight: 0.5,
};

const NO_CONCEPTS: readonly string[] = [];

/** Words that show the user is asking about the proposal or about the old rules on purpose. */
const PROPOSAL_WORDS = new Set(['forslag', 'forslaget', 'foreslått', 'foreslatt', 'høring', 'høringsnotat', 'høyring', 'hoyring', 'hoering', 'proposal', 'proposed', 'reform', 'jobbspesialist', 'jobbspesialister', 'pilot']);
/** Words that show the user asks what a report, an evaluation or a trial found, not what the law says. */
const BACKGROUND_WORDS = new Set([
  'rapport', 'rapporten', 'rapportar', 'rapporter', 'evaluering', 'evalueringen', 'evalueringa', 'undersøkelse', 'undersøkelsen',
  'kartlegging', 'kartleggingen', 'studie', 'forskning', 'forsøk', 'forsøket', 'forsøkskommunene', 'funn', 'fant', 'anbefaler',
  'anbefalinger', 'statistikk', 'riksrevisjonen', 'storbyene', 'storbyane', 'report', 'evaluation', 'survey', 'study', 'trial', 'findings',
  'found', 'recommend', 'recommendations', 'statistics', 'economics', 'menon', 'telemarksforsking', 'esa',
]);
const HISTORY_WORDS = new Set(['tidligere', 'gammel', 'gamle', 'før', 'fram', 'frem', 'historikk', 'endret', 'endring', 'endringer', 'endra', 'old', 'previous', 'previously', 'before', 'changed', 'change', 'changes', '2025', '2024']);

export function toIndexedDoc(entry: Entry, source: Source, phrasings: readonly string[] = []): IndexedDoc {
  return {
    id: entry.id,
    title: entry.title,
    keywords: entry.keywords.join(' · '),
    citation: formatCitation(entry, source),
    summary: entry.summary,
    summary_en: entry.summary_en ?? '',
    source: [source.cite_as, ...source.aliases].join(' · '),
    questions: phrasings.join(' · '),
  };
}

/**
 * The default engine is our inverted index: it ranks as MiniSearch does (same question-set
 * score) at a fraction of the build and search time (`npm run bench`). MiniSearch and the
 * naive scan stay available for comparison (engines.ts).
 */
export function createLookup(
  kb: KnowledgeBase,
  buildIndex: (docs: IndexedDoc[], analyzer: Analyzer) => TextIndex = createInvertedIndex,
): Lookup {
  const analyzer = createAnalyzer(kb.glossary);
  const sourceOf = (e: Entry) => kb.sources.get(e.source)!;
  const index = buildIndex(kb.entries.map((e) => toIndexedDoc(e, sourceOf(e), kb.phrasings.get(e.id))), analyzer);
  const parseCitation = createCitationParser(
    [...kb.sources.values()].map((s) => ({ id: s.id, lovdataId: s.lovdata_id, names: s.aliases })),
  );
  const bySection = new Map<string, Entry[]>();
  // Positions by chapter prefix ("14a-"), so a cited chapter does not scan every entry.
  const byChapter = new Map<string, number[]>();
  kb.entries.forEach((e, i) => {
    if (!e.section) return;
    const key = sectionKey(e.section);
    const section = bySection.get(key);
    if (section) section.push(e);
    else bySection.set(key, [e]);
    const chapter = key.slice(0, key.indexOf('-') + 1);
    if (chapter) {
      const positions = byChapter.get(chapter);
      if (positions) positions.push(i);
      else byChapter.set(chapter, [i]);
    }
  });
  // Hits name their entry by position in kb.entries (the documents were given in that
  // order): ranking reads flat per-entry data, not thousands of entry objects.
  const positionOf = new Map(kb.entries.map((e, i) => [e.id, i]));
  const hasSection = Uint8Array.from(kb.entries, (e) => (e.section ? 1 : 0));
  const sourceIds = [...kb.sources.keys()];
  const sourceAt = Int32Array.from(kb.entries, (e) => sourceIds.indexOf(e.source));
  const statusesOn = createStatusCache(kb.entries);
  // The entry each one replaces in time (`supersedes`), by position; −1 when none.
  const supersededAt = Int32Array.from(kb.entries, (e) => (e.supersedes === undefined ? -1 : (positionOf.get(e.supersedes) ?? -1)));
  const replacements = supersededAt.reduce((k, s) => k + (s >= 0 ? 1 : 0), 0);
  // The relevant hits of a lookup (entry position, score), in buffers every lookup reuses:
  // each entry is a hit once, and there is room for the rules in force that pending hits
  // replace (few entries replace another).
  const hitPos = new Int32Array(kb.entries.length + replacements);
  const hitScore = new Float64Array(kb.entries.length + replacements);
  // Each entry's place in id order, so equal scores are ordered by id without comparing strings.
  const idRank = new Int32Array(kb.entries.length);
  Int32Array.from(kb.entries.keys())
    .sort((a, b) => (kb.entries[a]!.id < kb.entries[b]!.id ? -1 : kb.entries[a]!.id > kb.entries[b]!.id ? 1 : 0))
    .forEach((p, rank) => (idRank[p] = rank));
  // Positions among this lookup's hits (+1; 0: not a hit), stamped per lookup.
  const hitAt = new Int32Array(kb.entries.length);
  const hitStamp = new Int32Array(kb.entries.length);
  let hitStampNow = 0;
  // Each entry's provision (fold.ts) as a number, so the hits in all can be counted as
  // answers, folded, without a string per hit; `seen` is stamped per lookup, never cleared.
  const provisions = numberEntries(kb.entries, provisionKey);
  const provisionAt = provisions.at;
  const seenProvision = new Int32Array(provisions.count);
  // Each entry's part of its provision (fold.ts partKey) as a number, for folding many hits.
  const parts = numberEntries(kb.entries, partKey);
  const partAt = parts.at;
  let stamp = 0;
  // Entries adopted after the date asked about are not shown at all (few entries carry a
  // date, and few distinct ones): each entry's adoption date as a number into the sorted
  // distinct dates (−1: none), so a lookup compares the few dates once, not a string per hit.
  const adoptionDates = [...new Set(kb.entries.flatMap((e) => (e.adopted === undefined ? [] : [e.adopted])))].sort();
  const adoptedAt = Int32Array.from(kb.entries, (e) => (e.adopted === undefined ? -1 : adoptionDates.indexOf(e.adopted)));
  const adoptedLater = new Uint8Array(adoptionDates.length);
  const isAdoptedAfter = (p: number): boolean => adoptedAt[p]! >= 0 && adoptedLater[adoptedAt[p]!] === 1;
  // Schemes outside the knowledge are not offered as topics to try.
  const suggestionTopics = kb.glossary.terms.filter((t) => t.definition && t.scope !== 'outside').map((t) => t.term);
  const glossaryTerm = new Map(kb.glossary.terms.map((t, i) => [t.term, { ...t, concept: `~${i}` }]));
  // Concept terms of the index ("~3") by glossary term name.
  const conceptName: Record<string, string> = Object.fromEntries(kb.glossary.terms.map((t, i) => [`~${i}`, t.term]));
  const entriesOfTerm = new Map(kb.glossary.terms.map((t) => [t.term, t.entries]));
  // Chapters that a concept owns: all its home entries (glossary `entries`) in one chapter of
  // one source («VTA» → tiltaksforskriften kap. 14, «AFT» → kap. 13). Asked about one of
  // them, the same source's other owned chapters hold parallel rules for other measures.
  // A chapter and its lettered sibling are one family (kap. 14 and kap. 14 A are both VTA).
  const chapterOf = (e: Entry): string | undefined => {
    const key = e.section === undefined ? '' : sectionKey(e.section);
    const dash = key.indexOf('-');
    return dash > 0 ? `${e.source}\u0000${key.slice(0, dash).replace(/\D+$/, '')}` : undefined;
  };
  const ownedChapter = new Map<string, string>();
  for (const t of kb.glossary.terms) {
    const chapters = new Set(t.entries.map((id) => kb.entryById.get(id)).filter((e) => e !== undefined).map(chapterOf));
    const [only] = chapters;
    if (chapters.size === 1 && only !== undefined) ownedChapter.set(t.term, only);
  }
  // Owned chapters as small numbers per entry (−1: none), and each one's source, so the
  // per-hit work at 100× is an array read, not a string per hit.
  const ownedIds = new Map([...new Set(ownedChapter.values())].map((c, i) => [c, i]));
  const ownedSource = [...ownedIds.keys()].map((c) => c.slice(0, c.indexOf('\u0000')));
  const entryOwned = Int32Array.from(kb.entries, (e) => {
    const c = chapterOf(e);
    return c === undefined ? -1 : (ownedIds.get(c) ?? -1);
  });
  // Positions marked as the home of a concept asked about, and as an entry the question
  // cites, stamped per lookup.
  const homeMark = new Int32Array(kb.entries.length);
  let homeStamp = 0;
  const candidateMark = new Int32Array(kb.entries.length);
  let candidateStamp = 0;

  /**
   * Each pending hit's predecessor, when that is the rule in force on the day, goes just
   * above it: raised if it ranked lower, added if it was not a hit. Returns the new count.
   */
  function rankInForceAbovePending(
    pendingHits: readonly number[],
    n: number,
    pos: Int32Array,
    score: Float64Array,
    statusAt: (p: number) => { status: Status; pending: boolean },
  ): number {
    hitStampNow++;
    for (let i = 0; i < n; i++) {
      hitStamp[pos[i]!] = hitStampNow;
      hitAt[pos[i]!] = i;
    }
    for (const i of pendingHits) {
      const q = supersededAt[pos[i]!]!;
      const { status, pending } = statusAt(q);
      if (status !== 'in_force' || pending || isAdoptedAfter(q)) continue;
      const above = score[i]! * RANKING.inForceAbovePending;
      if (hitStamp[q] === hitStampNow) {
        const j = hitAt[q]!;
        if (score[j]! < above) score[j] = above;
      } else {
        hitStamp[q] = hitStampNow;
        hitAt[q] = n;
        pos[n] = q;
        score[n++] = above;
      }
    }
    return n;
  }

  // The concepts each provision is home to (glossary `entries`), once: the home of a concept
  // is home to its parts too («VTA-bedrift» lives in § 14-5, so in its bokstav c).
  const homeKey = (e: Entry) => (e.section === undefined ? `\u0001${e.id}` : `${e.source}\u0000${sectionKey(e.section)}`);
  const homeConcepts = new Map<string, string[]>();
  for (const term of kb.glossary.terms) {
    for (const id of term.entries) {
      const home = kb.entryById.get(id);
      if (home) homeConcepts.set(homeKey(home), [...(homeConcepts.get(homeKey(home)) ?? []), term.term]);
    }
  }
  // What a source is about by its name («Lov om offentlige anskaffelser» → anskaffelse): every
  // entry of it has those concepts, whether or not its own text repeats them. Word by word
  // too: the whole name is the act's own concept (LOA); its words say what it is about.
  // Worked out for a source when a hit of it first lacks a concept (a cold start pays nothing).
  const sourceConceptsAt: (Set<string> | undefined)[] = new Array(sourceIds.length);
  const sourceConcepts = (i: number): Set<string> => {
    let named = sourceConceptsAt[i];
    if (!named) {
      const src = kb.sources.get(sourceIds[i]!)!;
      const name = `${src.name} \n ${src.name_en ?? ''}`;
      sourceConceptsAt[i] = named = new Set([...analyzer.concepts(name), ...words(name).flatMap((w) => analyzer.concepts(w))]);
    }
    return named;
  };
  // The concepts each entry is home to, by position, for the few entries that are one.
  const provisionHomes: (string[] | undefined)[] = kb.entries.map((e) => homeConcepts.get(homeKey(e)));
  // Only the hits shown are asked which concepts they miss, so the entry's own concepts are
  // worked out for them alone, and remembered per entry.
  const conceptsOfEntry = new Map<string, Set<string>>();
  const missedConcepts = (asked: string[], entry: Entry): string[] => {
    let own = conceptsOfEntry.get(entry.id);
    if (!own) {
      own = new Set(analyzer.concepts([entry.title, entry.keywords.join(' · '), entry.summary, entry.summary_en ?? ''].join(' \n ')));
      for (const term of homeConcepts.get(homeKey(entry)) ?? []) own.add(term);
      if (conceptsOfEntry.size >= 10_000) conceptsOfEntry.clear();
      conceptsOfEntry.set(entry.id, own);
    }
    return asked.filter((c) => !own.has(c));
  };

  return function lookup(query, options = {}) {
    const asOf = options.asOf ?? todayIso();
    const top = options.top ?? 5;
    const offset = options.offset ?? 0;
    const smallTalk = classifySmallTalk(query);
    if (smallTalk) return { query, asOf, citation: null, hits: [], total: 0, suggestions: DEFAULT_TOPICS.slice(), smallTalk };
    const queryWords = new Set(words(query));
    const wantsProposal = [...queryWords].some((w) => PROPOSAL_WORDS.has(w)) || /\b14\s?a\b/i.test(query);
    const wantsHistory = [...queryWords].some((w) => HISTORY_WORDS.has(w));
    const wantsBackground = [...queryWords].some((w) => BACKGROUND_WORDS.has(w));
    const weightOf = (status: Status, pending: boolean) => {
      if (status === 'background' && wantsBackground) return RANKING.askedForBackground;
      if (status === 'proposed' && wantsProposal) return 1.05;
      if (status === 'historical' && wantsHistory) return 0.95;
      return RANKING.statusWeight[status] * (pending ? RANKING.pendingWeight : 1);
    };
    // Called only for the page, once `questionConcepts` below is known.
    const makeHit = (entry: Entry, score: number, cited: boolean, folded: Entry[] = []): LookupHit => {
      const source = sourceOf(entry);
      const { status, pending } = statusOn(entry, asOf);
      const conceptsMissed = questionConcepts.length ? missedConcepts(questionConcepts, entry) : [];
      return { entry, source, citation: formatCitation(entry, source), url: entryUrl(entry, source), status, pending, score, cited, folded, conceptsMissed };
    };

    const citation = parseCitation(query);

    // Full-text search on what is left of the question once the citation and the
    // question's framing («Vil statsråden …», «Hva sier reglene om …») are taken out.
    const rest = citation ? citationText(query).replace(citation.matched, ' ') : query;
    const searched = stripBoilerplate(rest, analyzer.inPhrase(rest));
    const queryTerms = index.queryTerms(searched);
    // Relevant hits are ranked as columns, entry position and score, with no object per hit
    // (thousands at 100×); citation and link are made only for the page shown.
    // Unordered: lookup weighs every score again and orders only what it shows.
    const found = index.searchColumns?.(searched, { ordered: false }) ?? hitColumns(index.search(searched));
    const isRelevant = createRelevanceGate(queryTerms, found, kb.entries.length);
    const statusAt = statusesOn(asOf);
    adoptionDates.forEach((date, k) => (adoptedLater[k] = date > asOf ? 1 : 0));
    const pos = hitPos;
    const score = hitScore;
    let n = 0;
    let pendingHits: number[] | undefined;
    const questionConcepts = analyzer.concepts(rest);
    // A question about a scheme the knowledge names only in passing (lønnstilskudd,
    // dagpenger), with nothing else of the domain in it but what is asked (who, how long):
    // not covered, whatever words of it the knowledge happens to use («Hvem kan få varig
    // lønnstilskudd?» is not a question about VTA's personkrets).
    const aboutOutside =
      questionConcepts.some((t) => glossaryTerm.get(t)?.scope === 'outside') &&
      !questionConcepts.some((t) => {
        const g = glossaryTerm.get(t)!;
        return g.scope === undefined && (g.entries.length > 0 || isRelevant.specific.has(g.concept));
      });
    // Home entries of the concepts asked about; a home of one concept that lies in the
    // chapter another asked concept owns («personkrets» + «VTA» → § 14-3) is where the two
    // meet, and is boosted once more, above the home of either alone (§ 14-1, § 13-3).
    const homeOf = new Map<number, string[]>();
    for (const term of questionConcepts) {
      for (const id of entriesOfTerm.get(term) ?? []) {
        const p = positionOf.get(id);
        if (p !== undefined) homeOf.set(p, [...(homeOf.get(p) ?? []), term]);
      }
    }
    const ownerOf = new Map<string, string[]>();
    for (const term of questionConcepts) {
      const c = ownedChapter.get(term);
      if (c !== undefined) ownerOf.set(c, [...(ownerOf.get(c) ?? []), term]);
    }
    const homeNow = homeOf.size ? ++homeStamp : -1;
    for (const p of homeOf.keys()) homeMark[p] = homeNow;
    const askedOwned = new Set(questionConcepts.map((t) => ownedIds.get(ownedChapter.get(t) ?? '')).filter((c) => c !== undefined));
    let demote: Uint8Array | undefined;
    if (askedOwned.size) {
      const askedSources = new Set([...askedOwned].map((c) => ownedSource[c]));
      // Owned chapters of the sources asked about, other than the ones asked: demoted.
      demote = new Uint8Array(ownedSource.length);
      ownedSource.forEach((src, c) => (demote![c] = !askedOwned.has(c) && askedSources.has(src) ? 1 : 0));
    }
    // One pass over the hits (thousands at 100×): relevant and adopted on the date, weighed
    // by status, then boosted as a concept's home and demoted as another measure's chapter.
    for (let i = 0; aboutOutside ? false : i < found.count; i++) {
      if (!isRelevant(i)) continue;
      const p = found.doc[i]!;
      if (isAdoptedAfter(p)) continue;
      const { status, pending } = statusAt(p);
      if (pending && supersededAt[p]! >= 0) (pendingHits ??= []).push(n);
      let s = found.score[i]! * weightOf(status, pending) * (hasSection[p] ? 1 : RANKING.noSectionWeight);
      if (homeMark[p] === homeNow) {
        const homes = homeOf.get(p)!;
        s *= RANKING.glossaryEntryBoost;
        const chapter = chapterOf(kb.entries[p]!);
        const owners = chapter === undefined ? undefined : ownerOf.get(chapter);
        if (owners?.some((o) => homes.some((h) => h !== o))) s *= RANKING.glossaryEntryBoost;
      }
      if (demote) {
        const c = entryOwned[p]!;
        if (c >= 0 && demote[c]) s *= RANKING.otherMeasureWeight;
      }
      // Reports and evaluations use their own words and already weigh less; not asked for,
      // they are left as they are (relevance.ts missed()).
      const missed = status === 'background' && !wantsBackground ? NO_CONCEPTS : isRelevant.missed(i);
      if (missed.length) {
        // The home of a provision is home to its parts («AMB» lives in § 14-5, so in its bokstav c).
        const homes = provisionHomes[p];
        const named = sourceConcepts(sourceAt[p]!);
        for (const c of missed) if (!homes?.includes(conceptName[c]!) && !named.has(conceptName[c]!)) s *= RANKING.conceptMissedWeight;
      }
      pos[n] = p;
      score[n++] = s;
    }

    if (pendingHits) n = rankInForceAbovePending(pendingHits, n, pos, score, statusAt);

    // A chapter named inside a longer question ("medfinansiering etter nytt kapittel 14 A")
    // narrows the topic rather than asking for the chapter's table of contents.
    const chapterAsContext = Boolean(citation?.chapter) && queryTerms.some((t) => !t.startsWith('~'));
    // The entries the citation names, and their text scores to order them by the question's other words.
    const inChapter = citation?.chapter ? (byChapter.get(`${citation.chapter}-`) ?? []) : [];
    const candidates = (!citation || chapterAsContext ? [] : citation.chapter ? inChapter.map((i) => kb.entries[i]!) : (bySection.get(citation.section) ?? [])).filter(
      (e) => existsOn(e, asOf),
    );
    const textScore = new Map<string, number>();
    if (candidates.length) {
      const candidateNow = ++candidateStamp;
      for (const e of candidates) candidateMark[positionOf.get(e.id)!] = candidateNow;
      for (let i = 0; i < n; i++) if (candidateMark[pos[i]!] === candidateNow && score[i]! > 0) textScore.set(kb.entries[pos[i]!]!.id, score[i]!);
    }
    const citedHits = !citation || chapterAsContext
      ? []
      : citation.chapter
        ? chapterEntries(citation, candidates, asOf, textScore)
        : citedEntries(citation, candidates, asOf, textScore);
    if (chapterAsContext) {
      // Boost hits in the chapter (of the instrument named, if any) and hits from that instrument.
      const source = citation!.sourceId === undefined ? undefined : sourceIds.indexOf(citation!.sourceId);
      const boosted = new Uint8Array(kb.entries.length);
      for (const i of inChapter) if (source === undefined || sourceAt[i] === source) boosted[i] = 1;
      for (let i = 0; i < n; i++) if (boosted[pos[i]!] || sourceAt[pos[i]!] === source) score[i]! *= RANKING.chapterContextBoost;
    }
    // Cited entries come first, so they leave the text hits.
    const citedIds = new Set(citedHits.map((e) => positionOf.get(e.id)));
    if (citedIds.size) {
      let kept = 0;
      for (let i = 0; i < n; i++) {
        if (citedIds.has(pos[i]!)) continue;
        pos[kept] = pos[i]!;
        score[kept++] = score[i]!;
      }
      n = kept;
    }
    // Only the text hits up to the end of the page are put in order (at least the best, for topText).
    const byScoreThenId = (a: number, b: number) => score[b]! - score[a]! || idRank[pos[a]!]! - idRank[pos[b]!]!;
    // Entries of the same provision are folded into one hit (fold.ts): a few more than a
    // page are put in order; when folding leaves the page short, the rest come one at a
    // time from a heap (inOrder) until it is full, never a sort of every hit.
    const wanted = Math.max(1, offset + top - citedHits.length);
    const toRanked = (i: number): Ranked & { p: number } => ({ entry: kb.entries[pos[i]!]!, score: score[i]!, cited: false, p: pos[i]! });
    const byProvision = (r: { p: number }) => provisionAt[r.p];
    const window = Math.min(n, Math.max(64, wanted * 3 + 8));
    let firstText = foldSameProvision(firstInOrder(n, window, byScoreThenId).map(toRanked), byProvision);
    if (firstText.length < wanted && window < n) {
      const { kept, folded } = foldFirst(
        { count: n, pos, entries: kb.entries, compare: byScoreThenId, provisionAt, partAt, parts: parts.count },
        wanted,
      );
      firstText = kept.map((i, k) => ({ ...toRanked(i), folded: folded[k]! }));
    }

    const topText = firstText[0]?.score ?? 1;
    const cited = citedHits.map((entry, i) => ({ entry, score: topText + 1000 - i, cited: true, folded: [] as Entry[] }));
    stamp++;
    let answers = 0;
    for (let i = 0; i < n; i++) {
      const id = provisionAt[pos[i]!]!;
      if (seenProvision[id] !== stamp) {
        seenProvision[id] = stamp;
        answers++;
      }
    }
    const total = cited.length + answers;
    const suggestions = total === 0 ? suggest(query, suggestionTopics) : [];
    const hits = [...cited, ...firstText].slice(offset, offset + top).map((h) => makeHit(h.entry, h.score, h.cited, h.folded));
    if (aboutOutside && total === 0) {
      const outside = questionConcepts.filter((t) => glossaryTerm.get(t)?.scope === 'outside');
      return { query, asOf, citation, hits, total, suggestions, outside };
    }
    return { query, asOf, citation, hits, total, suggestions };
  };
}

/** A hit of the page before it is dressed with citation and link. */
type Ranked = Pick<LookupHit, 'entry' | 'score' | 'cited'>;

/**
 * Order entries of a cited section or chapter. First by how well they fit the citation
 * (the ledd and bokstav asked for; the version valid on the date). Then, when the
 * question has words besides the citation ("§ 14-5 utbytte"), by how well they match
 * those words; otherwise the whole section before its parts, in section order.
 */
function orderCited(entries: Entry[], tier: (e: Entry) => number, textScore: Map<string, number>): Entry[] {
  const anyText = entries.some((e) => textScore.has(e.id));
  const structure = (e: Entry) => (e.ledd === undefined ? 0 : 2) + (e.bokstav === undefined ? 0 : 1);
  const number = (e: Entry) => Number(sectionKey(e.section ?? '').replace(/^[^-]*-/, '').replace(/\D.*$/, '')) || 0;
  // Sort keys worked out once per entry, not once per comparison (a large corpus cites hundreds).
  const keyed = entries.map((e) => ({ e, tier: tier(e), text: anyText ? (textScore.get(e.id) ?? 0) : 0, number: number(e), structure: structure(e) }));
  return keyed
    .sort((a, b) => a.tier - b.tier || b.text - a.text || a.number - b.number || a.structure - b.structure || (a.e.id < b.e.id ? -1 : 1))
    .map((k) => k.e);
}

function timeTier(e: Entry, asOf: string): number {
  const { status, pending } = statusOn(e, asOf);
  return status === 'historical' ? 6 : pending ? 5 : 0;
}

/** Entries of the cited section: the ledd and bokstav asked for first, current versions before others. */
function citedEntries(c: CitationQuery, candidates: Entry[], asOf: string, textScore: Map<string, number>): Entry[] {
  const matching = candidates.filter((e) => !c.sourceId || e.source === c.sourceId);
  const tier = (e: Entry): number => {
    let t = timeTier(e, asOf);
    if (c.ledd !== undefined) t += e.ledd === c.ledd ? 0 : e.ledd === undefined ? 1 : 3;
    if (c.bokstav !== undefined) t += e.bokstav === c.bokstav ? 0 : e.bokstav === undefined ? 1 : 3;
    // "§ 14-2" asks for the provision; the proposal to amend it comes after.
    if (e.status === 'proposed' && !c.section.includes('a-')) t += 7;
    return t;
  };
  return orderCited(matching, tier, textScore);
}

/** Entries of a cited chapter ("kapittel 14 A"). */
function chapterEntries(c: CitationQuery, entries: Entry[], asOf: string, textScore: Map<string, number>): Entry[] {
  const prefix = `${c.chapter}-`;
  const inChapter = entries.filter(
    (e) => e.section && sectionKey(e.section).startsWith(prefix) && (!c.sourceId || e.source === c.sourceId),
  );
  return orderCited(inChapter, (e) => timeTier(e, asOf), textScore);
}

/** Topics offered when nothing matches, after any near the question; the help offers the same. */
export const DEFAULT_TOPICS = ['utbytte', 'reservert kontrakt', 'utvidet egenregi', 'kommunal medfinansiering', 'AFT varighet', 'terskelverdier'];

function suggest(query: string, topics: string[]): string[] {
  const qs = words(query);
  const near = topics.filter((t) => {
    const tw = words(t)[0] ?? '';
    return qs.some((w) => w.length >= 4 && tw.length >= 4 && (tw.startsWith(w.slice(0, 4)) || w.startsWith(tw.slice(0, 4))));
  });
  return [...new Set([...near, ...DEFAULT_TOPICS])].slice(0, 6);
}

/** Each entry's key as a small number, equal keys sharing one; an entry without a key has its own. */
function numberEntries(entries: readonly Entry[], keyOf: (e: Entry) => string | undefined): { at: Int32Array; count: number } {
  const ids = new Map<string, number>();
  const at = Int32Array.from(entries, (e) => {
    const key = keyOf(e) ?? `\u0001${e.id}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  });
  return { at, count: ids.size };
}
