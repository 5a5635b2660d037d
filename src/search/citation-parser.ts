/**
 * Recognise a legal citation inside a question: "§ 14-5", "14-5 annet ledd",
 * "14 A-8", "foa 8-8", "loa § 5", "FOR-2016-08-12-974 § 3-1", "prinsipputtalelsen 2.4",
 * "tiltaksforskriften § 14-5 (2) bokstav c". The tokenizer of the full-text index
 * would shred these ("14-5" → "14", "5"), so they get their own path.
 */
import { normalize } from './analyzer.ts';

export interface CitationQuery {
  /** Source id when the question names the instrument. */
  sourceId?: string;
  /** Normalised section key: "14-5", "14a-8", "8-8", "2.4", "5"; empty for a whole chapter. */
  section: string;
  /** Normalised chapter key when a whole chapter is cited: "13", "14a". */
  chapter?: string;
  ledd?: number;
  bokstav?: string;
  /** The text that was recognised, so the rest of the question can still be searched. */
  matched: string;
}

export interface SourceRef {
  id: string;
  lovdataId?: string;
  names: string[];
}

const ORDINALS: Record<string, number> = {
  første: 1, forste: 1, fyrste: 1, '1.': 1, '1': 1,
  annet: 2, andre: 2, anna: 2, '2.': 2, '2': 2,
  tredje: 3, '3.': 3, '3': 3,
  fjerde: 4, '4.': 4, '4': 4,
  femte: 5, '5.': 5, '5': 5,
  sjette: 6, '6.': 6, '6': 6,
};

/** Section keys compare without spaces and case: "14 A-8" ≡ "14a-8" ≡ "14A-8". */
export function sectionKey(section: string): string {
  return normalize(section).replace(/\s+/g, '');
}

/**
 * The text a citation is matched in. Runs of white space are folded first: the patterns
 * allow optional spaces in several places, and long runs of them made matching quadratic.
 */
export function citationText(question: string): string {
  return normalize(question).replace(/\s+/g, ' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createCitationParser(sources: SourceRef[]) {
  const nameToId = new Map<string, string>();
  for (const s of sources) {
    for (const n of [s.id, ...s.names]) nameToId.set(normalize(n), s.id);
    if (s.lovdataId) nameToId.set(normalize(s.lovdataId), s.id);
  }
  const names = [...nameToId.keys()].sort((a, b) => b.length - a.length).map(escape);
  const sourceAlt = names.length ? `(?<source>${names.join('|')})` : '(?<source>(?!))';

  const paragraph = String.raw`(?<para>\d{1,3}\s?[a-z]?\s?-\s?\d{1,3}[a-z]?)`;
  const point = String.raw`(?<point>\d{1,2}(?:\.\d{1,2}){1,2})`;
  const single = String.raw`(?<single>\d{1,3}[a-z]?)`;
  const ledd = String.raw`(?:\s*,?\s*(?:(?<leddWord>første|forste|fyrste|annet|andre|anna|tredje|fjerde|femte|sjette|[1-6]\.)\s*ledd|\((?<leddNum>[1-6])\)))?`;
  const bokstav = String.raw`(?:\s*,?\s*(?:bokstav|bokst\.?|litra|letter)\s*(?<bokstav>[a-zæøå])\b)?`;

  // 1. "<source> [§|punkt|kap.|art.] <section>" — a named instrument.
  const withSource = new RegExp(
    String.raw`(?<![\p{L}\d])${sourceAlt}\s*(?:§+|punkt|pkt\.?|kap\.?|kapittel|art\.?|artikkel)?\s*(?:${paragraph}|${point}|${single})(?![\d-])${ledd}${bokstav}`,
    'u',
  );
  // 2. "§ <section>" or a bare "14-5" / "14 A-8" without instrument.
  const bare = new RegExp(String.raw`(?:§+\s*|(?<![\p{L}\d.-]))(?:${paragraph}|(?<=§\s*)${single})(?![\d-])${ledd}${bokstav}`, 'u');

  // 3. "kapittel 14 A", "kap. 13", "chapter 14 A" — a whole chapter of a regulation.
  const chapter = new RegExp(String.raw`(?<![\p{L}\d])(?:${sourceAlt}\s*)?(?:kapittel|kapitel|kap\.?|chapter|ch\.)\s*(?<chapter>\d{1,2})(?:\s?(?<letter>[a-z]))?(?![\p{L}\d.-])`, 'u');

  return function parseCitation(question: string): CitationQuery | null {
    const text = citationText(question);
    const m = withSource.exec(text) ?? bare.exec(text);
    if (!m) {
      const c = chapter.exec(text);
      if (!c?.groups?.chapter) return null;
      return {
        sourceId: c.groups.source ? nameToId.get(c.groups.source) : undefined,
        section: '',
        chapter: `${c.groups.chapter}${c.groups.letter ?? ''}`,
        matched: c[0],
      };
    }
    if (!m.groups) return null;
    const g = m.groups;
    const raw = g.para ?? g.point ?? g.single;
    if (!raw) return null;
    const leddText = g.leddWord ?? g.leddNum;
    return {
      sourceId: g.source ? nameToId.get(g.source) : undefined,
      section: sectionKey(raw),
      ledd: leddText ? ORDINALS[leddText] : undefined,
      bokstav: g.bokstav,
      matched: m[0],
    };
  };
}
