/**
 * `kb:check` rejects a broken check, with file:line:col field: message, before it can
 * reach a user. Each test breaks one thing in a copy of the real knowledge base.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';

/** Edits one file of a private copy of the knowledge base; fails if the edit changed nothing. */
function editFile(path: string, edit: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error('the edit changed nothing; the test is stale');
  writeFileSync(path, after);
}

/**
 * Problems after editing one check file in a private copy of the knowledge base, paths from
 * "checks/"; `entries` optionally edits an entries file of the same copy first.
 */
function problemsAfter(file: string, edit: (text: string) => string, entries?: { file: string; edit: (text: string) => string }): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'kb-checks-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  if (entries) editFile(join(dir, 'entries', entries.file), entries.edit);
  editFile(join(dir, 'checks', file), edit);
  const r = loadKnowledge(dir);
  return r.ok ? [] : r.problems.map((p) => formatProblem(p).replace(/^.*?(checks\/)/, '$1'));
}

const RESERVED = 'reserved-contract.yaml';

describe('check validation (kb:check)', () => {
  it('accepts the real checks, one per file in knowledge/checks/', () => {
    const r = loadKnowledge(KNOWLEDGE_DIR);
    const files = readdirSync(join(KNOWLEDGE_DIR, 'checks')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    expect(files).toContain('reserved-contract');
    expect(r.ok ? r.kb.checks.map((c) => c.id).sort() : r.problems.map(formatProblem)).toEqual(files.sort());
  });

  it('reports a cited entry that does not exist, at its line and column', () => {
    const problems = problemsAfter(RESERVED, (t) => t.replace('cites: [foa-8-8, foa-16-9, foa-30-3]\n    met: Hovedformålet', 'cites: [foa-8-9, foa-16-9, foa-30-3]\n    met: Hovedformålet'));
    expect(problems).toEqual(['checks/reserved-contract.yaml:33:13 criteria.0.cites.0: unknown entry "foa-8-9"']);
  });

  it('refuses a proposal cited as law', () => {
    // The hearing note on chapter 14 A is background now that the chapter is adopted; in the
    // copy, one of its entries is made a proposal again to have one to cite.
    const asProposal = { file: 'horingsnotat-14a.yaml', edit: (t: string) => t.replace(/(id: hn14a-kap14a\n(?:.*\n){2})    status: background/, '$1    status: proposed') };
    const problems = problemsAfter(RESERVED, (t) => t.replace('cites: [foa-8-8, foa-16-9, foa-30-3]\n    met: Hovedformålet', 'cites: [foa-8-8, hn14a-kap14a]\n    met: Hovedformålet'), asProposal);
    expect(problems).toEqual([expect.stringMatching(/^checks\/reserved-contract\.yaml:33:\d+ criteria\.0\.cites\.1: cites "hn14a-kap14a", a proposal \(status proposed\), as law/)]);
  });

  it('refuses a number reference that does not resolve to a number of the entry', () => {
    const problems = problemsAfter(RESERVED, (t) => t.replace('meets: { entry: foa-8-8, number: min_share_percent }', 'meets: { entry: foa-8-8, number: min_share }'));
    expect(problems).toEqual([expect.stringMatching(/criteria\.1\.condition\.meets: entry "foa-8-8" states no number "min_share" \(its numbers: min_share_percent\)$/)]);
  });

  it('refuses a legal number written into the check', () => {
    const problems = problemsAfter(RESERVED, (t) => t.replace('meets: { entry: foa-8-8, number: min_share_percent }', 'at_least: 30'));
    expect(problems).toEqual([expect.stringMatching(/criteria\.1\.condition\.at_least: 30 is a legal number written into the check; refer to it as \{ entry, number \}/)]);
  });

  it('refuses an operator that puts the boundary on the wrong side of what the knowledge says (more than vs at least)', () => {
    const problems = problemsAfter(RESERVED, (t) => t.replace('meets: { entry: foa-8-8, number: min_share_percent }', 'more_than: { entry: foa-8-8, number: min_share_percent }'));
    expect(problems).toEqual([expect.stringMatching(/criteria\.1\.condition\.more_than: more_than disagrees with the knowledge, which gives min_share_percent as "min"/)]);
  });

  it('refuses a number in another unit than the fact', () => {
    const problems = problemsAfter('procurement-options.yaml', (t) =>
      t.replace('{ fact: estimatedValueNok, meets: { entry: loa-2, number: lower_limit_nok } }', '{ fact: estimatedValueNok, meets: { entry: foa-8-8, number: min_share_percent } }'),
    );
    expect(problems).toContain(problems.find((p) => /criteria\.0\.condition\.meets\.number: min_share_percent is in percent, estimatedValueNok in nok/.test(p)));
    expect(problems.some((p) => /the number comes from "foa-8-8", which this rule does not cite/.test(p))).toBe(true);
  });

  it('refuses a rule that applies on dates when nothing it cites is in force', () => {
    const problems = problemsAfter('provider-approval.yaml', (t) => t.replace(/    valid_from: "2026-01-01"\n(    applies_when:\n      all:\n        - \{ fact: measure, is: AFT \}\n        - not: \{ criterion: aft-ideell-route \}\n    condition: \*primary-activity)/, '$1'));
    expect(problems).toEqual([expect.stringMatching(/criteria\.\d+\.cites: nothing cited is in force before any cited entry starts; add valid_from\/valid_to/)]);
  });

  it('refuses an unknown fact and a value the fact does not have', () => {
    const problems = problemsAfter('provider-approval.yaml', (t) =>
      t.replace('condition: { fact: paysDividend, is: false }', 'condition: { fact: paysDividends, is: false }').replace("contains_any: [utleie-av-eiendom]", 'contains_any: [utleie]'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/condition\.fact: unknown fact "paysDividends"/),
      expect.stringMatching(/condition\.not\.contains_any\.0: "utleie" is not a value of otherActivities/),
    ]);
  });

  it('requires the needs_more_info outcome: a missing fact is never defaulted', () => {
    const problems = problemsAfter(RESERVED, (t) => t.replace(/  - id: needs_more_info\n    text: .*\n/, ''));
    expect(problems).toEqual([expect.stringMatching(/^checks\/reserved-contract\.yaml:\d+:\d+ outcomes: every check needs the outcome needs_more_info/)]);
  });

  it('reports a cycle of checks using each other', () => {
    const problems = problemsAfter('in-house.yaml', (t) => t.replace('id: in-house\n', 'id: in-house\nuses: [procurement-options]\n'));
    expect(problems).toContainEqual(expect.stringMatching(/^checks\/in-house\.yaml:\d+:\d+ uses\.0: check "procurement-options" must combine by requirements/));
    expect(problems).toContainEqual(expect.stringMatching(/uses\.0: check "procurement-options" uses this check again \(a cycle\)/));
  });

  it('allows settles_field only on a yes/no fact', () => {
    const problems = problemsAfter('procurement-options.yaml', (t) =>
      t.replace('  - field: supplierIsOwnMunicipalEnterprise\n    settles_field: true', '  - field: estimatedValueNok\n    settles_field: true'),
    );
    expect(problems).toContainEqual(expect.stringMatching(/constraints\.\d+\.settles_field: settles_field is for yes\/no facts; estimatedValueNok is a number fact/));
  });

  it('reports an unknown key instead of ignoring it', () => {
    const problems = problemsAfter(RESERVED, (t) => t.replace('    condition: { fact: supplierMainPurposeIntegration, is: true }', '    condition: { fact: supplierMainPurposeIntegration, equals: true }'));
    expect(problems.join('\n')).toMatch(/criteria\.0\.condition: .*equals/);
  });
  describe('the English part of a check', () => {
    it('refuses a translation of a criterion the check does not have, and one with other placeholders than the Norwegian text', () => {
      const unknown = problemsAfter(RESERVED, (t) => t.replace('  criteria:\n    main-purpose:\n', '  criteria:\n    main-purpse: { label: The main purpose is integration }\n    main-purpose:\n'));
      expect(unknown).toEqual([expect.stringMatching(/english\.criteria\.main-purpse: "main-purpse" is not in criteria of this check/)]);
      const holes = problemsAfter(RESERVED, (t) => t.replace('label: At least {number:foa-8-8/min_share_percent} of the employees', 'label: At least 30 % of the employees'));
      expect(holes).toEqual([expect.stringMatching(/english\.criteria\.employee-share\.label: has other placeholders than the Norwegian text \(number:foa-8-8\/min_share_percent\)/)]);
    });
  });

  describe('the keys a check presents itself with', () => {
    it('refuses an alias for a fact the check does not define, and a label for an outcome it does not have', () => {
      const problems = problemsAfter(RESERVED, (t) => t.replace('aliases:\n  supplierMainPurposeIntegration:', 'outcome_labels_extra: 1\naliases:\n  estimatedValueNok: [verdi2]\n  supplierMainPurposeIntegration:'));
      expect(problems.join('\n')).toMatch(/outcome_labels_extra/);
      const labels = problemsAfter(RESERVED, (t) => t.replace('  eligible: { label: Vilkårene er oppfylt, verdict: yes }', '  qualified: { label: Vilkårene er oppfylt, verdict: yes }'));
      expect(labels).toEqual([expect.stringMatching(/^checks\/reserved-contract\.yaml:\d+:\d+ outcome_labels\.qualified: "qualified" is not an outcome of this check/)]);
      const alias = problemsAfter(RESERVED, (t) => t.replace('aliases:\n  supplierMainPurposeIntegration:', 'aliases:\n  estimatedValueNok: [verdi2]\n  supplierMainPurposeIntegration:'));
      expect(alias).toEqual([expect.stringMatching(/aliases\.estimatedValueNok: "estimatedValueNok" is not a fact this check defines/)]);
    });

    it('refuses a name that would mean two facts, and a command check without a label for every outcome', () => {
      const twice = problemsAfter('in-house.yaml', (t) => t.replace('jointControl: [felleskontroll,', 'jointControl: [kontroll, felleskontroll,'));
      expect(twice).toContainEqual(expect.stringMatching(/"kontroll" would mean both buyerControlsSupplier and jointControl/));
      const unlabelled = problemsAfter('in-house.yaml', (t) => t.replace('  not_eligible: { label: Vilkårene er ikke oppfylt, verdict: no }\n', ''));
      expect(unlabelled).toEqual([expect.stringMatching(/outcome_labels: a check with a command labels every outcome; "not_eligible" has no label/)]);
    });

    it('refuses two checks with one command', () => {
      const problems = problemsAfter('in-house.yaml', (t) => t.replace('name: /in-house-check', 'name: /provider-check'));
      expect(problems).toContainEqual(expect.stringMatching(/command\.name: \/provider-check is also the command of/));
    });
  });
});
