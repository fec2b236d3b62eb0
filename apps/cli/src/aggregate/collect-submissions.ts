import { createDiagnostic, type Diagnostic, type Submission } from '@report/core';
import type { CommandContext } from '../command.js';
import { messageOptions } from '../command-helpers.js';
import { loadFile, type LoadedFile } from '../load-file.js';
import { createProgress } from '../progress.js';
import type { AggregateJob } from './aggregate-job.js';

/** The input files read: those that hold a report are submissions (with their received dates), the others unreadable. */
export interface CollectedSubmissions {
  /** Every input file as read, in input order. */
  loaded: LoadedFile[];
  submissions: Submission[];
  /** The file of each submission, by the same index. */
  submissionFiles: LoadedFile[];
  unreadable: LoadedFile[];
  /** Problems of the inputs themselves: the roster's, and files missing from the register. */
  diagnostics: Diagnostic[];
}

/** Reads every input file with the pipeline's forms and makes the submissions of those that hold a report. */
export async function collectSubmissions(context: CommandContext, job: AggregateJob): Promise<CollectedSubmissions> {
  const { text, output, io } = context;
  const { manifest, manifestName } = job;
  const progress = createProgress(io, { total: job.files.length, label: text('读取', 'Reading'), enabled: !context.json });
  const loaded: LoadedFile[] = [];
  for (const file of job.files) {
    progress.tick(file.name);
    loaded.push(await loadFile(file, { pipeline: context.pipeline, locale: context.locale, year: job.year }));
  }
  progress.done();

  const collected: CollectedSubmissions = { loaded, submissions: [], submissionFiles: [], unreadable: [], diagnostics: [...job.rosterLoaded.diagnostics] };
  for (const problem of manifest?.problems ?? []) output.note(text(`收文登记表 ${manifestName}：${problem}`, `register ${manifestName}: ${problem}`));
  for (const file of loaded) {
    const submittedOn = manifest?.dates.get(file.input.name);
    if (manifest && !submittedOn) {
      collected.diagnostics.push(
        createDiagnostic({ code: 'received-date-missing', params: { manifest: manifestName, file: file.input.name }, location: { file: file.input.name } }, messageOptions(context)),
      );
    }
    if (!file.report) {
      collected.unreadable.push(file);
      continue;
    }
    collected.submissions.push({
      report: file.report,
      file: file.input.name,
      ...(file.sha256 ? { sha256: file.sha256 } : {}),
      ...(submittedOn ? { submittedOn } : {}),
      diagnostics: file.diagnostics,
    });
    collected.submissionFiles.push(file);
  }
  return collected;
}
