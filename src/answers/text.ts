/** Plain-text rendering of a lookup, for the terminal. */
import type { LookupResult } from '../search/lookup.ts';
import { numbersOn } from '../knowledge/status.ts';
import { statusLabel, trustLine } from './labels.ts';
import { formatNumber } from '../knowledge/format-number.ts';
import { lovdataNotice } from '../lovdata/notice.ts';
import type { LovdataReport } from '../knowledge/lovdata/schema.ts';

/** `lovdata`: the last kb:lovdata report the knowledge carries, for the notice under a changed §. */
export function renderLookupText(result: LookupResult, offset = 0, lovdata?: LovdataReport): string {
  if (result.hits.length === 0) {
    return [
      `Fant ingenting som passer godt til «${result.query.trim()}».`,
      `Prøv for eksempel: ${result.suggestions.join(', ')}.`,
      'Du kan også slå opp en bestemmelse direkte, f.eks. «§ 14-5» eller «foa 8-8».',
    ].join('\n');
  }
  const lines: string[] = [];
  if (result.asOf) lines.push(`Regelverket per ${result.asOf}:`, '');
  result.hits.forEach((hit, i) => {
    const { entry } = hit;
    lines.push(`${offset + i + 1}. ${hit.citation} – ${entry.title}`);
    lines.push(`   [${statusLabel(hit)}]`);
    lines.push(indent(entry.summary.trim()));
    const numbers = numbersOn(entry, result.asOf);
    if (numbers.length) lines.push(indent(`Tall: ${numbers.map((n) => `${n.label}: ${formatNumber(n)}`).join('; ')}`));
    if (entry.change_note) lines.push(indent(`Endring: ${entry.change_note.trim()}`));
    if (entry.verification.unverified) lines.push(indent(`Merk: ${entry.verification.unverified.trim()}`));
    const notice = lovdataNotice(entry.id, lovdata);
    if (notice) lines.push(indent(`Lovdata: ${notice}`));
    lines.push(indent(`${trustLine(entry)}.${hit.url ? ` Kilde: ${hit.url}` : ''}`));
    lines.push('');
  });
  if (result.total > offset + result.hits.length) lines.push(`(${result.total - offset - result.hits.length} treff til)`);
  return lines.join('\n').trimEnd();
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `   ${l}`)
    .join('\n');
}
