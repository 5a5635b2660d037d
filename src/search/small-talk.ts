/**
 * Small talk: greetings, thanks and requests for help, recognised without a model so the
 * reply layer can answer «Hei! Spør meg for eksempel …» instead of «Fant ingenting».
 *
 * A message is small talk only when nothing but small talk is in it: «hei» is, «hei, kan
 * vi betale utbytte?» is a question (the greeting is dropped with the rest of the
 * question's framing, boilerplate.ts). Typos of one letter in words of four letters or
 * more are forgiven («takkk», «hjlep»); shorter words must be exact (a drawn-out last letter
 * aside: «heiii»), since «hi» or «ty» one letter off is another word.
 */
import { normalize } from './analyzer.ts';
import { boundedEditDistance } from './edit-distance.ts';

export type SmallTalk = 'greeting' | 'thanks' | 'help';

/** Phrases by kind, as words. Filler words («så», «mye», «for») may surround them. */
const PHRASES: Record<SmallTalk, string[]> = {
  greeting: [
    'hei', 'hei hei', 'heisann', 'hallo', 'halla', 'heia', 'hoi', 'morn', 'god morgen', 'god dag', 'god kveld', 'god ettermiddag',
    'god morgon', 'god kveld', 'hi', 'hello', 'hey', 'good morning', 'good afternoon', 'good evening', 'hi there', 'hello there',
  ],
  thanks: [
    'takk', 'tusen takk', 'mange takk', 'takk skal du ha', 'takker', 'takk for hjelpen', 'takk for svaret', 'tusen hjertelig takk',
    'takk takk', 'thanks', 'thank you', 'thank you very much', 'thanks a lot', 'many thanks', 'cheers', 'ty', 'tack',
  ],
  help: [
    'hjelp', 'help', 'hjelpe', 'hjelpa', 'hva kan du', 'kva kan du', 'hva kan du gjøre', 'kva kan du gjere', 'hva kan jeg spørre om',
    'kva kan eg spørje om', 'what can you do', 'how does this work', 'hvordan virker dette', 'hvordan fungerer dette', 'hjelp meg',
    'help me', 'meny', 'menu',
  ],
};

/** Words that may come with small talk without making it a question. */
const FILLER = new Set(['så', 'sa', 'mye', 'for', 'deg', 'dere', 'du', 'og', 'bot', 'botten', 'alle', 'igjen', 'so', 'much', 'very', 'a', 'lot', 'again', 'all', 'everyone', 'there']);

const MAX_LENGTH = 80;

const phraseIndex: { kind: SmallTalk; words: string[] }[] = (Object.keys(PHRASES) as SmallTalk[]).flatMap((kind) =>
  PHRASES[kind].map((p) => ({ kind, words: wordsOf(p) })),
);

function wordsOf(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Exact; or a drawn-out last letter («heiii», «takkk»); or, in words of four letters or more, one typo. */
const sameWord = (typed: string, known: string): boolean =>
  typed === known ||
  (typed.startsWith(known) && [...typed.slice(known.length)].every((c) => c === known.at(-1))) ||
  (known.length >= 4 && typed.length >= 4 && boundedEditDistance(typed, known, 1) <= 1);

/**
 * What kind of small talk a message is, or null when it is (or contains) a question.
 * Combinations count as the last kind said: «hei, takk» is thanks, «hei! hjelp» is help.
 */
export function classifySmallTalk(message: string): SmallTalk | null {
  if (message.length > MAX_LENGTH) return null;
  const trimmed = message.trim();
  if (/^\?+$/.test(trimmed)) return 'help';
  const ws = wordsOf(trimmed);
  let kind: SmallTalk | null = null;
  for (let at = 0; at < ws.length; ) {
    // Longest phrase first, so «tusen takk» is one phrase and not «tusen» + ?.
    let best: { kind: SmallTalk; length: number } | null = null;
    for (const p of phraseIndex) {
      if (at + p.words.length > ws.length || (best && p.words.length <= best.length)) continue;
      if (p.words.every((w, i) => sameWord(ws[at + i]!, w))) best = { kind: p.kind, length: p.words.length };
    }
    if (best) {
      kind = best.kind;
      at += best.length;
    } else if (FILLER.has(ws[at]!)) at++;
    else return null;
  }
  return kind;
}
