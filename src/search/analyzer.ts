/**
 * Norwegian-aware text analysis shared by indexing and querying, so both sides
 * always produce the same terms.
 *
 * - Lowercase + NFC; accents other than æ, ø, å are folded (é → e), because æ/ø/å
 *   carry meaning (for → før) and must never be folded away.
 * - Tokens keep inner hyphens ("vta-o", "14-5") and also emit their parts.
 * - Stop words are dropped before stemming (Snowball turns "varig" into the stop word "var").
 * - Protected terms (abbreviations, "varig") are neither dropped nor stemmed.
 * - Glossary variants, including multi-word ones, add a shared concept term "~<id>",
 *   so "utbyte", "dividend" and "utbytte" all meet on the same term.
 */
import { createBoundedCache } from '../runtime/bounded-cache.ts';
import { stemmer } from '@orama/stemmers/norwegian';
import type { Glossary } from '../knowledge/schema.ts';
import { boundedEditDistance } from './edit-distance.ts';

const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * Text of ASCII, æ, ø, å and the punctuation Norwegian text uses («», §, dashes, quotes,
 * …): folding leaves each of these characters as it is, and the only letters and digits
 * among them are a–z, 0–9, æ, ø, å. Most text is like this, and is then neither folded
 * character by character nor split with the Unicode-class TOKEN (several times slower).
 */
const PLAIN_TEXT = /^[\u0000-\u007fæøå«»§–—‘’“”…°·•€\u00a0]*$/;
const PLAIN_TOKEN = /[a-z0-9æøå]+(?:-[a-z0-9æøå]+)*/g;

export function normalize(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  if (PLAIN_TEXT.test(lower)) return lower;
  return lower.replace(/[^\u0000-\u007f]/g, (ch) => (/[æøå]/.test(ch) ? ch : ch.normalize('NFD').replace(/\p{M}/gu, '')));
}

/** Words as typed: lowercase, normalised, hyphenated compounds kept whole. */
export function words(text: string): string[] {
  const normal = normalize(text);
  return (PLAIN_TEXT.test(normal) ? normal.match(PLAIN_TOKEN) : normal.match(TOKEN)) ?? [];
}

export interface Analyzer {
  /** Terms to index. */
  terms(text: string): string[];
  /**
   * Terms to search for: the index terms, and the concepts the parts of a hyphenated
   * compound name («VTA-O-tilskuddet» → VTA-O, tilskudd). Query side only: the knowledge
   * is indexed as written, so its own compounds do not shift every entry's score.
   */
  queryTerms(text: string): string[];
  /** Concept ids (glossary terms) mentioned in the text, the parts of compounds included. */
  concepts(text: string): string[];
  /** For each word of `words(text)`, whether it is part of a multi-word glossary phrase there. */
  inPhrase(text: string): boolean[];
  isStopword(word: string): boolean;
}

function conceptTerm(index: number): string {
  return `~${index}`;
}

/**
 * The word caches live as long as the bot, and every distinct word a user types lands in
 * them; past this size they start over rather than grow without bound. The knowledge base
 * itself has a few thousand distinct words, the 100× benchmark corpus about as many.
 */
const MAX_REMEMBERED_WORDS = 100_000;
/** Shortest question word checked for a one-letter typo of a glossary variant. */
const TYPO_MIN_LENGTH = 8;
/** And past this many characters of words and results: long made-up words must not fill memory either. */
const MAX_REMEMBERED_CHARS = 2_000_000;

export function createAnalyzer(glossary: Glossary): Analyzer {
  const stopwords = new Set(glossary.stopwords.map((w) => normalize(w)));
  const protectedTerms = new Set(glossary.protected_terms.map((w) => normalize(w)));
  const stems = createBoundedCache<string>({ maxEntries: MAX_REMEMBERED_WORDS, maxChars: MAX_REMEMBERED_CHARS });
  const stem = (word: string): string => {
    let s = stems.get(word);
    if (s === undefined) {
      s = protectedTerms.has(word) || /\d/.test(word) ? word : stemmer(word);
      stems.set(word, s);
    }
    return s;
  };

  const isStopword = (w: string) => stopwords.has(w) && !protectedTerms.has(w);

  // The terms of one word, remembered: a large corpus repeats the same few thousand words.
  const wordTerms = createBoundedCache<string[]>({ maxEntries: MAX_REMEMBERED_WORDS, maxChars: MAX_REMEMBERED_CHARS, charsOf: (ts) => ts.reduce((n, t) => n + t.length + 8, 0) });
  const termsOfWord = (w: string): string[] => {
    let ts = wordTerms.get(w);
    if (ts === undefined) {
      ts = [];
      const parts = w.includes('-') ? [w, ...w.split('-')] : [w];
      for (const part of parts) {
        if (!part || isStopword(part)) continue;
        // Single letters only matter as part of a compound ("vta-o", "14 a").
        if (part.length === 1 && part !== w) continue;
        ts.push(stem(part));
      }
      wordTerms.set(w, ts);
    }
    return ts;
  };

  // Glossary phrases grouped by their first word, so matching costs one map lookup per
  // word of text. A one-word variant that is also a stop word ("as" for aksjeselskap)
  // would fire on ordinary English and is left out.
  const phrasesByFirstWord = new Map<string, { words: string[]; concepts: Set<number> }[]>();
  const phraseOf = new Map<string, { words: string[]; concepts: Set<number> }>(); // by its words, joined
  glossary.terms.forEach((term, index) => {
    for (const variant of [term.term, term.expansion, ...term.variants]) {
      const ws = words(variant);
      if (ws.length === 0 || (ws.length === 1 && isStopword(ws[0]!))) continue;
      const key = ws.join(' ');
      let phrase = phraseOf.get(key);
      if (!phrase) {
        phraseOf.set(key, (phrase = { words: ws, concepts: new Set() }));
        const list = phrasesByFirstWord.get(ws[0]!);
        if (list) list.push(phrase);
        else phrasesByFirstWord.set(ws[0]!, [phrase]);
      }
      phrase.concepts.add(index);
    }
  });
  for (const list of phrasesByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  // One-word variants, for the parts of a hyphenated compound the glossary does not list:
  // «VTA-O-tilskuddet» names VTA-O and tilskudd, as «VTA-O tilskuddet» would.
  const oneWord = new Map<string, Set<number>>();
  for (const [first, list] of phrasesByFirstWord) for (const p of list) if (p.words.length === 1) oneWord.set(first, p.concepts);
  // Keyed by words users type, so bounded like the word caches above.
  const conceptCache = () => createBoundedCache<readonly number[]>({ maxEntries: MAX_REMEMBERED_WORDS, maxChars: MAX_REMEMBERED_CHARS, charsOf: (cs) => cs.length * 8 });
  const partConcepts = conceptCache();
  const conceptsOfParts = (w: string): readonly number[] => {
    let cs = partConcepts.get(w);
    if (cs === undefined) {
      const found = new Set<number>();
      const parts = w.split('-');
      // The longest run of leading parts that is a variant («vta-o»), then each later part.
      let k = parts.length - 1;
      while (k >= 1 && !oneWord.has(parts.slice(0, k).join('-'))) k--;
      for (const c of oneWord.get(parts.slice(0, Math.max(k, 1)).join('-')) ?? []) found.add(c);
      for (const part of parts.slice(Math.max(k, 1))) for (const c of oneWord.get(part) ?? []) found.add(c);
      cs = [...found];
      partConcepts.set(w, cs);
    }
    return cs;
  };

  // A misspelt one-word variant in a question («threshhold», «medfinansiernig») still names its
  // concept: one edit away, first letter kept, and only for words long enough that one edit
  // rarely turns one real word into another.
  const variantsByFirstLetter = new Map<string, string[]>();
  for (const v of oneWord.keys()) {
    if (v.length < TYPO_MIN_LENGTH - 1 || v.includes('-')) continue;
    const list = variantsByFirstLetter.get(v[0]!);
    if (list) list.push(v);
    else variantsByFirstLetter.set(v[0]!, [v]);
  }
  const typoConcepts = conceptCache();
  const conceptsOfTypo = (w: string): readonly number[] => {
    let cs = typoConcepts.get(w);
    if (cs === undefined) {
      const near = (variantsByFirstLetter.get(w[0]!) ?? []).filter((v) => boundedEditDistance(w, v, 1) <= 1);
      // Two different concepts one edit away: the word is ambiguous, so it names neither.
      const found = new Set(near.flatMap((v) => [...oneWord.get(v)!]));
      cs = near.length > 0 && new Set(near.map((v) => [...oneWord.get(v)!].join())).size === 1 ? [...found] : [];
      typoConcepts.set(w, cs);
    }
    return cs;
  };

  // A question may misspell one word of a multi-word variant too («EU threshhold values»):
  // the same rule as for one-word variants (one edit, first letter kept, long words only),
  // at most one such word per phrase, and on the question side only.
  const typoOf = (typed: string, word: string): boolean =>
    typed.length >= TYPO_MIN_LENGTH - 1 && word.length >= TYPO_MIN_LENGTH - 1 && typed[0] === word[0] && typed !== word && boundedEditDistance(typed, word, 1) <= 1;
  // First words of multi-word variants, by first letter, for a misspelt first word.
  const phraseFirstByLetter = new Map<string, string[]>();
  for (const [first, list] of phrasesByFirstWord) {
    if (first.length < TYPO_MIN_LENGTH - 1 || !list.some((p) => p.words.length > 1)) continue;
    const l = phraseFirstByLetter.get(first[0]!);
    if (l) l.push(first);
    else phraseFirstByLetter.set(first[0]!, [first]);
  }
  const firstWordTypos = createBoundedCache<string>({ maxEntries: MAX_REMEMBERED_WORDS, maxChars: MAX_REMEMBERED_CHARS });
  /** The one first word of a multi-word variant one edit from `w` ('' when none, or more than one). */
  const phraseFirstOfTypo = (w: string): string => {
    let first = firstWordTypos.get(w);
    if (first === undefined) {
      const near = (phraseFirstByLetter.get(w[0]!) ?? []).filter((f) => typoOf(w, f));
      first = near.length === 1 ? near[0]! : '';
      firstWordTypos.set(w, first);
    }
    return first;
  };

  // Longest match first, so "disability benefit" signals uføretrygd and not also "disability".
  // Every word of every indexed text passes here: plain loops, nothing allocated per word.
  const conceptIndexes = (ws: string[], inPhrase?: boolean[], compounds = false): Set<number> => {
    const found = new Set<number>();
    for (let i = 0; i < ws.length; ) {
      let step = 1;
      const w = ws[i]!;
      let phrases = phrasesByFirstWord.get(w);
      // Query side: a misspelt first word of a multi-word variant uses up the one typo.
      let firstTypo = false;
      if (phrases === undefined && compounds && w.length >= TYPO_MIN_LENGTH - 1) {
        const first = phraseFirstOfTypo(w);
        if (first) {
          phrases = phrasesByFirstWord.get(first);
          firstTypo = true;
        }
      }
      if (phrases !== undefined) {
        for (let p = 0; p < phrases.length; p++) {
          const phrase = phrases[p]!;
          const pw = phrase.words;
          if (firstTypo && pw.length === 1) continue;
          let k = 1; // pw[0] is w
          let typo = firstTypo;
          while (k < pw.length) {
            const typed = ws[i + k];
            if (typed === pw[k]) k++;
            else if (compounds && !typo && typed !== undefined && typoOf(typed, pw[k]!)) {
              typo = true;
              k++;
            } else break;
          }
          if (k < pw.length) continue;
          for (const c of phrase.concepts) found.add(c);
          step = pw.length;
          if (inPhrase && step > 1) for (let j = 0; j < step; j++) inPhrase[i + j] = true;
          break;
        }
      }
      if (compounds && step === 1 && !oneWord.has(w)) {
        if (w.includes('-')) for (const c of conceptsOfParts(w)) found.add(c);
        else if (w.length >= TYPO_MIN_LENGTH && (phrases === undefined || firstTypo)) for (const c of conceptsOfTypo(w)) found.add(c);
      }
      i += step;
    }
    return found;
  };
  const conceptTerms = glossary.terms.map((_, index) => conceptTerm(index));

  return {
    isStopword,
    terms(text) {
      const ws = words(text);
      const out: string[] = [];
      for (let i = 0; i < ws.length; i++) {
        const ts = termsOfWord(ws[i]!);
        for (let j = 0; j < ts.length; j++) out.push(ts[j]!);
      }
      for (const c of conceptIndexes(ws)) out.push(conceptTerms[c]!);
      return out;
    },
    queryTerms(text) {
      const ws = words(text);
      const out: string[] = [];
      for (const w of ws) for (const t of termsOfWord(w)) out.push(t);
      for (const c of conceptIndexes(ws, undefined, true)) out.push(conceptTerms[c]!);
      return out;
    },
    concepts(text) {
      return [...conceptIndexes(words(text), undefined, true)].map((i) => glossary.terms[i]!.term);
    },
    inPhrase(text) {
      const ws = words(text);
      const marks = new Array<boolean>(ws.length).fill(false);
      conceptIndexes(ws, marks);
      return marks;
    },
  };
}
