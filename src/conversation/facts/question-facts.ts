/**
 * The facts a question states plainly, by the check's fact names: a sum, shares, named
 * values and yes/no statements (question-amounts, question-choices, question-statements).
 * Each is parsed with the same value parser as the one-line command, so the offered line
 * runs as typed. Where two readings of one fact disagree, the fact stays unknown.
 */
import type { CheckSpec, Facts, FactSpec } from '../check-port.ts';
import { parseFactValue } from './parse-value.ts';
import { statedShares, statedSum } from './question-amounts.ts';
import { statedChoices } from './question-choices.ts';
import { statedFacts } from './question-statements.ts';

export function readFacts(check: CheckSpec, question: string): Facts {
  const facts: Facts = {};
  const money = check.facts.find((f) => f.type === 'number' && f.unit === 'nok');
  const sum = money ? statedSum(question) : null;
  if (money && sum) setParsed(facts, money, sum.raw);
  for (const share of statedShares(check, question)) setParsed(facts, share.fact, share.raw);
  Object.assign(facts, statedChoices(check, question));
  for (const [name, value] of Object.entries(statedFacts(check, question))) {
    const spec = check.facts.find((f) => f.name === name);
    if (!spec || value === undefined) continue;
    // «kommunen eier 100 %» read as a share and as a statement agree; a stated «10 % private» and «heleid» do not.
    if (facts[name] !== undefined && facts[name] !== value) delete facts[name];
    else if (!(spec.type === 'number' && typeof value === 'number' && !inRange(spec, value))) facts[name] = value;
  }
  return facts;
}

function inRange(spec: FactSpec, value: number): boolean {
  return (spec.min === undefined || value >= spec.min) && (spec.max === undefined || value <= spec.max);
}

function setParsed(facts: Facts, spec: FactSpec, raw: string): void {
  const parsed = parseFactValue(spec, raw);
  if (parsed.ok && parsed.value !== undefined) facts[spec.name] = parsed.value;
}
