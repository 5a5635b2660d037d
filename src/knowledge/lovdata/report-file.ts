/**
 * Where the bot finds the last kb:lovdata report, and how it reads it. The report sits
 * in the knowledge folder by default (`lovdata.report.json`), so it is loaded, validated
 * and hot-reloaded with the knowledge; `LOVDATA_REPORT` points elsewhere.
 */
import { join } from 'node:path';
import { LovdataReport } from './schema.ts';

export const REPORT_FILE = 'lovdata.report.json';
export const LOCK_FILE = 'lovdata.lock.yaml';

export function lovdataReportPath(knowledgeDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.LOVDATA_REPORT || join(knowledgeDir, REPORT_FILE);
}

export type ReportRead = { ok: true; report: LovdataReport } | { ok: false; field: string; message: string };

export function parseReport(text: string): ReportRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, field: '', message: `not valid JSON (${(error as Error).message}); run \`npm run kb:lovdata\` again` };
  }
  const parsed = LovdataReport.safeParse(data);
  if (parsed.success) return { ok: true, report: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, field: issue.path.join('.'), message: `${issue.message} (not a kb:lovdata report, or from another version; run \`npm run kb:lovdata\` again)` };
}
