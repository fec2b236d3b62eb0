import { exitCodes } from '../errors.js';
import { countDiagnostics } from '../format-diagnostics.js';
import { entryName, type AggregateRun } from './aggregate-run.js';

/** The `--json` document of `aggregate`. */
export function aggregateJson(run: AggregateRun) {
  const { completeness } = run.result;
  return {
    command: 'aggregate',
    ok: run.code === exitCodes.ok,
    organ: run.job.organName,
    year: run.job.year,
    completeness: {
      ...run.summary,
      missingOrgans: completeness.missing.map((id) => entryName(run, id)),
      receivedOrgans: completeness.received.map((id) => entryName(run, id)),
    },
    files: run.accounts,
    outputs: run.written,
    kept: run.kept === true,
    ...countDiagnostics(run.diagnostics),
    renderDiagnostics: run.renderDiagnostics,
  };
}
