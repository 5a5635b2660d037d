/**
 * Sums and shares stated in a question, in bokmål, nynorsk or English: «verdt 1,5 millioner»,
 * «1,5 millionar», "NOK 1.5 million", "2 million kroner", "NOK 600,000"; «35 %», «35,5 prosent»,
 * "40 per cent". A figure that is only a bound («under 500 000 kr», «minst 30 %») is not read,
 * and two different sums leave the value unknown: which one is the contract's is not said.
 */
import type { CheckSpec, FactSpec } from '../check-port.ts';
import { clauseAround, fold, isBound, negatedBefore, wholeWords as cue, wordsOf } from './question-text.ts';

const NUMBER = String.raw`(\d{1,3}(?:[  .,]\d{3})+|\d+(?:[.,]\d+)?)`;
const SCALE = String.raw`milliarder|milliardar|milliard|mrd|millioner|millionar|millions|million|mill\.?|mnok|kroner|kronor|kr\.?|nok|,-`;
/** A number with its unit after it («600 000 kr», «1,5 millionar», "2 million"). */
const MONEY_AFTER = new RegExp(`${NUMBER}\\s*(${SCALE})(?![\\p{L}])`, 'giu');
/** The currency before the number ("NOK 1.5 million", «kr 600 000,-»), with an optional scale after. */
const MONEY_BEFORE = new RegExp(`(?<![\\p{L}])(?:nok|kr\\.?)\\s*${NUMBER}(?:\\s*(milliarder|milliardar|milliard|mrd|millioner|millionar|millions|million|mill\\.?))?(?![\\p{L}\\d])`, 'giu');
const PERCENT = /(\d+(?:[.,]\d+)?)\s*(%|prosent|percent|per cent|pct\.?)(?![\p{L}])/giu;

export interface Found {
  /** The figure as the one-line parser reads it: "1500000", "1,5mill", "35,5". */
  raw: string;
  at: number;
  end: number;
}

/** The sum of money a question states, as text for the fact parser, or null when none or several differ. */
export function statedSum(question: string): Found | null {
  const found: (Found & { key: string })[] = [];
  const add = (number: string, unit: string | undefined, at: number, end: number) => {
    if (isBound(question, at) || negated(question, at)) return;
    const raw = moneyText(number, unit);
    if (raw !== null) found.push({ raw, at, end, key: raw });
  };
  for (const m of question.matchAll(MONEY_BEFORE)) add(m[1]!, m[2], m.index!, m.index! + m[0].length);
  for (const m of question.matchAll(MONEY_AFTER)) {
    // "NOK 1.5 million" is found both ways; the figure before the unit is the same one.
    if (found.some((f) => m.index! >= f.at && m.index! < f.end)) continue;
    add(m[1]!, m[2], m.index!, m.index! + m[0].length);
  }
  const distinct = new Set(found.map((f) => f.key));
  return distinct.size === 1 ? found[0]! : null;
}

/**
 * The number and scale as the fact parser reads them. "600,000" (English thousands) is
 * 600 000; "1,500 millioner" could be 1,5 or 1 500 millioner, so it is not read.
 */
function moneyText(number: string, unit: string | undefined): string | null {
  const scale = scaleOf(unit ?? '');
  let n = number.replace(/[  ]/g, '');
  if (/^\d{1,3}(,\d{3})+$/.test(n)) {
    if (scale) return null;
    n = n.replace(/,/g, '');
  }
  return `${n}${scale}`;
}

/** «ikke 100 %», "not 2 million": what it is not is not what it is. */
function negated(question: string, at: number): boolean {
  const before = wordsOf(question.slice(Math.max(0, at - 40), at));
  return negatedBefore(before, before.length, 2);
}

function scaleOf(unit: string): string {
  const u = unit.toLowerCase();
  if (u.startsWith('milliard') || u === 'mrd') return 'mrd';
  if (u.startsWith('mill') || u === 'mnok') return 'mill';
  return '';
}

/** Each share the question states, with the percent fact it belongs to (when that is clear). */
export function statedShares(check: CheckSpec, question: string): { fact: FactSpec; raw: string }[] {
  const percents = check.facts.filter((f) => f.type === 'number' && (f.unit === 'percent' || f.max === 100));
  if (!percents.length) return [];
  const out: { fact: FactSpec; raw: string }[] = [];
  for (const m of question.matchAll(PERCENT)) {
    const at = m.index!;
    if (isBound(question, at) || negated(question, at) || /\d\s*[-–]\s*$/.test(question.slice(0, at))) continue;
    const fact = shareFact(percents, clauseAround(question, at, at + m[0].length));
    if (fact) out.push({ fact, raw: m[1]! });
  }
  // A fact given two different shares («40 % … 50 % …»): the question does not say which.
  return out.filter((x) => out.every((y) => y.fact !== x.fact || y.raw === x.raw)).filter((x, i, all) => all.findIndex((y) => y.fact === x.fact) === i);
}

/**
 * What a share is a share of, by the words of its clause. Ownership needs an owner named: «kommunen
 * eier 60 %» is the public share, «private eier 40 %» the private one, and «eier 100 %» with no
 * owner is neither. Facts not listed here fall back to the words of the fact's own question.
 */
const SHARE_CUES: Record<string, { cues: RegExp; owner?: 'public' | 'private' }> = {
  disadvantagedEmployeeSharePercent: { cues: cue(String.raw`ansatt\p{L}*|tilsett\p{L}*|arbeidstak\p{L}*|medarbeid\p{L}*|employ\p{L}*|staff|workforce|workers?|funksjonsh\p{L}*|funksjonsevne|vanske\p{L}*stilt\p{L}*|disab\p{L}*|disadvantag\p{L}*|handicap\p{L}*|nedsatt|nedsett`) },
  activityForControllingBuyersPercent: { cues: cue(String.raw`aktivitet\p{L}*|omsetning\p{L}*|omsetnad\p{L}*|activit\p{L}*|turnover|revenue|oppdrag\p{L}*`) },
  openMarketActivityPercent: { cues: cue(String.raw`marked\p{L}*|market\p{L}*|andre kunder|other customers|eksterne|external`) },
  publicOwnershipPercent: { cues: OWNERSHIP(), owner: 'public' },
  privateOwnershipPercent: { cues: OWNERSHIP(), owner: 'private' },
};


function OWNERSHIP(): RegExp {
  return cue(String.raw`eie\p{L}*|eid\p{L}*|eig\p{L}*|own\p{L}*|aksje\p{L}*|shares?|stake|eierandel\p{L}*|eigardel\p{L}*`);
}
const PUBLIC_OWNER = cue(String.raw`kommun\p{L}*|fylke\p{L}*|municipal\p{L}*|county|councils?|offentleg\p{L}*|offentlig\p{L}*|public`);
const PRIVATE_OWNER = cue(String.raw`privat\p{L}*|investor\p{L}*`);

function shareFact(percents: FactSpec[], clause: string): FactSpec | undefined {
  const text = clause.toLowerCase();
  const scored = percents.map((f) => ({ f, score: cueScore(f, text) }));
  const best = Math.max(...scored.map((x) => x.score));
  const top = scored.filter((x) => x.score === best);
  return best > 0 && top.length === 1 ? top[0]!.f : undefined;
}

function cueScore(f: FactSpec, text: string): number {
  const known = SHARE_CUES[f.name];
  if (!known) {
    const near = new Set(contentWords(text));
    return contentWords(`${f.question} ${(f.aliases ?? []).join(' ')}`).filter((w) => near.has(w)).length;
  }
  if (!known.owner) return known.cues.test(text) ? 1 : 0;
  if (!known.cues.test(text)) return 0;
  const isPublic = PUBLIC_OWNER.test(text);
  const isPrivate = PRIVATE_OWNER.test(text);
  // Both named in one clause («kommunen eier 60 % og private resten»): which share is whose is not read.
  if (isPublic === isPrivate) return 0;
  return (known.owner === 'public') === isPublic ? 2 : 0;
}

/** Words of five letters or more, cut to their first six letters so «ansatte»/«ansatt» meet. */
function contentWords(text: string): string[] {
  return [...new Set((fold(text).match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 6)))];
}
