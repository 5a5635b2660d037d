/**
 * What `npm run report` does, given parsed options and the feedback repository: change a
 * workspace's settings, purge, or list the top gaps. Returns the text to print, so it
 * is tested without a process or a terminal.
 */
import type { FeedbackRepo, Gap } from '../db/feedback.ts';
import { workspaceKey } from '../db/workspaces.ts';
import { UsageError } from './common.ts';

export interface ReportOptions {
  team?: string;
  days: number;
  limit: number;
  json: boolean;
  editors?: string;
  logging?: string;
  purge: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const KIND: Record<string, string> = { no_hits: 'no hits', weak: 'weak hits', down: 'thumbs down' };

export function formatGaps(gaps: Gap[]): string {
  if (!gaps.length) return 'No questions without a good answer in this period.';
  return gaps.map((g) => `${String(g.count).padStart(4)}×  ${JSON.stringify(g.question)}  (${KIND[g.kind] ?? g.kind}${g.entryIds.length ? `; shown: ${g.entryIds.join(', ')}` : ''})`).join('\n');
}

/** Checks the options before anything is opened: a usage error names what to type instead. */
export function validateReportOptions(o: ReportOptions): void {
  if (o.team !== undefined && !/^T[A-Z0-9]{2,20}$/.test(o.team)) throw new UsageError(`--team needs a Slack team id like T0123ABCD (got "${o.team.slice(0, 40)}")`);
  if (o.logging !== undefined && !['on', 'off'].includes(o.logging)) throw new UsageError(`--logging needs on or off (got "${o.logging.slice(0, 40)}")`);
  if ((o.editors !== undefined || o.logging !== undefined) && !o.team) throw new UsageError('--editors and --logging change one workspace: add --team T0123ABCD');
  const editors = o.editors?.split(',').map((s) => s.trim()).filter(Boolean);
  if (editors?.some((id) => !/^[UW][A-Z0-9]{2,20}$/.test(id))) throw new UsageError('--editors needs Slack user ids separated by commas, e.g. --editors U0123ABCD,U0456EFGH');
}

export async function runReport(o: ReportOptions, feedback: FeedbackRepo, where: string, now = Date.now()): Promise<string> {
  validateReportOptions(o);
  const key = o.team ? workspaceKey(o.team) : undefined;
  const editors = o.editors?.split(',').map((s) => s.trim()).filter(Boolean);
  if (key && (editors || o.logging)) {
    const next = await feedback.updateSettings(key, { ...(editors ? { editors } : {}), ...(o.logging ? { loggingEnabled: o.logging === 'on' } : {}) });
    return `${o.team}: logging ${next.loggingEnabled ? 'on' : 'off'}; editors: ${next.editors.join(', ') || '(none)'}`;
  }
  if (o.purge) return `Deleted ${await feedback.purge()} row(s) past the retention period.`;
  const gaps = await feedback.topGaps({ ...(key ? { workspaceKey: key } : {}), sinceMs: now - o.days * DAY_MS, limit: o.limit });
  if (o.json) return JSON.stringify({ team: o.team ?? null, days: o.days, gaps }, null, 2);
  return `Questions without a good answer, ${o.team ?? 'all workspaces'}, last ${o.days} days (${where}):\n${formatGaps(gaps)}`;
}
