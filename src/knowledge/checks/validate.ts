/**
 * Rules a check must satisfy beyond its schema, checked by `kb:check` so that a broken
 * check never reaches a user:
 * - every cited entry exists, and none is a proposal (a proposal is never law);
 * - a criterion that applies on a date cites something in force on that date;
 * - every number reference resolves to a number of a cited entry, in the fact's unit,
 *   and agrees with the comparator the knowledge gives it (at least vs more than);
 * - no legal number is written as a literal (only 0 and 100, which are not rules);
 * - facts, criteria, routes, procedure values and outcomes referred to exist, in order.
 */
import type { Entry } from '../schema.ts';
import type { Problem } from '../problems.ts';
import type { Located } from '../validate.ts';
import { statusOn } from '../status.ts';
import { allFactDefs } from './used.ts';
import { placeholdersIn } from './placeholders.ts';
import { validateCommands, validatePresentation } from './validate-presentation.ts';
import { boundaryOf, COMPARISON_OPS, factsFor, type ConditionKey } from './conditions.ts';
import { NEEDS_MORE_INFO, type Check, type Citation, type Condition, type FactDef, type NumberRef } from './schema.ts';

type Path = (string | number)[];

/** Literal operands that state no rule: "no private capital" (0), "the shares add up to at most 100". */
const NEUTRAL_LITERALS = new Set([0, 100]);


export function validateChecks(checks: Located<Check>[], entryById: ReadonlyMap<string, Entry>, seenEntryIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const checkById = new Map<string, Check>();
  const reporter = (located: Located<Check>) => (path: Path, message: string) => {
    const { line, col } = located.at(path);
    problems.push({ file: located.file, line, col, field: path.join('.'), message });
  };
  for (const located of checks) {
    const report = reporter(located);
    const { item } = located;
    if (checkById.has(item.id)) report(['id'], `duplicate check id "${item.id}"`);
    checkById.set(item.id, item);
    const base = located.file.split('/').pop()!.replace(/\.ya?ml$/, '');
    if (base !== item.id) report(['id'], `a check lives in a file named after it: ${item.id}.yaml (this is ${base})`);
  }
  for (const located of checks) {
    const report = reporter(located);
    new CheckValidator(located.item, checkById, entryById, seenEntryIds, report).run();
    validatePresentation(located.item, checkById, report);
  }
  validateCommands(checks.map((located) => ({ check: located.item, report: reporter(located) })));
  return problems;
}

interface Scope {
  /** Criteria that may be referred to (those declared earlier, or all after the criteria). */
  criteria: Set<string>;
  routes: Set<string>;
  procedure: boolean;
  /** Only facts (constraints). */
  factsOnly: boolean;
  /** Entries cited alongside, which numbers must come from. */
  cited: Set<string>;
}

class CheckValidator {
  private readonly facts: Map<string, FactDef>;
  private problems = 0;
  private readonly report: (path: Path, message: string) => void;

  constructor(
    private readonly check: Check,
    private readonly checkById: ReadonlyMap<string, Check>,
    private readonly entryById: ReadonlyMap<string, Entry>,
    private readonly seenEntryIds: ReadonlySet<string>,
    report: (path: Path, message: string) => void,
  ) {
    this.report = (path, message) => {
      this.problems++;
      report(path, message);
    };
    this.facts = new Map(allFactDefs(check, checkById).map((f) => [f.name, f]));
  }

  run(): void {
    const { check, report } = this;
    this.validateUses();
    this.validateFacts();

    const outcomeIds = new Set(check.outcomes.map((o) => o.id));
    if (!outcomeIds.has(NEEDS_MORE_INFO)) report(['outcomes'], `every check needs the outcome ${NEEDS_MORE_INFO}: a missing fact is never defaulted`);
    const combined =
      check.combine.scheme === 'requirements'
        ? [check.combine.pass, check.combine.fail, ...(check.combine.discretion ? [check.combine.discretion] : [])]
        : check.combine.rules.map((r) => r.outcome);
    combined.forEach((o) => outcomeIds.has(o) || report(['combine'], `outcome "${o}" is not in outcomes`));
    check.outcomes.forEach((o, i) => {
      if (o.id !== NEEDS_MORE_INFO && !combined.includes(o.id)) report(['outcomes', i, 'id'], `outcome "${o.id}" is never reached by combine`);
      this.validateText(o.text, ['outcomes', i, 'text']);
    });

    const criteria = new Set<string>();
    check.criteria.forEach((c, i) => {
      const path: Path = ['criteria', i];
      if (criteria.has(c.id)) report([...path, 'id'], `duplicate criterion id "${c.id}"`);
      if (c.valid_from && c.valid_to && c.valid_from > c.valid_to) report([...path, 'valid_to'], `valid_to ${c.valid_to} is before valid_from ${c.valid_from}`);
      if (c.role === 'discretion' && !(check.combine.scheme === 'requirements' && check.combine.discretion)) {
        report([...path, 'role'], 'a discretion criterion needs combine.discretion (the outcome when the authority must decide)');
      }
      const scope: Scope = { criteria: new Set(criteria), routes: new Set(), procedure: false, factsOnly: false, cited: this.citedIn(c.cites) };
      if (c.applies_when) this.validateCondition(c.applies_when, [...path, 'applies_when'], scope);
      this.validateCondition(c.condition, [...path, 'condition'], scope);
      this.validateCitations(c.cites, [...path, 'cites'], { ...scope, criteria: new Set([...criteria, c.id]) }, c.valid_from, c.valid_to);
      for (const key of ['label', 'met', 'not_met', 'caveat'] as const) if (c[key]) this.validateText(c[key], [...path, key]);
      criteria.add(c.id);
    });

    check.procedure?.forEach((rule, i) => {
      const path: Path = ['procedure', i];
      const scope: Scope = { criteria, routes: new Set(), procedure: false, factsOnly: false, cited: this.citedIn(rule.cites) };
      const last = i === check.procedure!.length - 1;
      if (rule.when) this.validateCondition(rule.when, [...path, 'when'], scope);
      if (!!rule.when === last) report([...path, 'when'], 'the last procedure rule, and only it, leaves out when: it is the fallback, so a procedure is always found');
      this.validateCitations(rule.cites, [...path, 'cites'], scope);
      this.validateText(rule.label, [...path, 'label']);
    });

    const routes = new Set<string>();
    check.routes?.forEach((route, i) => {
      const path: Path = ['routes', i];
      if (routes.has(route.id)) report([...path, 'id'], `duplicate route id "${route.id}"`);
      const scope: Scope = { criteria, routes: new Set(routes), procedure: !!check.procedure, factsOnly: false, cited: this.citedIn(route.cites) };
      if (route.available) this.validateCondition(route.available, [...path, 'available'], scope);
      if (route.relevant_when) this.validateCondition(route.relevant_when, [...path, 'relevant_when'], scope);
      if (route.caveat_when) this.validateCondition(route.caveat_when, [...path, 'caveat_when'], scope);
      this.validateCitations(route.cites, [...path, 'cites'], scope);
      for (const key of ['label', 'when_available', 'when_unavailable', 'when_not_relevant', 'caveat'] as const) {
        if (route[key]) this.validateText(route[key], [...path, key]);
      }
      routes.add(route.id);
    });

    if (check.combine.scheme === 'first_match') {
      const rules = check.combine.rules;
      rules.forEach((rule, i) => {
        const scope: Scope = { criteria, routes, procedure: !!check.procedure, factsOnly: false, cited: new Set() };
        if (rule.when) this.validateCondition(rule.when, ['combine', 'rules', i, 'when'], scope);
        if (!!rule.when === (i === rules.length - 1)) {
          report(['combine', 'rules', i, 'when'], 'the last rule, and only it, leaves out when: it is the fallback, so an outcome is always found');
        }
      });
    }

    check.constraints.forEach((c, i) => {
      if (!this.facts.has(c.field)) report(['constraints', i, 'field'], `unknown fact "${c.field}"`);
      else if (c.settles_field && this.facts.get(c.field)!.type !== 'boolean') report(['constraints', i, 'settles_field'], `settles_field is for yes/no facts; ${c.field} is a ${this.facts.get(c.field)!.type} fact`);
      this.validateCondition(c.rule, ['constraints', i, 'rule'], { criteria: new Set(), routes: new Set(), procedure: false, factsOnly: true, cited: new Set() });
      this.validateText(c.message, ['constraints', i, 'message']);
    });
    // The English part is held against a sound Norwegian part: a broken rule is reported once, not again as an orphaned translation.
    if (this.problems === 0) this.validateEnglish();
  }

  /**
   * The `english:` part translates texts the check has: every id names a fact, value, criterion,
   * procedure rule, route or outcome of this check, every English text has a Norwegian text to
   * translate, and it holds the same placeholders (the same numbers and answers, filled in alike).
   */
  private validateEnglish(): void {
    const { check, report } = this;
    const en = check.english;
    if (!en) return;
    const same = (english: string, norwegian: string | undefined, path: Path) => {
      if (norwegian === undefined) return report(path, 'translates no Norwegian text: the check has none here');
      this.validateText(english, path);
      const holes = (t: string) => placeholdersIn(t).map((p) => `${p.kind}:${p.entry}/${p.key}`).sort().join(' ');
      if (holes(english) !== holes(norwegian)) report(path, `has other placeholders than the Norwegian text (${holes(norwegian) || 'none'})`);
    };
    for (const [name, t] of Object.entries(en.facts)) {
      const f = check.facts.find((x) => x.name === name);
      if (!f) { report(['english', 'facts', name], `"${name}" is not a fact this check defines`); continue; }
      if (t.question) same(t.question, f.question, ['english', 'facts', name, 'question']);
      if (t.help) same(t.help, f.help, ['english', 'facts', name, 'help']);
      for (const [value, label] of Object.entries(t.values ?? {})) same(label, f.values?.find((v) => v.value === value)?.label, ['english', 'facts', name, 'values', value]);
    }
    en.procedure.forEach((p, i) => {
      const rule = check.procedure?.[i];
      if (rule?.value !== p.value) return report(['english', 'procedure', i, 'value'], `procedure rule ${i + 1} is ${rule ? `"${rule.value}"` : 'missing'}, not "${p.value}": the English labels follow the rules' order`);
      same(p.label, rule.label, ['english', 'procedure', i, 'label']);
    });
    const parts = [
      ['criteria', (id: string) => check.criteria.find((c) => c.id === id)],
      ['routes', (id: string) => check.routes?.find((r) => r.id === id)],
    ] as const;
    for (const [part, find] of parts) {
      for (const [id, texts] of Object.entries(en[part])) {
        const original = find(id) as Record<string, unknown> | undefined;
        if (!original) { report(['english', part, id], `"${id}" is not in ${part} of this check`); continue; }
        for (const [key, text] of Object.entries(texts as Record<string, string>)) same(text, original[key] as string | undefined, ['english', part, id, key]);
      }
    }
    for (const [id, text] of Object.entries(en.outcomes)) same(text, check.outcomes.find((o) => o.id === id)?.text, ['english', 'outcomes', id]);
  }

  private validateUses(): void {
    const { check, report } = this;
    check.uses.forEach((id, i) => {
      const used = this.checkById.get(id);
      if (!used) return report(['uses', i], `unknown check "${id}"`);
      if (used.combine.scheme !== 'requirements' || used.combine.discretion) {
        report(['uses', i], `check "${id}" must combine by requirements without discretion to be used here (its outcome must be pass, fail or unknown)`);
      }
      const seen = new Set<string>();
      const cycle = (c: Check): boolean => {
        if (c.id === check.id) return true;
        if (seen.has(c.id)) return false;
        seen.add(c.id);
        return c.uses.some((u) => this.checkById.get(u) && cycle(this.checkById.get(u)!));
      };
      if (cycle(used)) report(['uses', i], `check "${id}" uses this check again (a cycle)`);
    });
  }

  private validateFacts(): void {
    const { check, report } = this;
    const own = new Set<string>();
    check.facts.forEach((f, i) => {
      if (own.has(f.name)) report(['facts', i, 'name'], `duplicate fact "${f.name}"`);
      own.add(f.name);
      const values = f.values?.map((v) => v.value) ?? [];
      if (new Set(values).size !== values.length) report(['facts', i, 'values'], 'duplicate value');
      this.validateText(f.question, ['facts', i, 'question']);
    });
    for (const id of check.uses) {
      for (const f of this.checkById.get(id)?.facts ?? []) {
        const mine = check.facts.findIndex((x) => x.name === f.name);
        if (mine >= 0 && JSON.stringify(check.facts[mine]) !== JSON.stringify(f)) {
          report(['facts', mine], `fact "${f.name}" is also defined by the used check "${id}", differently; define it in one place`);
        }
      }
    }
  }

  private citedIn(cites: Citation[]): Set<string> {
    return new Set(cites.map((c) => (typeof c === 'string' ? c : c.entry)));
  }

  private validateCitations(cites: Citation[], path: Path, scope: Scope, validFrom?: string, validTo?: string): void {
    const ids: string[] = [];
    cites.forEach((c, i) => {
      const id = typeof c === 'string' ? c : c.entry;
      const at: Path = typeof c === 'string' ? [...path, i] : [...path, i, 'entry'];
      if (typeof c !== 'string') this.validateCondition(c.when, [...path, i, 'when'], scope);
      const entry = this.entryById.get(id);
      if (!entry) {
        if (!this.seenEntryIds.has(id)) this.report(at, `unknown entry "${id}"`);
        return;
      }
      if (entry.status === 'proposed') {
        this.report(at, `cites "${id}", a proposal (status proposed), as law; a check may rest only on law, guidance or background`);
        return;
      }
      ids.push(id);
    });
    if (ids.length === 0) return;
    // Every date on which the rule applies must have a cited entry in force.
    const entries = ids.map((id) => this.entryById.get(id)!);
    const starts = new Set<string>([validFrom ?? '0001-01-01']);
    for (const e of entries) {
      if (e.valid_from) starts.add(e.valid_from);
      if (e.valid_to) starts.add(nextDay(e.valid_to));
    }
    for (const day of [...starts].sort()) {
      if ((validFrom && day < validFrom) || (validTo && day > validTo)) continue;
      const covered = entries.some((e) => {
        const s = statusOn(e, day);
        return !s.pending && s.status !== 'historical';
      });
      if (!covered) {
        const when = day === '0001-01-01' ? 'before any cited entry starts' : `on ${day}`;
        this.report(path, `nothing cited is in force ${when}; add valid_from/valid_to to say when this applies, or cite the rule in force then`);
      }
    }
  }

  private validateText(text: string, path: Path): void {
    for (const p of placeholdersIn(text)) {
      if (p.kind === 'fact' && !this.facts.has(p.entry)) this.report(path, `{fact:${p.entry}}: unknown fact`);
      if (p.kind === 'number') this.resolveNumber({ entry: p.entry, number: p.key }, path);
    }
  }

  private resolveNumber(ref: NumberRef, path: Path) {
    const entry = this.entryById.get(ref.entry);
    if (!entry) {
      if (!this.seenEntryIds.has(ref.entry)) this.report(path, `unknown entry "${ref.entry}"`);
      return undefined;
    }
    const numbers = entry.numbers.filter((n) => n.key === ref.number);
    if (numbers.length === 0) {
      const keys = entry.numbers.map((n) => n.key).join(', ') || 'none';
      this.report(path, `entry "${ref.entry}" states no number "${ref.number}" (its numbers: ${keys})`);
      return undefined;
    }
    return numbers[0];
  }

  private validateCondition(c: Condition, path: Path, scope: Scope): void {
    const { report } = this;
    if (c.all) return c.all.forEach((x, i) => this.validateCondition(x, [...path, 'all', i], scope));
    if (c.any) return c.any.forEach((x, i) => this.validateCondition(x, [...path, 'any', i], scope));
    if (c.not) return this.validateCondition(c.not, [...path, 'not'], scope);
    if (scope.factsOnly && !c.fact && !c.sum) return report(path, 'a constraint may test facts only');
    if (c.criterion !== undefined) {
      if (!this.check.criteria.some((x) => x.id === c.criterion)) return report([...path, 'criterion'], `unknown criterion "${c.criterion}"`);
      if (!scope.criteria.has(c.criterion)) report([...path, 'criterion'], `criterion "${c.criterion}" must be declared before it is used`);
      return;
    }
    if (c.route !== undefined) {
      if (!this.check.routes?.some((x) => x.id === c.route)) return report([...path, 'route'], `unknown route "${c.route}"`);
      if (!scope.routes.has(c.route)) report([...path, 'route'], `route "${c.route}" must be declared before it is used`);
      return;
    }
    if (c.check !== undefined) {
      if (!this.check.uses.includes(c.check)) report([...path, 'check'], `check "${c.check}" is not in uses`);
      return;
    }
    if (c.procedure) {
      if (!scope.procedure) return report([...path, 'procedure'], 'the procedure can be tested only in routes and combine, in a check that has one');
      const values = new Set(this.check.procedure!.map((p) => p.value));
      c.procedure.forEach((v, i) => values.has(v) || report([...path, 'procedure', i], `unknown procedure "${v}" (known: ${[...values].join(', ')})`));
      return;
    }
    const names = c.sum ?? [c.fact!];
    const defs: FactDef[] = [];
    names.forEach((name, i) => {
      const def = this.facts.get(name);
      if (!def) report(c.sum ? [...path, 'sum', i] : [...path, 'fact'], `unknown fact "${name}" (facts: ${[...this.facts.keys()].join(', ')})`);
      else defs.push(def);
    });
    if (defs.length !== names.length) return;
    const def = defs[0]!;
    if (c.sum && defs.some((d) => d.type !== 'number' || d.unit !== def.unit)) return report([...path, 'sum'], 'a sum adds number facts of one unit');

    const allowed = new Set(def.values?.map((v) => v.value) ?? []);
    const checkValues = (values: string[], key: string) =>
      values.forEach((v, i) => allowed.has(v) || report([...path, key, i], `"${v}" is not a value of ${def.name} (values: ${[...allowed].join(', ')})`));
    if (c.is !== undefined) {
      const ok = def.type === 'boolean' ? typeof c.is === 'boolean' : def.type === 'number' ? typeof c.is === 'number' : def.type === 'enum' && allowed.has(String(c.is));
      if (!ok) report([...path, 'is'], `${def.name} is a ${def.type} fact${allowed.size ? ` (values: ${[...allowed].join(', ')})` : ''}; "is: ${String(c.is)}" can never match`);
      if (typeof c.is === 'number') this.checkLiteral(c.is, [...path, 'is'], scope);
    }
    // Which facts each test is for, from the table of the condition language ("is" is checked above, value by value).
    const wrongType = (key: ConditionKey) => {
      const kinds = factsFor(key) ?? [];
      if (kinds.includes(def.type)) return false;
      report([...path, key], `"${key}" is for ${kinds.join(' or ')} facts; ${def.name} is a ${def.type} fact`);
      return true;
    };
    for (const key of ['in', 'contains_any', 'only'] as const) {
      const values = c[key];
      if (values && !wrongType(key)) checkValues(values, key);
    }
    for (const op of [...COMPARISON_OPS, 'meets'] as const) {
      const operand = c[op];
      if (operand === undefined || wrongType(op)) continue;
      if (typeof operand === 'number') {
        this.checkLiteral(operand, [...path, op], scope);
        continue;
      }
      if (!scope.factsOnly && !scope.cited.has(operand.entry)) {
        report([...path, op, 'entry'], `the number comes from "${operand.entry}", which this rule does not cite; cite it`);
      }
      const n = this.resolveNumber(operand, [...path, op]);
      if (!n) continue;
      if (n.unit !== def.unit) report([...path, op, 'number'], `${operand.number} is in ${n.unit}, ${def.name} in ${def.unit ?? 'no unit'}`);
      if (op === 'meets') {
        if (n.comparator === 'exact') report([...path, op], `"meets" needs a number with a comparator; ${operand.number} is exact, so say at_least, more_than, less_than or at_most`);
      } else if (n.comparator !== 'exact') {
        const agrees = boundaryOf(op) === boundaryOf(n.comparator);
        if (!agrees) {
          report([...path, op], `${op} disagrees with the knowledge, which gives ${operand.number} as "${n.comparator}": the boundary value ${n.value} would fall on the wrong side`);
        }
      }
    }
  }

  private checkLiteral(value: number, path: Path, scope: Scope): void {
    if (!scope.factsOnly && !NEUTRAL_LITERALS.has(value)) {
      this.report(path, `${value} is a legal number written into the check; refer to it as { entry, number } so it is cited and dated`);
    }
  }
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
