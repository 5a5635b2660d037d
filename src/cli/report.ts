/**
 * `npm run report`: the editors' queue from the command line, and the workspace
 * settings. Reads the same database as the bot (DATABASE_URL, or the embedded one,
 * which only one process may open at a time: stop the bot or use PostgreSQL).
 *
 *   npm run report                                  top gaps, all workspaces, last 90 days
 *   npm run report -- --team T0123 --days 30 --limit 20 [--json]
 *   npm run report -- --team T0123 --editors U01,U02     name the workspace's editors
 *   npm run report -- --team T0123 --logging off         stop logging (and delete what was logged)
 *   npm run report -- --purge                            delete rows past the retention period now
 */
import '../config/env-file.ts';
import { parseArgs } from 'node:util';
import { databaseTarget, feedbackSettings } from '../db/config.ts';
import { openDatabase } from '../db/open.ts';
import { createFeedbackRepo } from '../db/feedback.ts';
import { parsePositiveInt, runCli } from './common.ts';
import { runReport, validateReportOptions, type ReportOptions } from './report-command.ts';

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      team: { type: 'string' },
      days: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      editors: { type: 'string' },
      logging: { type: 'string' },
      purge: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const settings = feedbackSettings(process.env);
  const options: ReportOptions = {
    ...(values.team !== undefined ? { team: values.team } : {}),
    ...(values.editors !== undefined ? { editors: values.editors } : {}),
    ...(values.logging !== undefined ? { logging: values.logging } : {}),
    days: parsePositiveInt('--days', values.days, settings.retentionDays, 3650),
    limit: parsePositiveInt('--limit', values.limit, 20, 100),
    json: values.json,
    purge: values.purge,
  };
  validateReportOptions(options);
  let opened;
  try {
    opened = await openDatabase(databaseTarget(process.env));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
    return;
  }
  try {
    // Pseudonyms are never shown or written here, so the key does not matter.
    const feedback = createFeedbackRepo(opened.db, { pseudonymKey: Buffer.alloc(32), retentionDays: settings.retentionDays });
    console.log(await runReport(options, feedback, opened.where));
  } finally {
    await opened.close();
  }
});
