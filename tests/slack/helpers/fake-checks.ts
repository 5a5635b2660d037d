/**
 * A stand-in for the checks module, behind the same CheckPort the app uses, so the
 * Slack layer is tested on its own: modal fields, inline facts, errors, results.
 * The rules here are simplified test data, not the law.
 */
import type { CheckPort, CheckResultView, CheckSpec, Facts, FactError } from '../../../src/conversation/check-port.ts';

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
        choices: [
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
        choices: [
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

function procurement(facts: Facts, asOf: string): CheckResultView {
  const value = facts.estimatedValueNok as number | undefined;
  const main = facts.supplierMainPurposeIntegration as boolean | undefined;
  const share = facts.disadvantagedEmployeeSharePercent as number | undefined;
  const reserved = main === undefined || share === undefined ? null : main && share >= 30;
  const questions = [
    ...(value === undefined ? ['Hva er anslått verdi uten mva.?'] : []),
    ...(main === undefined ? ['Er hovedformålet integrering?'] : []),
    ...(share === undefined ? ['Hvor stor andel er vanskeligstilte?'] : []),
  ];
  return {
    checkId: 'procurement-options',
    title: 'Anskaffelsesvei og reservert kontrakt',
    outcome: questions.length ? 'needs_more_info' : 'routes',
    outcomeLabel: questions.length ? 'Trenger flere opplysninger' : 'Disse veiene er åpne',
    outcomeText: questions.length ? 'Svar på spørsmålene nedenfor.' : 'Se veiene nedenfor.',
    verdict: questions.length ? 'unknown' : 'info',
    procedure: value === undefined ? undefined : { id: value < 100_000 ? 'not-covered' : 'part-2', label: value < 100_000 ? 'Under 100 000 kr' : 'Del II', citations: [cite('anskaffelsesforskriften § 5-1')] },
    routes: [
      { id: 'below-limit', label: 'Under 100 000 kr', available: value === undefined ? null : value < 100_000, reasons: ['Verdien avgjør.'], citations: [cite('anskaffelsesforskriften § 1-2')] },
      { id: 'reserved-contract', label: 'Reservert konkurranse', available: reserved, reasons: ['Minst 30 % vanskeligstilte og integrering som hovedformål.'], citations: [cite('anskaffelsesforskriften § 30-1')] },
    ],
    criteria: [],
    questions,
    asOf,
    facts,
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
      if (checkId === 'procurement-options') return { ok: true, result: procurement(facts, asOf) };
      const spec = FAKE_SPECS.find((s) => s.id === checkId);
      if (!spec) return { ok: false, errors: [{ fact: null, message: `unknown check ${checkId}` }] };
      const known = spec.facts.every((f) => facts[f.name] !== undefined);
      return {
        ok: true,
        result: {
          checkId,
          title: spec.title,
          outcome: known ? 'eligible' : 'needs_more_info',
          outcomeLabel: known ? 'Vilkårene er oppfylt' : 'Trenger flere opplysninger',
          outcomeText: known ? 'Alt stemmer.' : 'Svar på spørsmålene nedenfor.',
          verdict: known ? 'yes' : 'unknown',
          routes: [],
          criteria: spec.facts.map((f) => ({ id: f.name, label: f.question, met: facts[f.name] === undefined ? null : true, explanation: 'Test.', citations: [cite('tiltaksforskriften § 14-5')] })),
          questions: known ? [] : spec.facts.map((f) => f.question),
          asOf,
          facts,
        },
      };
    },
  };
}
