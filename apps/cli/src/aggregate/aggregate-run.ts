import type { AggregateResult, CompletenessSummary, CountyJob, CountyOutputKind, Diagnostic, FileAccount } from '@report/core';
import type { AggregateJob } from './aggregate-job.js';

export interface WrittenOutput {
  kind: CountyOutputKind;
  /** What it is, for people (`汇总年报 PDF`). */
  label: string;
  /** Path as shown (relative to the working directory when inside it). */
  file: string;
}

/** A finished `aggregate`: what was asked, what came of it, what was written; printed or given as JSON. */
export interface AggregateRun {
  job: AggregateJob;
  county: CountyJob;
  result: AggregateResult;
  summary: CompletenessSummary;
  accounts: FileAccount[];
  /** Every problem: roster, register, county text, unreadable files, members, aggregation. */
  diagnostics: Diagnostic[];
  written: WrittenOutput[];
  /** Nothing was aggregated and the earlier outputs in the folder were kept as they were (nothing written). */
  kept?: boolean;
  /** What rendering said (fonts, glyphs): about the PDF, not the submissions. */
  renderDiagnostics: Diagnostic[];
  code: number;
}

/** A roster entry's name by id (the id itself when the roster has no such entry). */
export function entryName(run: Pick<AggregateRun, 'job'>, id: string): string {
  return run.job.roster.entries.find((e) => e.id === id)?.name ?? id;
}
