/**
 * Rules for the keys a check file uses to present itself (src/checks/presentation.ts),
 * checked by `kb:check` with the rest: labels and aliases name outcomes, facts and values
 * the check has; a check with a command labels every outcome and gives every fact a short
 * name; no typed name means two facts, and no word two values of one fact; commands and
 * their order are unique across the checks.
 */
import { allAliases, allFactDefs } from './used.ts';
import { NEEDS_MORE_INFO, type Check } from './schema.ts';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

const fold = (s: string) => s.trim().toLowerCase().normalize('NFC').replace(/-/g, '_');
const foldValue = (s: string) => s.trim().toLowerCase().normalize('NFC').replace(/[\s_]+/g, '-');

export function validatePresentation(check: Check, checkById: ReadonlyMap<string, Check>, report: Report): void {
  const outcomes = new Set(check.outcomes.map((o) => o.id));
  for (const id of Object.keys(check.outcome_labels)) {
    // A missing needs_more_info is reported as such by validate.ts.
    if (!outcomes.has(id) && id !== NEEDS_MORE_INFO) report(['outcome_labels', id], `"${id}" is not an outcome of this check (outcomes: ${[...outcomes].join(', ')})`);
  }
  const own = new Map(check.facts.map((f) => [f.name, f]));
  for (const name of Object.keys(check.aliases)) {
    if (!own.has(name)) report(['aliases', name], `"${name}" is not a fact this check defines; aliases go in the file of the check that defines the fact`);
  }
  const ownValues = new Set(check.facts.flatMap((f) => (f.values ?? []).map((v) => v.value)));
  for (const value of Object.keys(check.value_aliases)) {
    if (!ownValues.has(value)) report(['value_aliases', value], `"${value}" is not a value of an enum or list fact this check defines`);
  }

  const aliases = allAliases(check, checkById);
  const typed = new Map<string, string>();
  for (const fact of allFactDefs(check, checkById)) {
    for (const name of [fact.name, ...(aliases.facts.get(fact.name) ?? [])]) {
      const other = typed.get(fold(name));
      if (other && other !== fact.name) report(['aliases', fact.name], `"${name}" would mean both ${other} and ${fact.name}`);
      typed.set(fold(name), fact.name);
    }
    const words = new Map<string, string>();
    for (const v of fact.values ?? []) {
      for (const word of [v.value, v.label, ...(aliases.values.get(fact.name)?.get(v.value) ?? [])]) {
        const other = words.get(foldValue(word));
        if (other && other !== v.value) report(['value_aliases', v.value], `"${word}" would mean both ${other} and ${v.value} for ${fact.name}`);
        words.set(foldValue(word), v.value);
      }
    }
  }

  if (!check.command) return;
  for (const id of outcomes) if (!check.outcome_labels[id]) report(['outcome_labels'], `a check with a command labels every outcome; "${id}" has no label`);
  for (const fact of allFactDefs(check, checkById)) {
    if (!aliases.facts.get(fact.name)?.length) report(['aliases'], `a check with a command gives every fact a short name; ${fact.name} has none`);
  }
  if (!check.short_title) report(['short_title'], 'a check with a command needs a short_title (the title of its form)');
}

/** Two checks may not share a command, nor a place in the menu. */
export function validateCommands(checks: { check: Check; report: Report }[]): void {
  const names = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const { check, report } of checks) {
    if (!check.command) continue;
    const { name, order } = check.command;
    if (names.has(name)) report(['command', 'name'], `${name} is also the command of ${names.get(name)}`);
    if (orders.has(order)) report(['command', 'order'], `order ${order} is also the place of ${orders.get(order)}`);
    names.set(name, check.id);
    orders.set(order, check.id);
  }
}
