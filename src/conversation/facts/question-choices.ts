/**
 * Values of the checks' choice facts named in a question, by the check files' own names
 * (`value_aliases`): «kommune», «fylkeskommunen», «varer og tjenester», «ideell organisasjon»,
 * "goods and services", "non-profit". A name counts only where it names the value: not
 * negated («vi er ikke en ideell organisasjon»), not an attribute of something else
 * («statlig tilskudd», "state aid", «kommunalt eid»), not the owner or the seller («eid av
 * kommunen», «kjøpe fra kommunen»). The longest name wins its words, so "health and social
 * services" is not also "services"; two values of one fact named leave it unknown.
 */
import type { CheckSpec, Facts } from '../check-port.ts';
import { fold, negatedBefore, wordsOf } from './question-text.ts';

/** Value names too common to mean the value on their own in a sentence («offentlig oppdragsgiver» is not a buyer type). */
const TOO_COMMON = new Set(['annen', 'annet', 'offentlig', 'ordinær', 'ordinaer', 'ordinary', 'as', 'kf', 'ny', 'form', 'private', 'privat']);

/** A word after the name that makes the name an attribute: «statlig tilskudd», "state aid", «kommunalt eid AS». */
const ATTRIBUTE_OF = new Set(['aid', 'støtte', 'støtta', 'tilskudd', 'tilskuddet', 'tilskot', 'tilskotet', 'grant', 'grants', 'funding', 'eid', 'eide', 'eigd', 'eigde', 'eies', 'owned', 'foretak', 'føretak', 'selskap', 'aksjeselskap', 'company', 'enterprise', 'regler', 'reglene', 'rules', 'law']);
/** Words before the name that make it the owner, the seller or a verb: «eid av kommunen», «fra staten», "must state". */
const NOT_THE_VALUE_AFTER = new Set(['av', 'by', 'fra', 'frå', 'from', 'must', 'to', 'should', 'shall', 'will', 'would', 'can', 'may', 'we', 'you', 'they']);

interface Name {
  fact: string;
  value: string;
  words: string[];
}

/** Per check (its spec lives as long as its knowledge snapshot): the names are the same for every question. */
const namesByCheck = new WeakMap<CheckSpec, readonly Name[]>();

function namesOf(check: CheckSpec): readonly Name[] {
  let names = namesByCheck.get(check);
  if (!names) namesByCheck.set(check, (names = buildNames(check)));
  return names;
}

function buildNames(check: CheckSpec): Name[] {
  const names: Name[] = [];
  for (const f of check.facts) {
    if (f.type !== 'enum' || !f.values) continue;
    for (const v of f.values) {
      for (const n of [v.value, v.label, ...(v.aliases ?? [])].map(fold)) {
        if (n.length >= 3 && !TOO_COMMON.has(n)) names.push({ fact: f.name, value: v.value, words: n.split(' ') });
      }
    }
  }
  // Longest first: "health and social services" takes its words before "services" can.
  return names.sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
}

export function statedChoices(check: CheckSpec, question: string): Facts {
  const words = wordsOf(question);
  const taken = new Array<boolean>(words.length).fill(false);
  const found = new Map<string, Set<string>>();
  for (const name of namesOf(check)) {
    for (let i = 0; i + name.words.length <= words.length; i++) {
      if (!name.words.every((w, j) => words[i + j] === w)) continue;
      const span = name.words.map((_, j) => i + j);
      if (span.some((j) => taken[j])) continue;
      for (const j of span) taken[j] = true;
      const after = words[i + name.words.length];
      const before = words[i - 1];
      if (negatedBefore(words, i) || (after && ATTRIBUTE_OF.has(after)) || (before && NOT_THE_VALUE_AFTER.has(before))) continue;
      found.set(name.fact, (found.get(name.fact) ?? new Set()).add(name.value));
    }
  }
  const facts: Facts = {};
  // Two values of the same fact named («kommune eller stat»): the question does not say which.
  for (const [fact, values] of found) if (values.size === 1) facts[fact] = [...values][0]!;
  return facts;
}
