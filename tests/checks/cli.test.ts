/**
 * The `check` command's contract, run in process (tests/helpers/run-cli.ts):
 * `npm run --silent check -- ...` runs the compiled src/cli/check.ts (asserted
 * below; tests/process/cli-smoke.test.ts starts it for real).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

async function check(args: string[], stdin = '') {
  const r = await runCli('check', args, { stdin });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

const PURCHASE = {
  estimatedValueNok: 2_500_000,
  buyerType: 'municipality',
  serviceCategory: 'goods-services',
  supplierIsOwnMunicipalEnterprise: false,
  buyerControlsSupplier: true,
  activityForControllingBuyersPercent: 35,
  privateOwnershipPercent: 0,
  supplierIsContractingAuthority: false,
  supplierMainPurposeIntegration: true,
  disadvantagedEmployeeSharePercent: 42,
};

describe('check CLI', { timeout: 60_000 }, () => {
  it('is the npm script "check"', async () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.check).toBe('node scripts/run.mjs cli/check');
  });

  it('--list lists every check with its facts', async () => {
    const r = await check(['--list']);
    expect(r.status).toBe(0);
    for (const id of ['reserved-contract', 'in-house', 'procurement-options', 'provider-approval']) expect(r.stdout).toMatch(new RegExp(`^${id} – `, 'm'));
    expect(r.stdout).toMatch(/^ {2}disadvantagedEmployeeSharePercent \(a number from 0 to 100 \(percent\)\): /m);
    expect(r.stdout).toMatch(/^ {2}buyerType \(one of "state", "municipality", "county", "other-public"\): /m);
  });

  it('--json follows the contract, routes in order, for procurement-options', async () => {
    const r = await check(['procurement-options', '--json', '--as-of', '2026-11-22'], JSON.stringify(PURCHASE));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ check: 'procurement-options', outcome: 'competition', procedure: 'part-3', questions: [], as_of: '2026-11-22' });
    expect(out.routes.map((x: { id: string }) => x.id)).toEqual(['below-limit', 'in-house', 'public-public-cooperation', 'reserved-contract', 'inclusive-contract', 'open-competition']);
    expect(out.routes.map((x: { available: boolean | null }) => x.available)).toEqual([false, false, false, true, true, true]);
    for (const route of out.routes) expect(Object.keys(route)).toEqual(['id', 'available', 'reasons', 'citations']);
    const reserved = out.routes.find((x: { id: string }) => x.id === 'reserved-contract');
    expect(reserved.citations).toContain('foa-16-9');
    for (const c of out.criteria) {
      expect(c).toMatchObject({ id: expect.any(String), result: expect.stringMatching(/^(met|not_met|unknown)$/), citations: expect.any(Array) });
    }
    expect(out.criteria.find((c: { id: string }) => c.id === 'in-house.activity')).toMatchObject({ result: 'not_met', citations: ['foa-3-1', 'foa-3-2', 'foa-3-4'] }); // joint control not stated: both may apply; § 3-4 says how the share is calculated
    expect(out.citations.map((c: { id: string }) => c.id)).toContain('foa-5-3');
    expect(out.citations.find((c: { id: string }) => c.id === 'foa-16-9')).toMatchObject({ citation: 'anskaffelsesforskriften § 16-9', status: 'in_force' });
  });

  it('prints a readable verdict: outcome, ✓ / ✗ / ? with citations, and the questions left', async () => {
    const r = await check(['reserved-contract', '--as-of', '2026-11-22'], JSON.stringify({ supplierMainPurposeIntegration: true }));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Utfall: needs_more_info');
    expect(r.stdout).toMatch(/✓ Hovedformålet er å integrere funksjonshemmede eller vanskeligstilte/);
    expect(r.stdout).toMatch(/\? Minst 30 % av de ansatte/);
    expect(r.stdout).toContain('Hjemmel: anskaffelsesforskriften § 8-8; anskaffelsesforskriften § 16-9; anskaffelsesforskriften § 30-3');
    expect(r.stdout).toMatch(/Spørsmål som må besvares:\n {2}1\. Hvor mange prosent av de ansatte/);
    const failed = await check(['in-house'], JSON.stringify({ buyerControlsSupplier: false }));
    expect(failed.stdout).toMatch(/✗ Oppdragsgiveren kontrollerer leverandøren/);
  });

  it('reads facts from --facts as from stdin', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'facts-')), 'facts.json');
    writeFileSync(file, JSON.stringify(PURCHASE));
    const fromFile = await check(['procurement-options', '--json', '--as-of', '2026-11-22', '--facts', file]);
    const fromStdin = await check(['procurement-options', '--json', '--as-of', '2026-11-22'], JSON.stringify(PURCHASE));
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toBe(fromStdin.stdout);
  });

  it('evaluates the rules in force on --as-of (AFT before and after 2026-01-01)', async () => {
    const facts = JSON.stringify({
      measure: 'AFT', organisationForm: 'AS', publicOwnershipPercent: 100, privateOwnershipPercent: 0, newProvider: false,
      measureIsPrimaryActivity: false, otherActivities: ['dagsenter'], surplusStaysInCompany: true, paysDividend: false,
      ownsOrControlsOtherBusiness: false, separateAccountsPerMeasure: true,
    });
    const before = JSON.parse((await check(['provider-approval', '--json', '--as-of', '2025-12-31'], facts)).stdout);
    const after = JSON.parse((await check(['provider-approval', '--json', '--as-of', '2026-01-01'], facts)).stdout);
    expect(before.outcome).toBe('does_not_meet');
    expect(after.outcome).toBe('needs_nav_assessment');
    expect(after.citations.map((c: { id: string }) => c.id)).toContain('tf-13-6-3');
    expect(before.citations.map((c: { id: string }) => c.id)).not.toContain('tf-13-6-3');
  });

  it.each([
    ['a percentage of 150', ['reserved-contract'], '{"disadvantagedEmployeeSharePercent": 150}', /^error: disadvantagedEmployeeSharePercent: 150 is not allowed \(allowed: a number from 0 to 100 \(percent\)\)$/],
    ['a wrong enum value', ['procurement-options'], '{"buyerType": "kommune"}', /^error: buyerType: "kommune" is not allowed \(allowed: one of "state", "municipality", "county", "other-public"\)$/],
    ['shares above 100', ['provider-approval'], '{"publicOwnershipPercent": 70, "privateOwnershipPercent": 40}', /^error: privateOwnershipPercent: .*more than 100 minus publicOwnershipPercent.*\(allowed: /],
    ['an unknown fact', ['in-house'], '{"control": true}', /^error: control: unknown fact "control" \(allowed: facts of this check: buyerControlsSupplier, /],
    ['broken JSON', ['in-house'], '{"buyerControlsSupplier": tru', /^error: facts must be one JSON object/],
    ['an unknown check', ['reserved'], '{}', /^error: check: unknown check "reserved" \(allowed: .*reserved-contract/],
    ['a bad date', ['in-house', '--as-of', '2026-13-01'], '{}', /^error: --as-of needs a real date as YYYY-MM-DD/],
    ['an unknown flag', ['in-house', '--verbose'], '{}', /^error: Unknown option '--verbose'/],
    ['no check named', [], '{}', /^error: name one check/],
  ])('refuses %s with one line on stderr and exit code 2', async (_, args, stdin, message) => {
    const r = await check(args as string[], stdin as string);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
