/**
 * The shape of a check file, `knowledge/checks/<id>.yaml`. A check is rules as data:
 * the facts it asks for, the criteria (conditions over facts, each citing the entries
 * that say so), and how the criteria combine into an outcome. Legal numbers never
 * appear here as literals: a condition refers to a number stated by a knowledge entry
 * (`{ entry: foa-8-8, number: min_share_percent }`), resolved on the date asked about.
 *
 * Objects are strict, like the rest of the knowledge schema: a misspelt key is an error.
 */
import { z } from 'zod';
import { Id, IsoDate } from '../schema.ts';
import { PresentationKeys } from './presentation.ts';
import { COMPARISON_OPS, SUBJECT_KEYS, TEST_KEYS } from './conditions.ts';

/** Fact names are the JSON keys users send: camelCase, as in the issue's contract. */
export const FactName = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'fact names are camelCase ascii, e.g. estimatedValueNok');

/** Values of enum and list facts, and outcome and procedure ids: lowercase with dashes or underscores. */
export const ValueId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'values are ascii letters, digits, "-" and "_"');

/** A number stated by a knowledge entry, e.g. `{ entry: foa-8-8, number: min_share_percent }`. */
export const NumberRef = z
  .object({
    entry: Id,
    number: z.string().regex(/^[a-z0-9_]+$/, 'number keys are snake_case'),
  })
  .strict();

/** A value to compare a fact with: a number from the knowledge, or a plain 0 or 100 (see validate.ts). */
export const Operand = z.union([z.number(), NumberRef]);


/**
 * A condition, evaluated to met / not met / unknown. Written as one small object whose
 * key says what it tests (the keys and their meaning: conditions.ts):
 * - `{ fact, is }`, `{ fact, in }`: a boolean, enum or number fact equals a value / one of values;
 * - `{ fact, at_least | more_than | less_than | at_most: operand }`: compare a number fact;
 * - `{ fact, meets: number-ref }`: compare using the comparator the knowledge gives the number;
 * - `{ fact, contains_any: [..] }`, `{ fact, only: [..] }`: a list fact has one of / nothing but these values;
 * - `{ sum: [facts], at_most: .. }`: compare the sum of number facts;
 * - `{ all: [..] }`, `{ any: [..] }`, `{ not: .. }`: combine, with three-valued (Kleene) logic;
 * - `{ criterion: id }`: an earlier criterion of this check applies and is met;
 * - `{ route: id }`: an earlier route is available; `{ check: id }`: a used check reaches its passing outcome;
 * - `{ procedure: [..] }`: the procedure found is one of these.
 *
 * One flat object (not a zod union) so that a mistake is reported at the exact key, with a
 * message that names the keys allowed, rather than as an opaque "invalid union".
 */
export const Condition = z
  .object({
    fact: FactName.optional(),
    sum: z.array(FactName).min(2).optional(),
    is: z.union([z.boolean(), z.number(), ValueId]).optional(),
    in: z.array(ValueId).min(1).optional(),
    at_least: Operand.optional(),
    more_than: Operand.optional(),
    less_than: Operand.optional(),
    at_most: Operand.optional(),
    meets: NumberRef.optional(),
    contains_any: z.array(ValueId).min(1).optional(),
    only: z.array(ValueId).optional(),
    get all() {
      return z.array(Condition).min(1).optional();
    },
    get any() {
      return z.array(Condition).min(1).optional();
    },
    get not() {
      return Condition.optional();
    },
    criterion: Id.optional(),
    route: Id.optional(),
    check: Id.optional(),
    procedure: z.array(ValueId).min(1).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const subjects = SUBJECT_KEYS.filter((k) => c[k] !== undefined);
    if (subjects.length !== 1) {
      ctx.addIssue({ code: 'custom', message: `a condition needs exactly one of: ${SUBJECT_KEYS.join(', ')} (got ${subjects.join(', ') || 'none'})` });
      return;
    }
    const ops = TEST_KEYS.filter((k) => c[k] !== undefined);
    const subject = subjects[0];
    if (subject === 'fact' && ops.length !== 1) {
      ctx.addIssue({ code: 'custom', message: `a fact test needs exactly one of: ${TEST_KEYS.join(', ')}` });
    }
    if (subject === 'sum' && (ops.length !== 1 || !(COMPARISON_OPS as readonly string[]).includes(ops[0]!))) {
      ctx.addIssue({ code: 'custom', message: `a sum needs exactly one of: ${COMPARISON_OPS.join(', ')}` });
    }
    if (subject !== 'fact' && subject !== 'sum' && ops.length > 0) {
      ctx.addIssue({ code: 'custom', message: `${ops.join(', ')} only go with fact or sum` });
    }
  });

export const FactType = z.enum(['boolean', 'number', 'enum', 'list']);
export const FactUnit = z.enum(['percent', 'nok']);

export const FactValue = z
  .object({
    value: ValueId,
    /** How the value reads in Norwegian, shown with the question. */
    label: z.string().min(2),
  })
  .strict();

export const FactDef = z
  .object({
    name: FactName,
    type: FactType,
    unit: FactUnit.optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    /** Allowed values of an enum fact, or allowed items of a list fact. */
    values: z.array(FactValue).min(1).optional(),
    /** The question that asks for the fact, in Norwegian: shown when the fact is missing. */
    question: z.string().min(10),
    /** What the fact means, precisely, when the question alone could be misread. */
    help: z.string().optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const hasValues = f.values !== undefined;
    if ((f.type === 'enum' || f.type === 'list') !== hasValues) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: `values are required for enum and list facts, and only for them` });
    }
    if (f.type !== 'number' && (f.unit || f.min !== undefined || f.max !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'unit, min and max are only for number facts' });
    }
    if (f.type === 'number' && (f.min === undefined || (f.max === undefined && f.unit === 'percent'))) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: 'a number fact needs min (and a percentage also max): every fact has an allowed range' });
    }
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'max is below min' });
    }
  });

/** An entry cited always, or only when a condition holds (e.g. § 16-9 only above the EØS threshold). */
export const Citation = z.union([
  Id,
  z
    .object({
      entry: Id,
      when: Condition,
    })
    .strict(),
]);

/**
 * How a criterion counts towards the outcome:
 * - `required`: not met gives the failing outcome;
 * - `discretion`: not met leaves the decision to the authority (NAV), e.g. another organisation form;
 * - `info`: shown, but only other criteria depend on it (e.g. the route for ideelle organisasjoner).
 */
export const Role = z.enum(['required', 'discretion', 'info']);

export const Criterion = z
  .object({
    id: Id,
    /** Short Norwegian statement of what must hold. May use {number:entry/key} and {fact:name}. */
    label: z.string().min(5),
    role: Role.default('required'),
    /** The criterion applies only when this holds (e.g. only for VTA); otherwise it is left out. */
    applies_when: Condition.optional(),
    /** The criterion applies only on these dates (inclusive): for rules that changed. */
    valid_from: IsoDate.optional(),
    valid_to: IsoDate.optional(),
    condition: Condition,
    cites: z.array(Citation).min(1),
    /** Explanation when met / not met, in Norwegian. */
    met: z.string().min(10),
    not_met: z.string().min(10),
    /**
     * A point the check relies on that no verified source settles (an interpretation, an
     * inferred point number): always shown to the user with the criterion.
     */
    caveat: z.string().optional(),
  })
  .strict();

export const ProcedureRule = z
  .object({
    value: ValueId,
    label: z.string().min(3),
    /** Omitted: the fallback when no earlier rule matched. */
    when: Condition.optional(),
    cites: z.array(Citation).min(1),
  })
  .strict();

export const Route = z
  .object({
    id: Id,
    label: z.string().min(3),
    /** Omitted: always available. */
    available: Condition.optional(),
    /** When this does not hold, the route needs no answer (e.g. no exception is needed below 100 000 kr). */
    relevant_when: Condition.optional(),
    cites: z.array(Citation).min(1),
    when_available: z.string().min(10),
    /** Required when the route can be unavailable, i.e. when `available` is given. */
    when_unavailable: z.string().min(10).optional(),
    when_not_relevant: z.string().min(10).optional(),
    caveat: z.string().optional(),
    /** Show the caveat only when this holds (e.g. only for del I). */
    caveat_when: Condition.optional(),
  })
  .strict()
  .refine((r) => !r.available || r.when_unavailable, { message: 'a route with a condition needs when_unavailable', path: ['when_unavailable'] });

export const OutcomeDef = z
  .object({
    id: ValueId,
    /** What the outcome means for the user, in Norwegian. */
    text: z.string().min(10),
  })
  .strict();

/**
 * How criteria combine into an outcome.
 * - `requirements`: any required criterion not met → `fail`; else anything unknown →
 *   needs_more_info; else any discretion criterion not met → `discretion`; else `pass`.
 * - `first_match`: the first rule whose condition is met gives the outcome, unless an
 *   earlier rule is unknown: then needs_more_info, asking for what every undecided rule
 *   before the first met one is missing. The outcome is also needs_more_info while the
 *   procedure or a relevant route is undecided: every part of the answer must be settled.
 */
export const Combine = z.discriminatedUnion('scheme', [
  z
    .object({
      scheme: z.literal('requirements'),
      pass: ValueId,
      fail: ValueId,
      discretion: ValueId.optional(),
    })
    .strict(),
  z
    .object({
      scheme: z.literal('first_match'),
      rules: z
        .array(
          z
            .object({
              outcome: ValueId,
              /** Omitted: always (the last rule). */
              when: Condition.optional(),
            })
            .strict(),
        )
        .min(1),
    })
    .strict(),
]);

export const NEEDS_MORE_INFO = 'needs_more_info';

const text = (min: number) => z.string().min(min);

/**
 * The check's texts in English, for a check asked for in English, kept together at the end of
 * the file: by fact name, criterion, procedure value, route and outcome id, each text under
 * the name of the Norwegian text it translates. Wording only: the rules are the Norwegian
 * part's. What is left out is shown in Norwegian.
 */
export const CheckEnglish = z
  .object({
    facts: z
      .record(FactName, z.object({ question: text(10), help: text(1), values: z.record(ValueId, text(2)) }).partial().strict())
      .default({}),
    criteria: z.record(Id, z.object({ label: text(5), met: text(10), not_met: text(10), caveat: text(1) }).partial().strict()).default({}),
    /** The procedure rules' labels in the rules' order, each with its rule's value (two rules may share a value). */
    procedure: z.array(z.object({ value: ValueId, label: text(3) }).strict()).default([]),
    routes: z
      .record(Id, z.object({ label: text(3), when_available: text(10), when_unavailable: text(10), when_not_relevant: text(10), caveat: text(1) }).partial().strict())
      .default({}),
    outcomes: z.record(ValueId, text(10)).default({}),
  })
  .strict();

export const Check = z
  .object({
    id: Id,
    title: z.string().min(5),
    /** What the check answers, in Norwegian. */
    summary: z.string().min(20),
    /** Checks whose facts and outcome this one builds on (`{ check: id }` in conditions). */
    uses: z.array(Id).default([]),
    facts: z.array(FactDef).default([]),
    /**
     * Facts that contradict each other: each rule must not be "not met" (unknown is fine:
     * a missing fact contradicts nothing). The message names the field and what is allowed.
     */
    constraints: z
      .array(
        z
          .object({
            field: FactName,
            rule: Condition,
            message: z.string().min(10),
            /**
             * When the `field` (a yes/no fact) is not given and the other facts leave it only one
             * value that keeps the rule, it takes that value instead of being asked: a supplier
             * with private owners is not the buyer's kommunalt foretak.
             */
            settles_field: z.boolean().optional(),
          })
          .strict(),
      )
      .default([]),
    criteria: z.array(Criterion).min(1),
    procedure: z.array(ProcedureRule).min(1).optional(),
    routes: z.array(Route).min(1).optional(),
    outcomes: z.array(OutcomeDef).min(2),
    combine: Combine,
    ...PresentationKeys,
    english: CheckEnglish.optional(),
  })
  .strict();

export type NumberRef = z.infer<typeof NumberRef>;
export type Operand = z.infer<typeof Operand>;
export type Condition = z.infer<typeof Condition>;
export type FactDef = z.infer<typeof FactDef>;
export type Citation = z.infer<typeof Citation>;
export type Criterion = z.infer<typeof Criterion>;
export type Role = z.infer<typeof Role>;
export type ProcedureRule = z.infer<typeof ProcedureRule>;
export type Route = z.infer<typeof Route>;
export type OutcomeDef = z.infer<typeof OutcomeDef>;
export type Combine = z.infer<typeof Combine>;
export type Check = z.infer<typeof Check>;
export type CheckEnglish = z.infer<typeof CheckEnglish>;
