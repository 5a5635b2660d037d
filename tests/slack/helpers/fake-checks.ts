/**
 * A stand-in for the checks module, behind the same CheckPort the app uses, so the
 * Slack layer is tested on its own: modal fields, inline facts, errors, results.
 * The rules here are simplified test data, not the law.
 */
import type { CheckPort, CheckReply, CheckSpec, Facts, FactError } from '../../../src/conversation/check-port.ts';
import type { CheckResult } from '../../../src/checks/result.ts';

const cite = (text: string) => ({ text, url: 'https://lovdata.no/forskrift/2016-08-12-974/§30-1', status: 'in_force' as const });

export const FAKE_SPECS: CheckSpec[] = [
  {
    id: 'procurement-options',
    title: 'Anskaffelsesvei og reservert kontrakt',
    shortTitle: 'Reservert kontrakt',
    command: { name: '/reserved-contract-check', help: 'Hvilke anskaffelsesveier er åpne?', button: 'Sjekk anskaffelsesvei', order: 1, examples: ['verdi=450000 andel=35 hovedformål=ja'] },
    facts: [
      { name: 'estimatedValueNok', type: 'number', question: 'Anslått verdi uten mva. for hele kontraktsperioden (kr)', unit: 'nok', min: 0, aliases: ['verdi', 'beløp'] },
      {
        name: 'buyerType',
        type: 'enum',
        question: 'Hvem kjøper?',
        aliases: ['oppdragsgiver', 'kjøper'],
        values: [
          { value: 'state', label: 'Staten', aliases: ['stat', 'staten'] },
          { value: 'municipality', label: 'Kommune', aliases: ['kommune', 'kommunal'] },
          { value: 'county', label: 'Fylkeskommune', aliases: ['fylke'] },
          { value: 'other-public', label: 'Annen offentlig oppdragsgiver', aliases: ['annen', 'offentlig'] },
        ],
      },
      { name: 'supplierMainPurposeIntegration', type: 'boolean', question: 'Er leverandørens hovedformål integrering av personer med nedsatt funksjonsevne eller vanskeligstilte?', aliases: ['hovedformål', 'hovedformal'] },
      { name: 'disadvantagedEmployeeSharePercent', type: 'number', question: 'Hvor stor andel av de ansatte er vanskeligstilte (prosent)?', unit: 'percent', min: 0, max: 100, aliases: ['andel', 'share'] },
      { name: 'privateOwnershipPercent', type: 'number', question: 'Privat eierandel i leverandøren (prosent)', unit: 'percent', min: 0, max: 100, aliases: ['privat'] },
      { name: 'publicOwnershipPercent', type: 'number', question: 'Offentlig eierandel i leverandøren (prosent)', unit: 'percent', min: 0, max: 100, aliases: ['offentlig_eierandel'] },
      {
        name: 'otherActivities',
        type: 'list',
        question: 'Andre aktiviteter',
        aliases: ['andre_aktiviteter', 'aktiviteter'],
        values: [
          { value: 'dagsenter', label: 'Dagsenter' },
          { value: 'utleie-av-eiendom', label: 'Utleie av eiendom' },
        ],
      },
    ],
  },
  {
    id: 'in-house',
    title: 'Utvidet egenregi',
    shortTitle: 'Utvidet egenregi',
    command: { name: '/in-house-check', help: 'Kan kjøpet skje som utvidet egenregi?', button: 'Sjekk utvidet egenregi', order: 2, examples: ['kontroll=ja'] },
    facts: [{ name: 'buyerControlsSupplier', type: 'boolean', question: 'Har oppdragsgiveren kontroll over leverandøren?', aliases: ['kontroll'] }],
  },
  {
    id: 'provider-approval',
    title: 'Godkjenning av tiltaksarrangør',
    shortTitle: 'Godkjenning av arrangør',
    command: { name: '/provider-check', help: 'Oppfyller en tiltaksarrangør kravene?', button: 'Sjekk godkjenning', order: 3, examples: ['utbytte=nei'] },
    facts: [{ name: 'paysDividend', type: 'boolean', question: 'Betaler virksomheten utbytte?', aliases: ['utbytte'] }],
  },
];

/** The fake's citations: entry id → what the real adapter would resolve it to. */
const SOURCES: CheckReply['sources'] = Object.fromEntries(
  [
    ['foa-5-1', 'anskaffelsesforskriften § 5-1'],
    ['foa-1-2', 'anskaffelsesforskriften § 1-2'],
    ['foa-30-1', 'anskaffelsesforskriften § 30-1'],
    ['tiltak-14-5', 'tiltaksforskriften § 14-5'],
  ].map(([id, text]) => [id, cite(text!)]),
);

const result = (r: Pick<CheckResult, 'check' | 'title' | 'outcome' | 'outcomeText' | 'asOf'> & Partial<CheckResult>): CheckResult => ({ criteria: [], questions: [], citations: [], unresolvedNumbers: [], ...r });
const question = (fact: string, text: string) => ({ fact, question: text, allowed: 'test' });

function procurement(facts: Facts, asOf: string): CheckReply {
  const value = facts.estimatedValueNok as number | undefined;
  const main = facts.supplierMainPurposeIntegration as boolean | undefined;
  const share = facts.disadvantagedEmployeeSharePercent as number | undefined;
  const reserved = main === undefined || share === undefined ? null : main && share >= 30;
  const questions = [
    ...(value === undefined ? [question('estimatedValueNok', 'Hva er anslått verdi uten mva.?')] : []),
    ...(main === undefined ? [question('supplierMainPurposeIntegration', 'Er hovedformålet integrering?')] : []),
    ...(share === undefined ? [question('disadvantagedEmployeeSharePercent', 'Hvor stor andel er vanskeligstilte?')] : []),
  ];
  return {
    result: result({
      check: 'procurement-options',
      title: 'Anskaffelsesvei og reservert kontrakt',
      outcome: questions.length ? 'needs_more_info' : 'routes',
      outcomeText: questions.length ? 'Svar på spørsmålene nedenfor.' : 'Se veiene nedenfor.',
      ...(value === undefined ? {} : { procedure: { value: value < 100_000 ? 'not-covered' : 'part-2', label: value < 100_000 ? 'Under 100 000 kr' : 'Del II', citations: ['foa-5-1'] } }),
      routes: [
        { id: 'below-limit', label: 'Under 100 000 kr', available: value === undefined ? null : value < 100_000, relevant: true, reasons: ['Verdien avgjør.'], citations: ['foa-1-2'] },
        { id: 'reserved-contract', label: 'Reservert konkurranse', available: reserved, relevant: true, reasons: ['Minst 30 % vanskeligstilte og integrering som hovedformål.'], citations: ['foa-30-1'] },
      ],
      questions,
      asOf,
    }),
    outcome: questions.length ? { label: 'Trenger flere opplysninger', verdict: 'unknown' } : { label: 'Disse veiene er åpne', verdict: 'info' },
    facts,
    sources: SOURCES,
  };
}

export function fakeCheckPort(today = '2026-11-22'): CheckPort {
  return {
    list: () => FAKE_SPECS,
    run(checkId, facts, options = {}) {
      const asOf = options.asOf ?? today;
      const errors: FactError[] = [];
      const pub = facts.publicOwnershipPercent as number | undefined;
      const priv = facts.privateOwnershipPercent as number | undefined;
      if (pub !== undefined && priv !== undefined && pub + priv > 100) {
        errors.push({ fact: 'privateOwnershipPercent', message: `Privat eierandel (${priv} %) kan ikke være mer enn 100 minus offentlig eierandel (${pub} %).` });
      }
      if (errors.length) return { ok: false, errors };
      if (checkId === 'procurement-options') return { ok: true, reply: procurement(facts, asOf) };
      const spec = FAKE_SPECS.find((s) => s.id === checkId);
      if (!spec) return { ok: false, errors: [{ fact: null, message: `unknown check ${checkId}` }] };
      const known = spec.facts.every((f) => facts[f.name] !== undefined);
      return {
        ok: true,
        reply: {
          result: result({
            check: checkId,
            title: spec.title,
            outcome: known ? 'eligible' : 'needs_more_info',
            outcomeText: known ? 'Alt stemmer.' : 'Svar på spørsmålene nedenfor.',
            criteria: spec.facts.map((f) => ({
              id: f.name,
              label: f.question,
              role: 'required',
              result: facts[f.name] === undefined ? 'unknown' : 'met',
              explanation: 'Test.',
              citations: ['tiltak-14-5'],
              basis: 'law',
              caveat: null,
              missing: facts[f.name] === undefined ? [f.name] : [],
            })),
            questions: known ? [] : spec.facts.map((f) => question(f.name, f.question)),
            asOf,
          }),
          outcome: known ? { label: 'Vilkårene er oppfylt', verdict: 'yes' } : { label: 'Trenger flere opplysninger', verdict: 'unknown' },
          facts,
          sources: SOURCES,
        },
      };
    },
  };
}
