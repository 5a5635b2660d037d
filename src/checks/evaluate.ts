/**
 * The evaluator: facts in, a verdict out, every step with its citations. Small on
 * purpose (conditions, criteria, one of two ways to combine them, routes, procedure):
 * a general rules engine would make the checks harder to read than the law they encode.
 * All legal content (numbers, texts, citations, which rule applies when) is in the YAML.
 */
import type { Entry } from '../knowledge/schema.ts';
import { statusOn } from '../knowledge/status.ts';
import { and, fromBoolean, MET, not, NOT_MET, or, unique, unknown, type Tri, type Truth } from './logic.ts';
import { NoRuleValueError, numberOn } from './numbers.ts';
import { fillTemplate, type TemplateContext } from './templates.ts';
import { compare, COMPARATOR_OP, COMPARISON_OPS } from '../knowledge/checks/conditions.ts';
import { NEEDS_MORE_INFO, type Check, type Citation, type Condition, type Criterion, type FactDef, type Operand } from '../knowledge/checks/schema.ts';
import type { Facts } from './facts.ts';
import { CHECK_WORDS, describeAnswerIn, type CheckLanguage } from './words.ts';
import { allFactDefs } from '../knowledge/checks/used.ts';
import type { Basis, CheckResult, CriterionResult, ProcedureResult, Question, RouteResult } from './result.ts';

/**
 * A number the knowledge lacks for the date asked (say, a threshold before the first one
 * recorded) is treated like a missing fact that no user can supply: the test is unknown,
 * and only if the outcome depends on it does the check refuse to answer for that date.
 */
const NO_VALUE = '#no-value:';

export interface EvaluationSources {
  entryById: ReadonlyMap<string, Entry>;
  checkById: ReadonlyMap<string, Check>;
  /** The language of the words the evaluator writes itself; the check files' texts come in `checkById` (English views for English). */
  language?: CheckLanguage;
}

interface Evaluated {
  criterion: Criterion;
  /** Whether the criterion applies (date window and applies_when). */
  applies: Tri;
  result: Tri;
}

class Evaluation {
  private readonly criteria = new Map<string, Evaluated>();
  private readonly routes = new Map<string, Tri>();
  private readonly routeState = new Map<string, { relevant: Tri; available: Tri }>();
  private readonly used = new Map<string, CheckResult>();
  private procedure: { value: string | null; missing: string[] } | undefined;
  private readonly template: TemplateContext;
  private readonly words: (typeof CHECK_WORDS)[CheckLanguage];

  constructor(
    private readonly sources: EvaluationSources,
    private readonly check: Check,
    private readonly facts: Facts,
    private readonly asOf: string,
    private readonly factDefs: ReadonlyMap<string, FactDef>,
  ) {
    this.template = { entryById: sources.entryById, factDefs, facts, asOf, ...(sources.language ? { language: sources.language } : {}) };
    this.words = CHECK_WORDS[sources.language ?? 'nb'];
  }

  run(): CheckResult {
    for (const id of this.check.uses) {
      const used = this.sources.checkById.get(id)!;
      this.used.set(id, new Evaluation(this.sources, used, this.facts, this.asOf, this.factDefs).run());
    }
    for (const criterion of this.check.criteria) {
      const inWindow = (!criterion.valid_from || criterion.valid_from <= this.asOf) && (!criterion.valid_to || criterion.valid_to >= this.asOf);
      const applies = !inWindow ? NOT_MET : criterion.applies_when ? this.test(criterion.applies_when) : MET;
      this.criteria.set(criterion.id, { criterion, applies, result: this.test(criterion.condition) });
    }
    const procedure = this.check.procedure ? this.evaluateProcedure() : undefined;
    const routes = this.check.routes ? this.evaluateRoutes() : undefined;
    const { outcome, missing } = this.combine(routes);

    const criteria = [...this.criteria.values()].filter((c) => c.applies.value === 'met').map((c) => this.describe(c));
    const usedCriteria = [...this.used.entries()].flatMap(([id, r]) => r.criteria.map((c) => ({ ...c, id: `${id}.${c.id}` })));
    const allCriteria = [...criteria, ...usedCriteria];
    // What the answer rests on. A used check's criteria cite every provision that may apply
    // (all three reservation sections, say); the route built on it cites the one that does.
    const citations = unique([
      ...criteria.flatMap((c) => c.citations),
      ...(procedure?.citations ?? []),
      ...(routes ?? []).flatMap((r) => r.citations),
      ...(routes ? [] : usedCriteria.flatMap((c) => c.citations)),
    ]);
    return {
      check: this.check.id,
      title: this.check.title,
      asOf: this.asOf,
      outcome,
      outcomeText: this.fill(this.check.outcomes.find((o) => o.id === outcome)!.text),
      criteria: allCriteria,
      questions: outcome === NEEDS_MORE_INFO ? this.questions(missing) : [],
      unresolvedNumbers: unique(missing.filter((m) => m.startsWith(NO_VALUE)).map((m) => m.slice(NO_VALUE.length))),
      citations,
      ...(procedure ? { procedure } : {}),
      ...(routes ? { routes } : {}),
    };
  }

  // ---- conditions -------------------------------------------------------------------

  /** A condition over facts only (constraints). */
  holds(c: Condition): Tri {
    return this.test(c);
  }

  fillText(text: string): string {
    return this.fill(text);
  }

  private test(c: Condition): Tri {
    if (c.all) return and(c.all.map((x) => this.test(x)));
    if (c.any) return or(c.any.map((x) => this.test(x)));
    if (c.not) return not(this.test(c.not));
    if (c.criterion !== undefined) return this.criterionHolds(c.criterion);
    if (c.route !== undefined) return this.routes.get(c.route) ?? NOT_MET;
    if (c.check !== undefined) return this.checkPasses(c.check);
    if (c.procedure) {
      const p = this.procedure;
      if (!p || p.value === null) return unknown(...(p?.missing ?? []));
      return fromBoolean(c.procedure.includes(p.value));
    }
    if (c.sum) {
      const missing = c.sum.filter((f) => typeof this.facts.get(f) !== 'number');
      if (missing.length) return unknown(...missing);
      const total = c.sum.reduce((s, f) => s + (this.facts.get(f) as number), 0);
      return this.compare(total, c);
    }
    return this.testFact(c);
  }

  private testFact(c: Condition): Tri {
    const value = this.facts.get(c.fact!);
    if (value === undefined) return unknown(c.fact!);
    if (c.is !== undefined) return fromBoolean(value === c.is);
    if (c.in) return fromBoolean(typeof value === 'string' && c.in.includes(value));
    if (c.contains_any) return fromBoolean(Array.isArray(value) && value.some((v) => c.contains_any!.includes(v)));
    if (c.only) return fromBoolean(Array.isArray(value) && value.every((v) => c.only!.includes(v)));
    if (typeof value !== 'number') return NOT_MET; // validation rules this out; never guess
    return this.compare(value, c);
  }

  private compare(value: number, c: Condition): Tri {
    try {
      return fromBoolean(this.compareDefined(value, c));
    } catch (err) {
      if (err instanceof NoRuleValueError) return unknown(`${NO_VALUE}${err.ref.entry}/${err.ref.number}`);
      throw err;
    }
  }

  /** The comparison the condition asks for, from the table of the condition language (conditions.ts). */
  private compareDefined(value: number, c: Condition): boolean {
    if (c.meets) {
      const n = numberOn(this.sources.entryById.get(c.meets.entry), c.meets, this.asOf, this.sources.entryById);
      return n.comparator === 'exact' ? value === n.value : compare(COMPARATOR_OP[n.comparator], value, n.value);
    }
    const op = COMPARISON_OPS.find((k) => c[k] !== undefined);
    if (op) return compare(op, value, this.operand(c[op]!));
    return value === c.is;
  }

  private operand(o: Operand): number {
    return typeof o === 'number' ? o : numberOn(this.sources.entryById.get(o.entry), o, this.asOf, this.sources.entryById).value;
  }

  /** A criterion referred to from a condition holds when it applies and is met. */
  private criterionHolds(id: string): Tri {
    const c = this.criteria.get(id);
    return c ? and([c.applies, c.result]) : NOT_MET;
  }

  private checkPasses(id: string): Tri {
    const r = this.used.get(id);
    const used = this.sources.checkById.get(id);
    if (!r || !used || used.combine.scheme !== 'requirements') return NOT_MET;
    if (r.outcome === used.combine.pass) return MET;
    if (r.outcome === used.combine.fail) return NOT_MET;
    return unknown(...r.questions.map((q) => q.fact), ...r.unresolvedNumbers.map((n) => `${NO_VALUE}${n}`));
  }

  // ---- criteria, procedure, routes ----------------------------------------------------

  private describe({ criterion, result }: Evaluated): CriterionResult {
    const citations = this.cite(criterion.cites);
    if (citations.length === 0) throw new Error(`check ${this.check.id}: criterion ${criterion.id} has no citation in force on ${this.asOf}`);
    const explanation =
      result.value === 'met' ? criterion.met : result.value === 'not_met' ? criterion.not_met : this.words.unresolved(criterion.label);
    return {
      id: criterion.id,
      label: this.fill(criterion.label),
      role: criterion.role,
      result: result.value,
      explanation: this.fill(explanation),
      citations,
      basis: this.basisOf(citations),
      caveat: criterion.caveat ? this.fill(criterion.caveat) : null,
      missing: result.missing,
    };
  }

  /** First rule met gives the procedure; any undecided rule before it leaves it open. */
  private evaluateProcedure(): ProcedureResult {
    const { index, missing } = this.firstMatch(this.check.procedure!.map((r) => r.when));
    const rule = index === undefined ? undefined : this.check.procedure![index];
    if (!rule || missing.length) {
      this.procedure = { value: null, missing };
      return { value: null, label: null, citations: [] };
    }
    this.procedure = { value: rule.value, missing: [] };
    return { value: rule.value, label: this.fill(rule.label), citations: this.cite(rule.cites) };
  }

  /**
   * Ordered rules under three-valued logic: the first rule that is met, and what the
   * undecided rules before it are missing (if any is undecided, the answer is open).
   */
  private firstMatch(conditions: (Condition | undefined)[]): { index: number | undefined; missing: string[] } {
    const missing: string[] = [];
    for (const [index, when] of conditions.entries()) {
      const t = when ? this.test(when) : MET;
      if (t.value === 'met') return { index, missing: unique(missing) };
      if (t.value === 'unknown') missing.push(...t.missing);
    }
    return { index: undefined, missing: unique(missing) };
  }

  private evaluateRoutes(): RouteResult[] {
    return this.check.routes!.map((route) => {
      const relevant = route.relevant_when ? this.test(route.relevant_when) : MET;
      const available = route.available ? this.test(route.available) : MET;
      this.routes.set(route.id, available);
      this.routeState.set(route.id, { relevant, available });
      const reasons: string[] = [];
      if (available.value === 'met') reasons.push(route.when_available);
      else if (available.value === 'not_met') reasons.push(route.when_unavailable!);
      else if (relevant.value === 'not_met' && route.when_not_relevant) reasons.push(route.when_not_relevant);
      else reasons.push(this.words.cannotDecide);
      // The used check's criteria that decided the route: the failures when unavailable, the open ones when unknown.
      const deciding: Truth = available.value;
      for (const id of checksIn(route.available)) {
        for (const c of this.used.get(id)?.criteria ?? []) if (c.result === deciding) reasons.push(c.explanation);
      }
      if (route.caveat && (!route.caveat_when || this.test(route.caveat_when).value !== 'not_met')) reasons.push(this.words.note(route.caveat));
      return {
        id: route.id,
        label: this.fill(route.label),
        available: truthToBoolean(available.value),
        relevant: truthToBoolean(relevant.value),
        reasons: reasons.map((r) => this.fill(r)),
        citations: this.cite(route.cites),
      };
    });
  }

  // ---- outcome ------------------------------------------------------------------------

  private combine(routes: RouteResult[] | undefined): { outcome: string; missing: string[] } {
    const combine = this.check.combine;
    if (combine.scheme === 'requirements') {
      const counted = [...this.criteria.values()].filter((c) => c.criterion.role !== 'info' && c.applies.value !== 'not_met');
      const effective = counted.map((c) => ({
        role: c.criterion.role,
        tri: c.applies.value === 'unknown' ? unknown(...c.applies.missing, ...c.result.missing) : c.result,
      }));
      if (effective.some((e) => e.role === 'required' && e.tri.value === 'not_met')) return { outcome: combine.fail, missing: [] };
      const open = effective.filter((e) => e.tri.value === 'unknown');
      if (open.length) return { outcome: NEEDS_MORE_INFO, missing: open.flatMap((e) => e.tri.missing) };
      if (combine.discretion && effective.some((e) => e.role === 'discretion' && e.tri.value === 'not_met')) {
        return { outcome: combine.discretion, missing: [] };
      }
      return { outcome: combine.pass, missing: [] };
    }

    // first_match: the rule chain, then every part of the answer must be settled.
    const { index, missing } = this.firstMatch(combine.rules.map((r) => r.when));
    const outcome = index === undefined || missing.length ? undefined : combine.rules[index]!.outcome;
    if (this.procedure && this.procedure.value === null) missing.push(...this.procedure.missing);
    for (const route of routes ?? []) {
      const state = this.routeState.get(route.id)!;
      if (state.available.value === 'unknown' && state.relevant.value !== 'not_met') {
        missing.push(...state.relevant.missing, ...state.available.missing);
      }
    }
    if (outcome === undefined || missing.length > 0) return { outcome: NEEDS_MORE_INFO, missing };
    return { outcome, missing: [] };
  }

  private questions(missing: string[]): Question[] {
    const wanted = new Set(missing);
    return [...this.factDefs.values()]
      .filter((d) => wanted.has(d.name))
      .map((d) => ({ fact: d.name, question: d.question, allowed: describeAnswerIn(d, this.sources.language) }));
  }

  // ---- citations and texts ------------------------------------------------------------

  /** Entry ids that apply on the date (in force or guidance), whose `when` is met or not yet known. */
  private cite(cites: Citation[]): string[] {
    const ids = cites.flatMap((c) => {
      if (typeof c === 'string') return [c];
      return this.test(c.when).value === 'not_met' ? [] : [c.entry];
    });
    return unique(ids).filter((id) => {
      const entry = this.sources.entryById.get(id);
      if (!entry) return false;
      const { status, pending } = statusOn(entry, this.asOf);
      return !pending && status !== 'historical' && status !== 'proposed';
    });
  }

  private basisOf(citations: string[]): Basis {
    const statuses = citations.map((id) => this.sources.entryById.get(id)!.status);
    if (statuses.some((s) => s === 'in_force' || s === 'historical')) return 'law';
    if (statuses.includes('guidance')) return 'guidance';
    return 'background';
  }

  private fill(text: string): string {
    return fillTemplate(text, this.template);
  }
}

function truthToBoolean(t: Truth): boolean | null {
  return t === 'met' ? true : t === 'not_met' ? false : null;
}

/** Ids of used checks a condition refers to, to show their reasoning under a route. */
function checksIn(c: Condition | undefined): string[] {
  if (!c) return [];
  if (c.check) return [c.check];
  return [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])].flatMap(checksIn);
}

export function evaluateCheck(sources: EvaluationSources, check: Check, facts: Facts, asOf: string): CheckResult {
  const factDefs = new Map(allFactDefs(check, sources.checkById).map((d) => [d.name, d]));
  return new Evaluation(sources, check, facts, asOf, factDefs).run();
}

/** The check and every check it uses, each once. */
function withUsed(sources: EvaluationSources, check: Check): Check[] {
  const checks: Check[] = [];
  const visit = (c: Check) => {
    if (checks.includes(c)) return;
    checks.push(c);
    c.uses.forEach((id) => sources.checkById.get(id) && visit(sources.checkById.get(id)!));
  };
  visit(check);
  return checks;
}

/**
 * Facts a `settles_field` constraint decides: a missing yes/no fact for which one value would
 * break the rule, given the other facts, takes the other value (never asked, never guessed).
 */
export function settledFacts(sources: EvaluationSources, check: Check, facts: Facts, asOf: string): Facts {
  const settled = new Map(facts);
  for (const c of withUsed(sources, check)) {
    const factDefs = new Map(allFactDefs(c, sources.checkById).map((d) => [d.name, d]));
    for (const constraint of c.constraints) {
      if (!constraint.settles_field || settled.has(constraint.field)) continue;
      const breaks = (value: boolean) =>
        new Evaluation(sources, { ...c, uses: [], criteria: [] }, new Map([...settled, [constraint.field, value]]), asOf, factDefs).holds(constraint.rule).value === 'not_met';
      const [ifTrue, ifFalse] = [breaks(true), breaks(false)];
      if (ifTrue !== ifFalse) settled.set(constraint.field, ifFalse);
    }
  }
  return settled;
}

/** Constraints of the check and of every check it uses: the first broken one, with its message filled in. */
export function brokenConstraint(sources: EvaluationSources, check: Check, facts: Facts, asOf: string): { field: string; message: string } | undefined {
  for (const c of withUsed(sources, check)) {
    if (c.constraints.length === 0) continue;
    const factDefs = new Map(allFactDefs(c, sources.checkById).map((d) => [d.name, d]));
    const evaluation = new Evaluation(sources, { ...c, uses: [], criteria: [] }, facts, asOf, factDefs);
    for (const constraint of c.constraints) {
      if (evaluation.holds(constraint.rule).value === 'not_met') return { field: constraint.field, message: evaluation.fillText(constraint.message) };
    }
  }
  return undefined;
}
