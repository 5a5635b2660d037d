/** The kb:lovdata report for a person at a terminal (or in a nightly job's mail). */
import type { LovdataReport } from '../knowledge/lovdata/schema.ts';

export function renderReportText(report: LovdataReport): string {
  const lines: string[] = [];
  const count = (state: string) => report.entries.filter((e) => e.state === state).length;
  lines.push(`kb:lovdata ${report.today} – kunnskapsbase ${report.kb_version}`);
  lines.push(`Lest: ${report.documents} dokumenter (${report.lovtidend_items} fra Norsk Lovtidend) fra ${report.inputs.length} kilde(r)`);
  lines.push(
    `Henvisninger til paragrafer: ${report.entries.length} – i orden ${count('ok')}, endret ${count('changed')}, ikke godkjent ${count('unlocked')}, ` +
      `finnes ikke ${count('missing')}, opphevet ${count('repealed')}, dokument ikke lest ${count('not_in_input')}, ` +
      `ikke i kraft ennå ${count('not_in_force_yet')}, historiske ${count('historical')}, endringsforskrifter ${count('amending_act')}`,
  );
  lines.push('');
  const review = report.entries.filter((e) => e.review.length > 0);
  if (review.length === 0) lines.push('Ingen oppføringer trenger gjennomgang.');
  else {
    lines.push(`Trenger gjennomgang (${review.length}):`);
    for (const e of review) {
      lines.push(`  ${e.id}  (${e.cites})`);
      for (const r of e.review) lines.push(`    - ${r}`);
    }
  }
  lines.push('');
  if (report.amendments.length) {
    lines.push(`Endringer i Norsk Lovtidend i siterte dokumenter (${report.amendments.length}):`);
    for (const a of report.amendments) {
      const when = a.in_force ? `${a.pending ? 'i kraft fra' : 'i kraft'} ${a.in_force}` : `i kraft: ${a.in_force_text || 'ikke fastsatt'}`;
      const action = a.action === 'repealed' ? 'oppheves' : a.action === 'added' ? 'ny' : 'endres';
      const who = a.entries.length ? ` → ${a.entries.join(', ')}${a.unreviewed.length ? ` (ikke gjennomgått: ${a.unreviewed.join(', ')})` : ''}` : ' → ingen oppføring siterer den';
      lines.push(`  ${a.act} (${when}${a.pending ? ', IKKE I KRAFT ENNÅ' : ''}): ${a.document} ${a.section} ${action}${who}`);
    }
  } else lines.push('Ingen endringer i Norsk Lovtidend i siterte dokumenter blant filene som ble lest.');
  const unread = [...new Set(report.entries.filter((e) => e.state === 'not_in_input').map((e) => e.cites.split(' ')[0]!))].sort();
  if (unread.length) {
    lines.push('');
    lines.push(`Ikke kontrollert (dokumentet var ikke blant filene): ${unread.join(', ')}`);
  }
  return lines.join('\n');
}
