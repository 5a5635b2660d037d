/** The condition language is described once (src/knowledge/checks/conditions.ts): the schema, the docs and the comparisons follow that table. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.ts';
import { boundaryOf, compare, COMPARISON_OPS, CONDITION_KEYS, conditionTable, factsFor } from '../../src/knowledge/checks/conditions.ts';
import { Condition } from '../../src/knowledge/checks/schema.ts';

describe('the condition language', () => {
  it('has a row for exactly the keys the schema accepts', () => {
    expect(Object.keys(Condition.shape).sort()).toEqual(Object.keys(CONDITION_KEYS).sort());
  });

  it('is printed in knowledge/README.md as the table says', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'knowledge', 'README.md'), 'utf8');
    const printed = readme.split('<!-- condition-table:start -->\n')[1]?.split('\n<!-- condition-table:end -->')[0];
    expect(printed, 'run: npx tsx -e "import(\'./src/knowledge/checks/conditions.ts\').then(m => console.log(m.conditionTable()))"').toBe(conditionTable());
  });

  it('compares at the boundary as the words say, and puts the boundary on the side the knowledge’s comparators do', () => {
    expect(COMPARISON_OPS.map((op) => [op, compare(op, 30, 30), compare(op, 31, 30), compare(op, 29, 30)])).toEqual([
      ['at_least', true, true, false],
      ['more_than', false, true, false],
      ['less_than', false, false, true],
      ['at_most', true, false, true],
    ]);
    expect([boundaryOf('min'), boundaryOf('max'), boundaryOf('more_than'), boundaryOf('less_than')]).toEqual(['up', 'down', 'down', 'up']);
    expect(factsFor('contains_any')).toEqual(['list']);
    expect(factsFor('all')).toBeUndefined();
  });
});
