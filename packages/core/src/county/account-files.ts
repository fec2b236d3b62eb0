import type { AggregateResult, RosterEntry } from '../aggregate/types.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { matchSubmission } from '../roster/match-submission.js';
import type { Text } from './job-stop.js';
import type { CompletenessSummary, FileAccount } from './types.js';
import type { Completeness } from '../aggregate/types.js';

/** A submission as the job keeps it after reading: where it came from, not its report. */
export interface SubmittedFile {
  path: string;
  file: string;
  submittedOn?: string;
}

/** A file no importer could read, with its problems. */
export interface UnreadableFile {
  path: string;
  name: string;
  diagnostics: Diagnostic[];
}

function counts(diagnostics: readonly Diagnostic[]) {
  return { errors: diagnostics.filter((d) => d.severity === 'error').length, warnings: diagnostics.filter((d) => d.severity === 'warning').length };
}

/** An unreadable file named like a roster entry (`龙泉乡.xls`) is that entry's filing. */
function entryForUnreadable(name: string, roster: { entries: RosterEntry[] }, locale: 'zh-CN' | 'en'): RosterEntry | undefined {
  const { entries } = roster;
  const stem = name.replace(/\.[^.]*$/, '').replace(/[（(].*?[）)]/g, '').replace(/\d{4}年?.*$/, '').trim();
  if (!stem) return undefined;
  // The same roster object for every file, so its index is built once.
  const match = matchSubmission({ organ: { name: stem, level: 'other' } }, roster, { locale });
  if (match.entry) return match.entry;
  const containing = entries.filter((entry) => [entry.name, ...(entry.aliases ?? [])].some((n) => stem.includes(n) || n.includes(stem)));
  return containing.length === 1 ? containing[0] : undefined;
}

/** A member's first error in one line: the message and where it is. */
function describeError(text: Text, diagnostic: Diagnostic): string {
  const { sheet, cell, label } = diagnostic.location;
  const where = sheet && cell && !(label ?? '').includes(cell) && !diagnostic.message.includes(cell) ? text(`（工作表“${sheet}”${cell}）`, ` (sheet "${sheet}" ${cell})`) : '';
  return `${diagnostic.message}${where}`;
}

/**
 * Every input file accounted for: the outcomes of aggregation plus the files that could not be read.
 * A file that could not be read is no submission, so its organ counts as missing; it is named when
 * the file name says who sent it, and its problems carry that organ.
 */
export function accountFiles(
  result: AggregateResult,
  submitted: readonly SubmittedFile[],
  unreadable: readonly UnreadableFile[],
  options: { expectedEntries: readonly RosterEntry[]; receivedOn: (name: string) => string | undefined; text: Text; locale: 'zh-CN' | 'en' },
): { accounts: FileAccount[]; unreadableDiagnostics: Diagnostic[] } {
  const { text } = options;
  // A member's first error, found once per file (not by scanning every diagnostic for every file).
  const firstError = new Map<string, Diagnostic>();
  for (const d of result.diagnostics) {
    if (d.severity === 'error' && d.location.file && !d.code.startsWith('aggregate-') && !firstError.has(d.location.file)) firstError.set(d.location.file, d);
  }
  const accounts: FileAccount[] = result.outcomes.map((outcome) => {
    const file = submitted[outcome.index];
    const error = firstError.get(file.file);
    return {
      file: file.path,
      organ: outcome.organ,
      ...(outcome.entryId ? { entryId: outcome.entryId } : {}),
      status: outcome.status,
      late: outcome.late,
      ...(file.submittedOn ? { submittedOn: file.submittedOn } : {}),
      reasons: outcome.reasons,
      ...(error ? { firstError: describeError(text, error) } : {}),
      errorCount: outcome.errorCount,
      warningCount: outcome.warningCount,
    };
  });
  const unreadableDiagnostics: Diagnostic[] = [];
  const expected = { entries: [...options.expectedEntries] };
  for (const file of unreadable) {
    const entry = entryForUnreadable(file.name, expected, options.locale);
    const { errors, warnings } = counts(file.diagnostics);
    const submittedOn = options.receivedOn(file.name);
    unreadableDiagnostics.push(...file.diagnostics.map((d) => (entry && !d.location.organ ? { ...d, location: { ...d.location, organ: entry.name } } : d)));
    accounts.push({
      file: file.path,
      ...(entry ? { organ: entry.name, entryId: entry.id } : {}),
      status: 'unreadable',
      late: false,
      ...(submittedOn ? { submittedOn } : {}),
      reasons: file.diagnostics.filter((d) => d.severity === 'error').slice(0, 1).map((d) => d.message),
      errorCount: errors,
      warningCount: warnings,
    });
  }
  return { accounts, unreadableDiagnostics };
}

export function completenessSummary(completeness: Completeness, counts: { unreadable: number; skipped: number; files: number }): CompletenessSummary {
  return {
    expected: completeness.expected.length,
    received: completeness.received.length,
    missing: completeness.missing.length,
    accepted: completeness.accepted.length,
    rejected: completeness.rejected.length,
    duplicate: completeness.duplicate.length,
    late: completeness.late.length,
    unexpected: completeness.unexpected.length,
    excluded: completeness.excluded.length,
    unreadable: counts.unreadable,
    skipped: counts.skipped,
    files: counts.files,
  };
}

/** Anything rejected, missing, duplicated, not on the roster or unreadable. */
export function isIncomplete(summary: CompletenessSummary): boolean {
  return summary.rejected + summary.missing + summary.duplicate + summary.unexpected + summary.unreadable > 0;
}
