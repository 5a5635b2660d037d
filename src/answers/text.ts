/** Plain-text rendering of a lookup, for the terminal. */
import type { LookupResult } from '../search/lookup.ts';
import { numbersOn } from '../knowledge/status.ts';
import { lovdataNotice } from '../lovdata/notice.ts';
import type { LovdataReport } from '../knowledge/lovdata/schema.ts';
import type { Language } from './language.ts';
import { topicsIn } from './labels.ts';
import type { DirectLine } from './direct-answer.ts';
import { changeNoteIn, citationsIn, numberLineIn, replyText, statusLabelIn, summaryIn, titleIn, trustLineIn, unverifiedIn } from './reply-text.ts';

export interface LookupTextOptions {
  language?: Language;
  /** The one-line answer, printed above the hits. */
  direct?: DirectLine;
}

/** `lovdata`: the last kb:lovdata report the knowledge carries, for the notice under a changed §. */
export function renderLookupText(result: LookupResult, offset = 0, lovdata?: LovdataReport, options: LookupTextOptions = {}): string {
  const t = replyText(options.language);
  if (result.hits.length === 0) {
    const lead = result.outside?.length ? t.outsideScope(result.outside) : `${t.noHits} «${result.query.trim()}».`;
    return [lead, `${t.tryExamples}: ${topicsIn(result.suggestions, options.language).join(', ')}.`, t.tryCitation].join('\n');
  }
  const lines: string[] = [];
  if (options.direct) lines.push(options.direct.text, '');
  if (result.asOf) lines.push(`${t.rulesAsOfLine} ${result.asOf}:`, '');
  const { language } = options;
  const citations = citationsIn(result.hits, language);
  result.hits.forEach((hit, i) => {
    const { entry } = hit;
    lines.push(`${offset + i + 1}. ${citations[i]} – ${titleIn(entry, language)}`);
    lines.push(`   [${statusLabelIn(hit, language)}]`);
    // The number asked for comes before the summary, so it is on the first screen.
    const numbers = numbersOn(entry, result.asOf);
    if (numbers.length) lines.push(indent(`${t.numbers}: ${numberLineIn(numbers, language)}`));
    lines.push(indent(summaryIn(entry, language)));
    const change = changeNoteIn(entry, language);
    if (change) lines.push(indent(`${t.change}: ${change}`));
    const unverified = unverifiedIn(entry, language);
    if (unverified) lines.push(indent(`${t.note}: ${unverified}`));
    const notice = lovdataNotice(entry.id, lovdata, language);
    if (notice) lines.push(indent(`Lovdata: ${notice}`));
    lines.push(indent(`${trustLineIn(entry, language)}.${hit.url ? ` ${t.source}: ${hit.url}` : ''}`));
    lines.push('');
  });
  if (result.total > offset + result.hits.length) lines.push(t.moreHits(result.total - offset - result.hits.length));
  return lines.join('\n').trimEnd();
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `   ${l}`)
    .join('\n');
}
