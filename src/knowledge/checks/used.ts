/**
 * A check with the checks it uses: their facts, and the names people type for them,
 * as one list. The evaluator, the validator and the check's form all see the same.
 */
import type { Check, FactDef } from './schema.ts';

/** The check and every check it uses, directly or not, each once, the check itself first. */
function withUsedChecks(check: Check, checkById: ReadonlyMap<string, Check>): Check[] {
  const found: Check[] = [];
  const seen = new Set<string>(); // kb:check reports a cycle in `uses`; it must not hang here first
  const visit = (c: Check) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    found.push(c);
    c.uses.forEach((id) => {
      const used = checkById.get(id);
      if (used) visit(used);
    });
  };
  visit(check);
  return found;
}

/** Fact definitions of a check and of every check it uses, own first, in declaration order. */
export function allFactDefs(check: Check, checkById: ReadonlyMap<string, Check>): FactDef[] {
  const defs = new Map<string, FactDef>();
  for (const c of withUsedChecks(check, checkById)) c.facts.forEach((f) => defs.has(f.name) || defs.set(f.name, f));
  return [...defs.values()];
}

/** The names people type for each fact and value, from the check that defines the fact (the first one, as for the facts). */
export function allAliases(check: Check, checkById: ReadonlyMap<string, Check>): { facts: Map<string, string[]>; values: Map<string, Map<string, string[]>> } {
  const facts = new Map<string, string[]>();
  const values = new Map<string, Map<string, string[]>>();
  for (const c of withUsedChecks(check, checkById)) {
    for (const f of c.facts) {
      if (facts.has(f.name)) continue;
      facts.set(f.name, c.aliases[f.name] ?? []);
      values.set(f.name, new Map((f.values ?? []).map((v) => [v.value, c.value_aliases[v.value] ?? []])));
    }
  }
  return { facts, values };
}
