import type { AggregateResult, Diagnostic } from '@report/core';
import type { AggregateJob } from './aggregate-job.js';
import type { CompletenessSummary } from './completeness-summary.js';
import type { FileAccount } from './file-account.js';
import type { WrittenOutput } from './render-outputs.js';

/** A finished `aggregate`: what was asked, what came of it, what was written; printed or given as JSON. */
export interface AggregateRun {
  job: AggregateJob;
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
