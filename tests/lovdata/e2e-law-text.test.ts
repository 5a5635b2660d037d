/**
 * Through the real Bolt app over signed HTTP (loopback only): an answer citing a § whose
 * text changed carries the Lovdata notice and «Vis lovteksten»; the click opens the modal
 * with Lovdata's wording, from the report loaded with the knowledge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accept, analyse, citedDocuments } from '../../src/lovdata/analyse.ts';
import { readCorpus } from '../../src/lovdata/corpus.ts';
import { createLookup } from '../../src/search/lookup.ts';
import type { Knowledge } from '../../src/conversation/knowledge.ts';
import { buttonIn, startHarness, type Harness } from '../slack/helpers/harness.ts';
import { waitFor } from '../slack/helpers/fake-slack.ts';
import { blockAction } from '../slack/helpers/slack-requests.ts';
import { expectWithinLimits } from '../slack/helpers/within-limits.ts';
import { fixtureKb, foaArticle, publish } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  const base = fixtureKb();
  const p = publish();
  const before = await readCorpus([p.forskrifter], citedDocuments(base));
  const lock = accept({ version: 1, entries: {} }, analyse(base, before, { version: 1, entries: {} }, '2026-12-02').current, '2026-12-02');
  const changed = publish((xml) => xml.replace(foaArticle(xml, '3-1'), foaArticle(xml, '3-1').replace('kontroll', 'innflytelse')));
  const report = analyse(base, await readCorpus([changed.forskrifter], citedDocuments(base)), lock, '2026-12-02').report;
  const kb = { ...base, lovdata: report };
  const knowledge: Knowledge = { kb, lookup: createLookup(kb), checks: null };
  h.useKnowledge(() => knowledge);
}, 30_000);
afterAll(() => h.stop());

describe('Lovdata in Slack', () => {
  it('the answer warns, and «Vis lovteksten» opens the current wording', async () => {
    const url = h.slack.responseUrl();
    const answer = (await h.command('/vta-rules', 'foa 3-1', url)) as Record<string, unknown>;
    expectWithinLimits('message', answer, 'answer with notice');
    expect(JSON.stringify(answer)).toContain('Lovdata:* Lovdatas tekst er endret; denne omtalen er ikke oppdatert ennå.');
    const button = buttonIn(answer, 'lookup_show_law_text:1');
    expect(button.value).toBe('foa-3-1');

    expect((await h.send(blockAction(button, url, { triggerId: 'trigger.law.1' }))).status).toBe(200);
    const open = await waitFor(() => h.slack.apiCalls('views.open').find((c) => c.args.trigger_id === 'trigger.law.1'), 'views.open');
    const view = open.args.view as { blocks: unknown[] };
    expectWithinLimits('modal', view, 'law text modal');
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('§ 3-1. Utvidet egenregi');
    expect(shown).toContain('innflytelse');
    expect(shown).toContain('Inneholder data under Norsk lisens for offentlige data (NLOD) tilgjengeliggjort av Lovdata');
  });
});
