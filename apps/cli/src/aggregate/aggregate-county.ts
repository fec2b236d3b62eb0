import { sortDiagnostics, type AggregateResult, type Submission } from '@report/core';
import type { CommandContext } from '../command.js';
import { exitCodes } from '../errors.js';
import { createStatus } from '../progress.js';
import { accountFiles } from './account-files.js';
import type { AggregateJob } from './aggregate-job.js';
import { entryName, type AggregateRun } from './aggregate-run.js';
import { collectSubmissions } from './collect-submissions.js';
import { completenessSummary, isIncomplete } from './completeness-summary.js';
import { withNarrative } from './county-narrative.js';
import { renderAggregateOutputs } from './render-outputs.js';
import { isOutputSet, openOutputSet, type OutputSet } from '../output-set/output-set.js';
import { runRecord } from '../output-set/run-record.js';
import { version } from '../version.js';

/** Adds up the submissions through the pipeline (its forms, plugin rules and messages); the county's own text replaces the narrative sections. */
function aggregateSubmissions(context: CommandContext, job: AggregateJob, submissions: readonly Submission[]): AggregateResult {
  const { rootEntry } = job;
  const result = context.pipeline.aggregate(submissions, {
    roster: job.roster,
    organ: { name: job.organName, level: job.level, ...(rootEntry?.creditCode ? { creditCode: rootEntry.creditCode } : {}), ...(rootEntry?.divisionCode ? { divisionCode: rootEntry.divisionCode } : {}) },
    year: job.year,
    includeReportsWithErrors: context.values['include-errors'] === true,
    locale: context.locale,
  });
  if (job.narrative?.report) result.report = withNarrative(result.report, job.narrative.report);
  return result;
}

/**
 * The whole of `aggregate` once its options are read: read every file, aggregate, account for every
 * file, write the county report, summary workbook and checking report, and decide the exit code.
 */
export async function aggregateCounty(context: CommandContext, job: AggregateJob): Promise<AggregateRun> {
  const startedAt = new Date();
  // Taken first: a second run on the same folder stops before reading anything.
  const hadSet = await isOutputSet(job.folder);
  const set = await openOutputSet(context, job.folder);
  try {
    const run = await aggregateInto(context, job, set, startedAt);
    // A run that aggregated nothing (a wrong --year, every file rejected) never replaces good outputs:
    // the earlier set stays whole. Into a new folder it still writes, for its checking report.
    if (run.summary.accepted === 0 && hadSet) {
      await set.abort();
      return { ...run, written: [], kept: true };
    }
    await set.commit();
    return run;
  } catch (error) {
    await set.abort();
    throw error;
  }
}

/** The run, with every output written into the set (moved into place by the caller only when all succeeded). */
async function aggregateInto(context: CommandContext, job: AggregateJob, set: OutputSet, startedAt: Date): Promise<AggregateRun> {
  const { text, io } = context;
  const collected = await collectSubmissions(context, job);
  const status = createStatus(io, !context.json);
  status.show(text('正在汇总…', 'Aggregating…'));
  const result = aggregateSubmissions(context, job, collected.submissions);
  const { completeness } = result;
  const expectedEntries = job.roster.entries.filter((entry) => completeness.expected.includes(entry.id));
  const { accounts, unreadableDiagnostics } = accountFiles(context, result, collected, { expectedEntries, ...(job.manifest ? { manifest: job.manifest } : {}) });
  const summary = completenessSummary(completeness, { unreadable: collected.unreadable.length, skipped: context.skipped.length, files: job.files.length });
  const diagnostics = sortDiagnostics([...collected.diagnostics, ...(job.narrative?.diagnostics ?? []), ...unreadableDiagnostics, ...result.diagnostics]);

  status.show(text('正在生成汇总年报、汇总表和审核报告…', 'Writing the county report, summary workbook and checking report…'));
  const run = await runRecord(context, {
    version,
    startedAt,
    loaded: collected.loaded,
    sources: { roster: job.rosterLoaded.path, received: job.receivedPath, narrative: job.narrative?.input.path },
  });
  const rendered = await renderAggregateOutputs(context, {
    set,
    run,
    result,
    roster: job.roster,
    diagnostics,
    accounts,
    summary: { ...summary },
    missing: completeness.missing.map((id) => ({ id, name: entryName({ job }, id) })),
    pdf: context.values['no-pdf'] !== true,
    docx: context.values['no-docx'] !== true,
  });
  status.clear();
  const failed = summary.accepted === 0 || (context.values.strict === true && isIncomplete(summary));
  return { job, result, summary, accounts, diagnostics, written: rendered.written, renderDiagnostics: rendered.diagnostics, code: failed ? exitCodes.problems : exitCodes.ok };
}
