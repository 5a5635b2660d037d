import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitText, truncate } from '../../src/slack/blocks/fit.ts';
import { escapeMrkdwn, fromSlackText, quoteUserText, safeFallback } from '../../src/slack/blocks/escape.ts';
import { renderLookup } from '../../src/slack/blocks/render-lookup.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { MINI_KB } from '../helpers/kb-fixture.ts';

describe('fit', () => {
  it('truncates at a word boundary with an ellipsis, never over the limit', () => {
    expect(truncate('kort', 10)).toBe('kort');
    const t = truncate('en lang setning som må kuttes et sted', 20);
    expect(t.length).toBeLessThanOrEqual(20);
    expect(t.endsWith('…')).toBe(true);
    expect(t).toBe('en lang setning som…');
  });

  it('splits long text at paragraph, then line, then word boundaries', () => {
    const para = 'a'.repeat(1400);
    const pieces = splitText(`${para}\n\n${para}\n\n${para}`, 3000);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]).toBe(`${para}\n\n${para}`);
    expect(pieces.every((p) => p.length <= 3000)).toBe(true);
  });

  it('never cuts inside a <link|label> or an &entity;', () => {
    const link = '<https://lovdata.no/forskrift/2015-12-11-1598/§14-5|tiltaksforskriften § 14-5 annet ledd>';
    const text = `${'ord '.repeat(700)}${link} &amp; mer`;
    for (const max of [2790, 2800, 2820, 2850]) {
      for (const piece of splitText(text, max)) {
        expect((piece.match(/</g) ?? []).length).toBe((piece.match(/>/g) ?? []).length);
        expect(piece).not.toMatch(/&(a|am|l|g)?$/);
      }
    }
  });

  it('keeps every piece within the limit and loses no words (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), fc.integer({ min: 20, max: 3000 }), (text, max) => {
        const pieces = splitText(text, max);
        expect(pieces.every((p) => p.length <= max)).toBe(true);
        expect(pieces.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('escape', () => {
  it('escapes the three characters Slack reserves', () => {
    expect(escapeMrkdwn('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
  });

  it('neutralises mentions, links and formatting in echoed user text', () => {
    const q = quoteUserText('<!channel> <@U123ABC> <http://x.example|klikk> *fet* _kursiv_ `kode` @here https://evil.example');
    expect(q).not.toMatch(/<[!@#h]/);
    expect(q).toContain('&lt;!channel&gt;');
    expect(q).toContain('&lt;@U123ABC&gt;');
    expect(q).not.toContain('@here');
    expect(q).not.toContain('https://');
    expect(q.startsWith('`') && q.endsWith('`')).toBe(true);
    expect(q.slice(1, -1)).not.toContain('`');
  });

  it('reads Slack-encoded input back as typed', () => {
    expect(fromSlackText('<@U0BOT> hva sier &lt;§ 14-5&gt; &amp; <https://lovdata.no|lovdata>?')).toBe('hva sier <§ 14-5> & lovdata?');
    expect(fromSlackText('<!here> utbytte')).toBe('utbytte');
  });

  it('reads plain text with its white space made single spaces and trimmed, as encoded text is', () => {
    expect(fromSlackText('  kan vi betale utbytte ')).toBe('kan vi betale utbytte');
    expect(fromSlackText('kan  vi\tbetale\nutbytte\u00a0nå')).toBe('kan vi betale utbytte nå');
    expect(safeFallback(' Fant  ingenting\nfor\u00a0«x». ')).toBe('Fant ingenting for «x».');
    expect(safeFallback('Fant ingenting for «x» & <y>')).toBe('Fant ingenting for «x» &amp; &lt;y&gt;');
  });

  it('never lets a control sequence through, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const q = quoteUserText(text);
        expect(q).not.toMatch(/[<>]/);
        expect(q.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
        expect(q.length).toBeLessThanOrEqual(220);
      }),
      { numRuns: 500 },
    );
  });
});

describe('rendered answers with hostile questions', () => {
  const loaded = loadKnowledge(MINI_KB);
  if (!loaded.ok) throw new Error('fixture invalid');
  const lookup = createLookup(loaded.kb);
  const piece = fc.constantFrom('<!channel>', '<!here|here>', '<@U0EVIL>', '<#C0EVIL|general>', '<http://evil.example|klikk>', '*fet*', '_', '~', '`', '@here', '@channel', 'https://evil.example', 'utbytte', '§ 14-5', ' ', '&amp;', '\n');

  it('never carry a mention, link or injected URL from the question, in blocks or fallback text (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const query = fromSlackText(parts.join(''));
        const message = renderLookup(lookup(query, { top: 3, asOf: '2026-11-22' }), { offset: 0, shareable: true, kbVersion: 'v' });
        // Button values are data Slack hands back to us, never shown: the question may be there as typed.
        const all = JSON.stringify(message, (key, v: unknown) => (key === 'value' ? undefined : v));
        expect(all).not.toMatch(/<!|<@U0EVIL|<#C0EVIL|<http:\/\/evil|https:\/\/evil|@here|@channel/);
      }),
      { numRuns: 300 },
    );
  });
});
