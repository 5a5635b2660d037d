/** The console answers the Slack commands from the same blocks, as readable text. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { createConsoleHandler, runConsole } from '../../src/console/console.ts';
import { blocksToText, mrkdwnToText } from '../../src/console/blocks-to-text.ts';
import { renderLookup } from '../../src/slack/blocks/render-lookup.ts';
import type { Knowledge } from '../../src/conversation/knowledge.ts';
import { MINI_KB } from '../helpers/kb-fixture.ts';
import { fakeCheckPort } from './helpers/fake-checks.ts';

const loaded = loadKnowledge(MINI_KB);
if (!loaded.ok) throw new Error('fixture invalid');
const lookup = createLookup(loaded.kb);
const knowledge: Knowledge = { kb: loaded.kb, lookup, checks: fakeCheckPort() };
const handler = () => createConsoleHandler(lookup, { knowledge: () => knowledge });

describe('console', () => {
  it('answers /vta-rules with the text of the Slack blocks', () => {
    const out = handler()('/vta-rules utbytte')!;
    const slack = renderLookup(lookup('utbytte', { top: 3 }), { offset: 0, shareable: false, kbVersion: loaded.kb.version });
    expect(out).toBe(blocksToText(slack.blocks));
    expect(out).toContain('1. tiltaksforskriften § 14-5 annet ledd bokstav c');
    expect(out).toContain('✓ Gjeldende rett');
    expect(out).toContain('→ Les på Lovdata: https://lovdata.no/forskrift/2015-12-11-1598/§14-5');
    expect(out).not.toMatch(/[*`]|&lt;|:white_check_mark:/);
  });

  it('pages a /vta-rules answer with "mer"', () => {
    const handle = handler();
    expect(handle('/vta-rules tiltaksforskriften')).toContain('(skriv «mer» for flere treff)');
    const page2 = handle('mer')!;
    expect(page2).toMatch(/4–5 av 5/);
    expect(handle('mer')).toBe('Ingen flere treff.');
  });

  it('runs a check from inline facts, and explains facts it cannot read', () => {
    const handle = handler();
    const out = handle('/reserved-contract-check verdi=450000 andel=35 hovedformål=ja')!;
    expect(out).toContain('✓ Reservert konkurranse');
    expect(out).toContain('Kilde: anskaffelsesforskriften § 30-1 (https://lovdata.no/forskrift/2016-08-12-974/§30-1)');
    expect(handle('/reserved-contract-check andel=abc')).toContain('andel=abc: Skriv et tall, f.eks. 35.');
  });

  it('shows a check’s questions instead of a modal, and how to answer on one line', () => {
    const out = handler()('/in-house-check')!;
    expect(out).toContain('? Har oppdragsgiveren kontroll over leverandøren?  (Ja / Nei / Vet ikke)');
    expect(out).toContain('/in-house-check kontroll=ja');
  });

  it('answers "/vta-rules" and "/vta-rules hjelp" with the help', () => {
    expect(handler()('/vta-rules')).toContain('Slik spør du');
    expect(handler()('/vta-rules hjelp')).toContain('Slik spør du');
  });

  it('names the commands when given one it does not know', () => {
    expect(handler()('/vta-regler utbytte')).toMatch(/Kjenner ikke \/vta-regler\. Kommandoer: \/vta-rules, \/reserved-contract-check/);
  });

  it('keeps plain questions on the plain-text renderer', () => {
    expect(handler()('utbytte')).toContain('[Gjeldende rett]');
  });

  it('turns mrkdwn back into text', () => {
    expect(mrkdwnToText('*fet* `kode` <https://x.no|lenke> &lt;b&gt; :warning:')).toBe('fet «kode» lenke (https://x.no) <b> ⚠');
  });

  it('reads piped input line by line and prints a friendly line on failure', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (c: Buffer) => (printed += c.toString()));
    const broken: Knowledge = { ...knowledge, lookup: () => { throw new Error('boom'); } };
    const done = runConsole(broken.lookup, { input, output, interactive: false }, 'banner', { knowledge: () => broken });
    input.end('/vta-rules utbytte\n');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (e: unknown) => void errors.push(e);
    await done;
    console.error = original;
    expect(printed).toContain('Beklager, noe gikk galt');
    expect(printed).not.toContain('boom');
    expect(errors).toHaveLength(1);
  });
});
