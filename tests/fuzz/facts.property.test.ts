/**
 * Property tests over the check commands' input: the inline fact parser
 * (`/reserved-contract-check verdi=… andel=…`), the value parser, and the modal
 * submission parser, for every real check and the test checks. Invariants: never
 * throws; either facts that are all valid for their spec (numbers finite and in
 * range, choices from the list) or errors that each say something; the check
 * then answers or names what is wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { createCheckPort } from '../../src/conversation/check-adapter.ts';
import type { CheckPort, CheckSpec, FactSpec, FactValue, Facts } from '../../src/conversation/check-port.ts';
import { parseInlineFacts, shortName } from '../../src/conversation/facts/inline.ts';
import { parseFactValue } from '../../src/conversation/facts/parse-value.ts';
import { factsFromViewState } from '../../src/slack/facts/view-state.ts';
import { FACT_ACTION, NONE_OF_THESE, factBlockId } from '../../src/slack/ids.ts';
import { fakeCheckPort } from '../slack/helpers/fake-checks.ts';
import { hostileText, hugeText, OUT_OF_RANGE_NUMBERS, piece } from './arbitraries.ts';

const live = loadKnowledge(KNOWLEDGE_DIR);
const ports: [string, CheckPort][] = [['test checks', fakeCheckPort()], ...(live.ok ? [['real checks', createCheckPort(live.kb)] as [string, CheckPort]] : [])];
const cases = ports.flatMap(([label, port]) => port.list().map((spec) => [`${label}: ${spec.id}`, spec, port] as const));

export function validFact(spec: FactSpec, v: FactValue): boolean {
  const choices = new Set((spec.values ?? []).map((c) => c.value));
  switch (spec.type) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) && (spec.min === undefined || v >= spec.min) && (spec.max === undefined || v <= spec.max);
    case 'enum':
      return typeof v === 'string' && choices.has(v);
    case 'list':
      return Array.isArray(v) && v.every((x) => choices.has(x)) && new Set(v).size === v.length;
  }
}

function expectValidFacts(spec: CheckSpec, facts: Facts): void {
  for (const [name, value] of Object.entries(facts)) {
    const fact = spec.facts.find((f) => f.name === name);
    expect(fact, `unknown fact ${name}`).toBeDefined();
    expect(validFact(fact!, value), `${name}=${JSON.stringify(value)}`).toBe(true);
  }
}

/** A value someone might type for this fact: a valid one, a near miss, or junk. */
function typedValue(spec: FactSpec): fc.Arbitrary<string> {
  const choiceWords = (spec.values ?? []).flatMap((c) => [c.value, c.label]);
  return fc.oneof(
    fc.constantFrom(...OUT_OF_RANGE_NUMBERS),
    fc.double().map(String),
    fc.integer({ min: -1e6, max: 1e12 }).map(String),
    fc.constantFrom('ja', 'nei', 'vet ikke', 'JA', 'Nei', '?', 'kanskje', 'ingen', ...(choiceWords.length ? choiceWords : ['x'])),
    fc.array(fc.constantFrom(...(choiceWords.length ? choiceWords : ['x']), ...OUT_OF_RANGE_NUMBERS), { maxLength: 4 }).map((xs) => xs.join(',')),
    hostileText(4),
  );
}

/** `name=value` pairs with the check's own names (canonical and aliases), quoted or not, among hostile junk. */
function inlineLine(spec: CheckSpec): fc.Arbitrary<string> {
  const pair = fc
    .constantFrom(...spec.facts)
    .chain((f) => fc.tuple(fc.constantFrom(f.name, shortName(f), ...(f.aliases ?? [])), typedValue(f), fc.constantFrom('bare', '"', '«', "'")))
    .map(([name, value, quote]) => (quote === 'bare' ? `${name}=${value}` : quote === '«' ? `${name}=«${value}»` : `${name}=${quote}${value}${quote}`));
  return fc.array(fc.oneof({ weight: 4, arbitrary: pair }, { weight: 1, arbitrary: piece }), { maxLength: 10 }).map((xs) => xs.join(' '));
}

describe.each(cases)('%s', (_label, spec, port) => {
  it('inline facts: valid facts or errors that say something, for any line; the check then answers or names the problem', () => {
    fc.assert(
      fc.property(fc.oneof(inlineLine(spec), hostileText(12)), (line) => {
        const parsed = parseInlineFacts(spec, line);
        if (!parsed.ok) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const e of parsed.errors) {
            expect(e.message.trim().length).toBeGreaterThan(0);
            if (e.fact !== null) expect(spec.facts.some((f) => f.name === e.fact)).toBe(true);
          }
          return;
        }
        expectValidFacts(spec, parsed.facts);
        const run = port.run(spec.id, parsed.facts, { asOf: '2026-11-22' });
        if (!run.ok) for (const e of run.errors) expect(e.message.trim().length).toBeGreaterThan(0);
        else expect(run.reply.result.check).toBe(spec.id);
      }),
      { numRuns: 250 },
    );
  });

  it('modal submissions: any state Slack (or anyone) sends gives valid facts, or errors keyed by the fields', () => {
    const blockIds = new Set(spec.facts.map((f) => factBlockId(f.name)));
    const element = (f: FactSpec) =>
      fc.oneof(
        typedValue(f).map((value) => ({ type: 'plain_text_input', value })),
        fc.constant({ type: 'plain_text_input', value: null }),
        typedValue(f).map((value) => ({ type: 'static_select', selected_option: { value } })),
        typedValue(f).map((value) => ({ type: 'radio_buttons', selected_option: { value } })),
        fc.array(fc.oneof(typedValue(f), fc.constant(NONE_OF_THESE)), { maxLength: 5 }).map((vs) => ({ type: 'checkboxes', selected_options: vs.map((value) => ({ value })) })),
        fc.anything(),
      );
    const state = fc.record(Object.fromEntries(spec.facts.map((f) => [factBlockId(f.name), fc.oneof(element(f).map((e) => ({ [FACT_ACTION]: e })), fc.anything())])), { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: state }, { weight: 1, arbitrary: fc.anything() }), (values) => {
        const read = factsFromViewState(spec, values);
        if (!read.ok) {
          expect(Object.keys(read.errors).length).toBeGreaterThan(0);
          for (const [block, message] of Object.entries(read.errors)) {
            expect(blockIds.has(block)).toBe(true);
            expect(message.trim().length).toBeGreaterThan(0);
          }
          return;
        }
        expectValidFacts(spec, read.facts);
        const run = port.run(spec.id, read.facts, { asOf: '2026-11-22' });
        if (!run.ok) for (const e of run.errors) expect(e.message.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fact values', () => {
  const numberSpecs = cases.flatMap(([, spec]) => spec.facts.filter((f) => f.type === 'number'));

  it('a number is finite and within its range, or the answer says what to write', () => {
    fc.assert(
      fc.property(fc.constantFrom(...numberSpecs), fc.oneof(fc.constantFrom(...OUT_OF_RANGE_NUMBERS), fc.double().map(String), fc.double().map((d) => `${d} kr`), fc.double().map((d) => `${String(d).replace('.', ',')} %`), fc.bigInt().map(String), hostileText(3)), (spec, raw) => {
        const r = parseFactValue(spec, raw);
        if (r.ok) {
          if (r.value !== undefined) expect(validFact(spec, r.value)).toBe(true);
        } else expect(r.message).toMatch(/^(Skriv et tall, f\.eks\. [\d ]+\.|Må være (fra|minst|høyst) .+\.)$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('100 kB of facts is answered, not hung on', () => {
    const [, spec] = cases[0]!;
    fc.assert(
      fc.property(hugeText, (line) => {
        // CPU time, not wall time: a busy machine does not count against it (the bound is generous; see input-cost.property.test.ts).
        const before = process.cpuUsage();
        const parsed = parseInlineFacts(spec, line);
        expect(typeof parsed.ok).toBe('boolean');
        const used = process.cpuUsage(before);
        expect((used.user + used.system) / 1000).toBeLessThan(2000);
      }),
      { numRuns: 8 },
    );
  });
});
