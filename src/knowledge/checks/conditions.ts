/**
 * The condition language of the checks, described once. Every key a condition may use
 * is a row here: what it is, which facts it tests, and (for comparisons) how it compares
 * and on which side of a boundary value the value itself falls. The schema takes its
 * key lists from this table, the evaluator its comparisons, the validator the types
 * each test is for and the boundaries, and knowledge/README.md prints it (a test keeps
 * the two the same).
 */

export type FactKind = 'boolean' | 'number' | 'enum' | 'list';

interface Row {
  /**
   * - subject: what a condition is about (exactly one per condition);
   * - test: what is asked of a fact (exactly one with `fact`; a comparison with `sum`);
   */
  role: 'subject' | 'test';
  /** Which facts a test is for. */
  facts?: readonly FactKind[];
  /** For comparisons: whether `value` compared with `bound` holds. */
  compare?: (value: number, bound: number) => boolean;
  /** For comparisons: "up" when the bound itself counts as at or above it, "down" when at or below. */
  boundary?: 'up' | 'down';
  /** How the key is written, and what it means (for the documentation). */
  form: string;
  meaning: string;
}

export const CONDITION_KEYS = {
  fact: { role: 'subject', form: '`{ fact: name, <test> }`', meaning: 'tests one fact (one test key below)' },
  sum: { role: 'subject', form: '`{ sum: [a, b], at_most: 100 }`', meaning: 'compares the sum of number facts of one unit (a comparison below)' },
  all: { role: 'subject', form: '`{ all: [..] }`', meaning: 'every condition holds (three-valued: not met if one is not met, else unknown if one is unknown)' },
  any: { role: 'subject', form: '`{ any: [..] }`', meaning: 'some condition holds (met if one is met, else unknown if one is unknown)' },
  not: { role: 'subject', form: '`{ not: .. }`', meaning: 'the condition does not hold (unknown stays unknown)' },
  criterion: { role: 'subject', form: '`{ criterion: id }`', meaning: 'an earlier criterion of this check applies and is met' },
  route: { role: 'subject', form: '`{ route: id }`', meaning: 'an earlier route is available' },
  check: { role: 'subject', form: '`{ check: id }`', meaning: 'a check named in `uses` reaches its passing outcome' },
  procedure: { role: 'subject', form: '`{ procedure: [..] }`', meaning: 'the procedure found is one of these (routes and combine only)' },
  is: { role: 'test', facts: ['boolean', 'number', 'enum'], form: '`is: value`', meaning: 'the fact equals the value' },
  in: { role: 'test', facts: ['enum'], form: '`in: [..]`', meaning: 'the fact is one of the values' },
  at_least: { role: 'test', facts: ['number'], compare: (v, b) => v >= b, boundary: 'up', form: '`at_least: n`', meaning: 'the number is n or more' },
  more_than: { role: 'test', facts: ['number'], compare: (v, b) => v > b, boundary: 'down', form: '`more_than: n`', meaning: 'the number is above n' },
  less_than: { role: 'test', facts: ['number'], compare: (v, b) => v < b, boundary: 'up', form: '`less_than: n`', meaning: 'the number is below n' },
  at_most: { role: 'test', facts: ['number'], compare: (v, b) => v <= b, boundary: 'down', form: '`at_most: n`', meaning: 'the number is n or less' },
  meets: { role: 'test', facts: ['number'], form: '`meets: { entry, number }`', meaning: 'compares as the knowledge says the number is meant (its comparator: min, max, more_than, less_than)' },
  contains_any: { role: 'test', facts: ['list'], form: '`contains_any: [..]`', meaning: 'the list holds at least one of the values' },
  only: { role: 'test', facts: ['list'], form: '`only: [..]`', meaning: 'the list holds nothing but these values (an empty list too)' },
} as const satisfies Record<string, Row>;

export type ConditionKey = keyof typeof CONDITION_KEYS;

const keysWith = <K extends ConditionKey>(test: (row: Row) => boolean) => (Object.keys(CONDITION_KEYS) as K[]).filter((k) => test(CONDITION_KEYS[k]));

export const SUBJECT_KEYS = keysWith((r) => r.role === 'subject');
export const TEST_KEYS = keysWith((r) => r.role === 'test');
export const COMPARISON_OPS = ['at_least', 'more_than', 'less_than', 'at_most'] as const satisfies readonly ConditionKey[];
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

/** Which comparison a number's comparator in the knowledge stands for (`meets`). */
export const COMPARATOR_OP: Record<'min' | 'max' | 'more_than' | 'less_than', ComparisonOp> = { min: 'at_least', max: 'at_most', more_than: 'more_than', less_than: 'less_than' };

export function compare(op: ComparisonOp, value: number, bound: number): boolean {
  return CONDITION_KEYS[op].compare(value, bound);
}

/** Where the boundary value itself falls for an operator or a number's comparator. */
export function boundaryOf(op: ComparisonOp | keyof typeof COMPARATOR_OP): 'up' | 'down' {
  return CONDITION_KEYS[op in COMPARATOR_OP ? COMPARATOR_OP[op as keyof typeof COMPARATOR_OP] : (op as ComparisonOp)].boundary;
}

/** The facts a test key is for, or undefined for a subject key. */
export function factsFor(key: ConditionKey): readonly FactKind[] | undefined {
  const row: Row = CONDITION_KEYS[key];
  return row.facts;
}

/** The table as Markdown, as knowledge/README.md shows it. */
export function conditionTable(): string {
  const rows = (Object.keys(CONDITION_KEYS) as ConditionKey[]).map((k) => {
    const row: Row = CONDITION_KEYS[k];
    const what = row.role === 'subject' ? 'subject' : `test (${row.facts!.join(', ')} facts)`;
    return `| ${row.form} | ${what} | ${row.meaning} |`;
  });
  return ['| key | kind | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
