/**
 * Property tests over the renderers, driven the way Slack drives them: a hostile
 * command text goes through the same functions the listeners call (clean, look
 * up or parse facts, run the check, render), and every message and modal that
 * comes out must fit Block Kit's limits and carry no user text unescaped: no
 * mention, link or formatting from the input may survive outside a code span.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { createCheckPort } from '../../src/conversation/check-adapter.ts';
import type { Knowledge } from '../../src/conversation/knowledge.ts';
import { checkCommands } from '../../src/conversation/commands.ts';
import { answerCommand, answerQuestion, lookupAnswer } from '../../src/conversation/dispatch.ts';
import { renderAnswer } from '../../src/slack/blocks/render.ts';
import { renderFactErrors, renderFactHelp } from '../../src/slack/blocks/render-check.ts';
import { checkModal, noticeModal, resultModal } from '../../src/slack/blocks/modals.ts';
import { fromSlackText } from '../../src/slack/blocks/escape.ts';
import { parseInlineFacts } from '../../src/conversation/facts/inline.ts';
import { limitViolations, type Surface } from '../../src/slack/blocks/limits.ts';
import { createConsoleHandler } from '../../src/console/console.ts';
import { MINI_KB } from '../helpers/kb-fixture.ts';
import { fakeCheckPort } from '../slack/helpers/fake-checks.ts';
import { hostileText, hugeText, RAW_CONTROL, slackEncoded } from './arbitraries.ts';

const live = loadKnowledge(KNOWLEDGE_DIR);
const mini = loadKnowledge(MINI_KB);
if (!mini.ok) throw new Error('fixture invalid');
const knowledge: Knowledge = live.ok
  ? { kb: live.kb, lookup: createLookup(live.kb), checks: createCheckPort(live.kb) }
  : { kb: mini.kb, lookup: createLookup(mini.kb), checks: fakeCheckPort() };
const specs = knowledge.checks!.list();

/** Formatting a user could inject, tagged so that any copy of it in the output can be found. */
const FORMATTED = fc.constantFrom('*qzx*', '_qzx_', '~qzx~', '`qzx`', '<qzx>', 'qzx');
const withFormatting = fc.tuple(hostileText(10), FORMATTED, hostileText(4)).map(([a, f, b]) => `${a} ${f} ${b}`);
const userText = fc.oneof({ weight: 3, arbitrary: slackEncoded }, { weight: 3, arbitrary: withFormatting }, { weight: 2, arbitrary: hostileText(20) });

/** Every mrkdwn string in a payload (section text and fields, context elements), excluding data fields Slack never shows. */
function mrkdwnTexts(payload: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
    for (const [k, x] of Object.entries(o)) if (k !== 'value' && k !== 'private_metadata') walk(x);
  };
  walk(payload);
  return out;
}

/** The invariants for anything sent to Slack. */
function expectSafe(surface: Surface, payload: object, label: string): void {
  expect(limitViolations(surface, payload as Parameters<typeof limitViolations>[1]), label).toEqual([]);
  const shown = JSON.stringify(payload, (k, v: unknown) => (k === 'value' || k === 'private_metadata' ? undefined : v));
  expect(shown, label).not.toMatch(RAW_CONTROL);
  for (const text of mrkdwnTexts(payload)) {
    // User text is only ever shown inside a code span, where Slack applies no formatting.
    const outsideCode = text.replace(/`[^`]*`/g, '');
    expect(outsideCode, label).not.toContain('qzx');
  }
  if ('text' in payload && typeof payload.text === 'string') expect(payload.text).not.toMatch(/<(?!https:\/\/lovdata\.no)/);
}

describe('/vta-rules, a mention or a DM with hostile text', () => {
  it('renders every answer page within Block Kit limits with the question neutralised', () => {
    fc.assert(
      fc.property(userText, fc.integer({ min: 0, max: 9 }), fc.boolean(), (slackText, offset, shareable) => {
        const audience = { shareable, ...(shareable ? {} : { sharedBy: 'U0SHARER' }) };
        const first = answerQuestion(knowledge, fromSlackText(slackText), { ...audience, forms: true });
        const answer = first.kind === 'lookup' && offset > 0 ? lookupAnswer(knowledge, { query: first.result.query, offset, ...audience }) : first;
        expectSafe('message', renderAnswer(answer), `«${slackText}»`);
      }),
      { numRuns: 1000 },
    );
  });

  it('handles 100 kB of command text (cut to the question limit, then answered)', () => {
    fc.assert(
      fc.property(hugeText, (slackText) => {
        const answer = answerQuestion(knowledge, fromSlackText(slackText), { shareable: true, forms: true });
        if (answer.kind === 'lookup') expect(answer.result.query.length).toBeLessThanOrEqual(800);
        expectSafe('message', renderAnswer(answer), 'huge');
      }),
      { numRuns: 10 },
    );
  });
});

describe.each(checkCommands(specs).map((c) => [c.command, c] as const))('%s with hostile facts', (_name, cmd) => {
  const spec = specs.find((s) => s.id === cmd.checkId)!;

  it('answers a result or the problems, within limits, with the input neutralised', () => {
    const factish = fc.array(fc.oneof(userText, fc.constantFrom(...spec.facts.map((f) => `${f.name}=`)).chain((n) => userText.map((v) => `${n}${v.slice(0, 20)}`))), { maxLength: 5 }).map((xs) => xs.join(' '));
    fc.assert(
      fc.property(factish, (slackText) => {
        const parsed = parseInlineFacts(spec, fromSlackText(slackText));
        if (!parsed.ok) return expectSafe('message', renderFactErrors(cmd.command, spec, parsed.errors), `«${slackText}»`);
        const run = knowledge.checks!.run(spec.id, parsed.facts);
        if (!run.ok) return expectSafe('message', renderFactErrors(cmd.command, spec, run.errors), `«${slackText}»`);
        expectSafe('message', renderAnswer({ kind: 'check-result', reply: run.reply, kbVersion: knowledge.kb.version, shareable: true }), `«${slackText}»`);
        expectSafe('message', renderAnswer({ kind: 'check-result', reply: run.reply, kbVersion: knowledge.kb.version, shareable: false, sharedBy: 'U0SHARER' }), `«${slackText}» shared`);
        expectSafe('message', renderAnswer(answerCommand(knowledge, cmd.command, fromSlackText(slackText), { shareable: true })), `«${slackText}» via the dispatch`);
        expectSafe('modal', resultModal(run.reply, knowledge.kb.version), `«${slackText}» modal`);
      }),
      { numRuns: 200 },
    );
  });

  it('its modal, help and notices fit, whatever the metadata', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.option(fc.constantFrom('2024-01-01', '2026-11-22', '2031-06-30'), { nil: undefined }), hostileText(8), (url, asOf, notice) => {
        expectSafe('modal', checkModal(spec, { checkId: spec.id, responseUrl: url.slice(0, 1000), ...(asOf ? { asOf } : {}) }), 'modal');
        const n = noticeModal('Noe gikk galt', notice.trim() ? notice : 'tom'); // the app only ever passes its own sentence
        expect(limitViolations('modal', n as unknown as Parameters<typeof limitViolations>[1])).toEqual([]);
      }),
      { numRuns: 50 },
    );
    expectSafe('message', renderFactHelp(cmd.command, spec), 'help');
  });
});

describe('the console', () => {
  it('answers any line, plain or slash command, with text and never throws', () => {
    const handle = createConsoleHandler(() => knowledge);
    const line = fc.oneof(hostileText(16), userText.map((t) => `/vta-rules ${t}`), userText.map((t) => `/reserved-contract-check ${t}`), fc.constantFrom('mer', 'hjelp', '/in-house-check', '/provider-check hjelp', '/ukjent x'));
    fc.assert(
      fc.property(line, (l) => {
        const out = handle(l);
        if (out !== null) expect(typeof out).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
