import { basename, extname } from 'node:path';
import { matchSubmission, type AggregateResult, type Diagnostic, type RosterEntry } from '@report/core';
import type { CommandContext } from '../command.js';
import { countDiagnostics } from '../format-diagnostics.js';
import type { LoadedFile } from '../load-file.js';
import type { ReceivedManifest } from '../received-manifest.js';
import type { CollectedSubmissions } from './collect-submissions.js';
import type { FileAccount } from './file-account.js';

function firstErrors(diagnostics: readonly Diagnostic[], count = 2): string[] {
  return diagnostics.filter((d) => d.severity === 'error').slice(0, count).map((d) => d.message);
}

/** An unreadable file named like a roster entry (`龙泉乡.xls`) is that entry's filing. */
function entryForUnreadable(loaded: LoadedFile, entries: readonly RosterEntry[], context: CommandContext): RosterEntry | undefined {
  const stem = basename(loaded.input.name, extname(loaded.input.name)).replace(/[（(].*?[）)]/g, '').replace(/\d{4}年?.*$/, '').trim();
  if (!stem) return undefined;
  const match = matchSubmission({ organ: { name: stem, level: 'other' } }, { entries: [...entries] }, { locale: context.locale });
  if (match.entry) return match.entry;
  const containing = entries.filter((entry) => [entry.name, ...(entry.aliases ?? [])].some((name) => stem.includes(name) || name.includes(stem)));
  return containing.length === 1 ? containing[0] : undefined;
}

/** A member's first error in one line: the message and where it is. */
function describeError(context: CommandContext, diagnostic: Diagnostic): string {
  const { sheet, cell, label } = diagnostic.location;
  const where = sheet && cell && !(label ?? '').includes(cell) && !diagnostic.message.includes(cell) ? context.text(`（工作表“${sheet}”${cell}）`, ` (sheet "${sheet}" ${cell})`) : '';
  return `${diagnostic.message}${where}`;
}

/** The accounts of the submissions, from the outcomes of aggregation. */
function submissionAccounts(context: CommandContext, result: AggregateResult, collected: CollectedSubmissions): FileAccount[] {
  const { submissions, submissionFiles } = collected;
  return result.outcomes.map((outcome) => {
    const memberErrors = result.diagnostics.filter((d) => d.severity === 'error' && d.location.file === submissions[outcome.index].file && !d.code.startsWith('aggregate-'));
    return {
      file: context.output.path(submissionFiles[outcome.index].input.path),
      organ: outcome.organ,
      ...(outcome.entryId ? { entryId: outcome.entryId } : {}),
      status: outcome.status,
      late: outcome.late,
      ...(submissions[outcome.index].submittedOn ? { submittedOn: submissions[outcome.index].submittedOn } : {}),
      reasons: outcome.reasons,
      ...(memberErrors.length > 0 ? { firstError: describeError(context, memberErrors[0]) } : {}),
      errorCount: outcome.errorCount,
      warningCount: outcome.warningCount,
    };
  });
}

/**
 * Every input file accounted for: the outcomes of aggregation plus the files that could not be read.
 * A file that could not be read is no submission, so its organ counts as missing; it is named when
 * the file name says who sent it, and its problems carry that organ.
 */
export function accountFiles(
  context: CommandContext,
  result: AggregateResult,
  collected: CollectedSubmissions,
  options: { expectedEntries: readonly RosterEntry[]; manifest?: ReceivedManifest },
): { accounts: FileAccount[]; unreadableDiagnostics: Diagnostic[] } {
  const accounts = submissionAccounts(context, result, collected);
  const unreadableDiagnostics: Diagnostic[] = [];
  for (const file of collected.unreadable) {
    const entry = entryForUnreadable(file, options.expectedEntries, context);
    const counts = countDiagnostics(file.diagnostics);
    const submittedOn = options.manifest?.dates.get(file.input.name);
    unreadableDiagnostics.push(...file.diagnostics.map((d) => (entry && !d.location.organ ? { ...d, location: { ...d.location, organ: entry.name } } : d)));
    accounts.push({
      file: context.output.path(file.input.path),
      ...(entry ? { organ: entry.name, entryId: entry.id } : {}),
      status: 'unreadable',
      late: false,
      ...(submittedOn ? { submittedOn } : {}),
      reasons: firstErrors(file.diagnostics, 1),
      errorCount: counts.errors,
      warningCount: counts.warnings,
    });
  }
  return { accounts, unreadableDiagnostics };
}
