import { countyAggregateOptions, countyOutputs, countyRunRecord, CountyJobStop, isIncomplete, runCountyJob, type CountyJob, type CountyJobOptions, type CountyOutput, type Diagnostic } from '@report/core';
import { basename, join } from 'node:path';
import type { CommandContext } from '../command.js';
import { exitCodes, JobError, UsageError } from '../errors.js';
import { createProgress, createStatus } from '../progress.js';
import { isOutputSet, openOutputSet, type OutputSet } from '../output-set/output-set.js';
import { runClock } from '../output-set/run-record.js';
import { version } from '../version.js';
import { writeOutput } from '../write-file.js';
import type { AggregateJob } from './aggregate-job.js';
import type { AggregateRun, WrittenOutput } from './aggregate-run.js';
import { countyFile } from './county-files.js';
import { createLoader } from './parallel-load.js';

/** The county job of core (the same as the browser app's), with this command's files, progress and messages. */
async function runJob(context: CommandContext, job: AggregateJob): Promise<CountyJob> {
  const { text, io } = context;
  const progress = createProgress(io, { total: job.files.length, label: text('读取', 'Reading'), enabled: !context.json });
  const status = createStatus(io, !context.json);
  const options: CountyJobOptions = {
    pipeline: context.pipeline,
    locale: context.locale,
    organ: { name: job.organName, level: job.level, ...(job.rootEntry?.creditCode ? { creditCode: job.rootEntry.creditCode } : {}), ...(job.rootEntry?.divisionCode ? { divisionCode: job.rootEntry.divisionCode } : {}) },
    ...(job.year !== undefined ? { year: job.year } : {}),
    roster: job.roster,
    rosterDiagnostics: job.rosterLoaded.diagnostics,
    files: job.files.map((file) => countyFile(context, file)),
    skipped: context.skipped.map((file) => ({ path: context.output.path(file.path), reason: file.reason })),
    ...(job.received ? { received: job.received } : {}),
    ...(job.narrative ? { narrative: job.narrative } : {}),
    includeReportsWithErrors: context.values['include-errors'] === true,
    progress: (event) => {
      if (event.phase === 'read') progress.tick(event.label);
      else {
        progress.done();
        status.show(event.label);
      }
    },
  };
  // With the year known, the reading threads check too (the same aggregate options as the job's).
  const loader = await createLoader(context, job, job.year !== undefined ? countyAggregateOptions(options, job.year) : undefined);
  try {
    const county = await runCountyJob({ ...options, ...(loader ? { load: loader.load, concurrency: loader.concurrency } : {}) });
    for (const note of county.notes) context.output.note(note);
    return county;
  } catch (error) {
    if (CountyJobStop.isInstance(error)) throw error.usage ? new UsageError(error.message, { command: 'aggregate', ...(error.hint ? { hint: error.hint } : {}) }) : new JobError(error.message, error.hint ? { hint: error.hint } : {});
    throw error;
  } finally {
    progress.done();
    status.clear();
    await loader?.close();
  }
}

/**
 * The whole of `aggregate` once its options are read: read every file, aggregate, account for every
 * file, write the county report, summary workbook and checking report, and decide the exit code.
 */
export async function aggregateCounty(context: CommandContext, job: AggregateJob): Promise<AggregateRun> {
  const startedAt = runClock();
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
  const { text, io, output } = context;
  const county = await runJob(context, job);
  const status = createStatus(io, !context.json);
  status.show(text('正在生成汇总年报、汇总表和审核报告…', 'Writing the county report, summary workbook and checking report…'));
  const source = (path: string | undefined) => (path ? countyFile(context, { path, name: basename(path) }) : undefined);
  const run = await countyRunRecord(county, {
    tool: 'gov-report',
    version,
    startedAt,
    command: ['aggregate', ...context.positionals],
    sources: { roster: source(job.rosterLoaded.path), received: source(job.receivedPath), narrative: source(job.narrativePath) },
    plugins: context.pipeline.plugins.map((plugin) => plugin.name),
    locale: context.locale,
  });
  const written: WrittenOutput[] = [];
  const renderDiagnostics: Diagnostic[] = [];
  const write = async (file: CountyOutput) => {
    const shown = output.path(join(set.target, file.name));
    await writeOutput(set.path(file.name), file.content, text, shown);
    written.push({ kind: file.kind, label: file.label, file: shown });
  };
  try {
    for await (const file of countyOutputs(context.pipeline, county, {
      locale: context.locale,
      pdf: context.values['no-pdf'] !== true,
      docx: context.values['no-docx'] !== true,
      run: () => ({ ...run, finishedAt: runClock().toISOString() }),
      onDiagnostics: (diagnostics) => renderDiagnostics.push(...diagnostics),
    })) {
      await write(file);
    }
  } catch (error) {
    // One output that cannot be made stops the run with its reason (exit 1), never a file left out silently.
    if (CountyJobStop.isInstance(error)) throw new JobError(text(`${error.message}；本次的输出均未写入，原有结果保持不变`, `${error.message}; none of this run's outputs were written, the earlier ones are unchanged`));
    throw error;
  } finally {
    status.clear();
  }
  const failed = county.summary.accepted === 0 || (context.values.strict === true && isIncomplete(county.summary));
  return { job, county, result: county.result, summary: county.summary, accounts: county.accounts, diagnostics: county.diagnostics, written, renderDiagnostics, code: failed ? exitCodes.problems : exitCodes.ok };
}
