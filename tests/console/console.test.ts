/** The console answers the same commands and questions as Slack, through the same dispatch, rendered as text. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { createConsoleHandler, runConsole } from '../../src/console/console.ts';
import type { Knowledge } from '../../src/conversation/knowledge.ts';
import { MINI_KB } from '../helpers/kb-fixture.ts';
import { fakeCheckPort } from '../slack/helpers/fake-checks.ts';

const loaded = loadKnowledge(MINI_KB);
if (!loaded.ok) throw new Error('fixture invalid');
const lookup = createLookup(loaded.kb);
const knowledge: Knowledge = { kb: loaded.kb, lookup, checks: fakeCheckPort() };
const handler = () => createConsoleHandler(() => knowledge);

describe('console', () => {
  it('answers /vta-rules and a plain question alike: citation, status, link and the knowledge version', () => {
    const out = handler()('/vta-rules utbytte')!;
    expect(out).toContain('1. tiltaksforskriften § 14-5 annet ledd bokstav c');
    expect(out).toContain('[Gjeldende rett]');
    expect(out).toContain('Kilde: https://lovdata.no/forskrift/2015-12-11-1598/§14-5');
    expect(out).toContain(`Oppslag i kunnskapsbasen ${loaded.kb.version}`);
    expect(out).not.toMatch(/[*`]|&lt;|:white_check_mark:/);
    expect(handler()('utbytte')).toBe(out);
  });

  it('pages an answer with "mer", numbering on from the first page', () => {
    const handle = handler();
    expect(handle('/vta-rules tiltaksforskriften')).toContain('(skriv «mer» for flere treff)');
    const page2 = handle('mer')!;
    expect(page2).toMatch(/^4\. /m);
    expect(page2).not.toMatch(/^1\. /m);
    expect(handle('mer')).toBe('Ingen flere treff.');
    expect(handler()('mer')).toMatch(/Still et spørsmål først/);
  });

  it('runs a check from inline facts, and explains facts it cannot read', () => {
    const handle = handler();
    const out = handle('/reserved-contract-check verdi=450000 andel=35 hovedformål=ja')!;
    expect(out).toContain('✓ reserved-contract: Reservert konkurranse');
    expect(out).toContain('Hjemmel: anskaffelsesforskriften § 30-1');
    expect(handle('/reserved-contract-check andel=abc')).toContain('andel=abc: Skriv et tall, f.eks. 35.');
  });

  it('shows a check’s questions instead of a modal, and how to answer on one line', () => {
    const out = handler()('/in-house-check')!;
    expect(out).toContain('? Har oppdragsgiveren kontroll over leverandøren?  (Ja / Nei / Vet ikke)');
    expect(out).toContain('/in-house-check kontroll=ja');
    expect(handler()('/in-house-check hjelp')).toContain('kontroll (ja/nei) – Har oppdragsgiveren kontroll over leverandøren?');
  });

  it('answers "/vta-rules", "/vta-rules hjelp" and "hjelp" with the help, the checks’ commands from their specs included', () => {
    expect(handler()('/vta-rules')).toContain('Slik spør du');
    expect(handler()('/vta-rules hjelp')).toContain('Slik spør du');
    const help = handler()('hjelp')!;
    expect(help).toContain('/reserved-contract-check verdi=450000 andel=35 hovedformål=ja');
    expect(help).toContain('avslutt');
  });

  it('names the commands when given one it does not know, and says when the checks are not loaded', () => {
    expect(handler()('/vta-regler utbytte')).toMatch(/Kjenner ikke \/vta-regler\. Kommandoer: \/vta-rules, .*\/reserved-contract-check, \/in-house-check, \/provider-check\.$/);
    const without = createConsoleHandler(() => ({ ...knowledge, checks: null }));
    expect(without('/in-house-check')).toMatch(/ikke tilgjengelig ennå/);
  });

  it('refuses a question over the length limit with a line saying what to do', () => {
    expect(handler()('x'.repeat(900))).toMatch(/for langt \(900 tegn, høyst 800\)/);
  });

  it('reads piped input line by line and prints a friendly line on failure', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (c: Buffer) => (printed += c.toString()));
    const broken: Knowledge = { ...knowledge, lookup: () => { throw new Error('boom'); } };
    const done = runConsole(() => broken, { input, output, interactive: false }, 'banner');
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
