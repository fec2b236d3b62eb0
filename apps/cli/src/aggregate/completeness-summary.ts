import type { Completeness } from '@report/core';

/** The counts printed and written (checking.json): who was expected, received, missing, rejected… */
export interface CompletenessSummary {
  expected: number;
  received: number;
  missing: number;
  accepted: number;
  rejected: number;
  duplicate: number;
  late: number;
  unexpected: number;
  excluded: number;
  unreadable: number;
  /** Files found in the input folders and not read (hidden, lock files, links, an earlier run's outputs). */
  skipped: number;
  files: number;
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

/** Anything rejected, missing, duplicated, not on the roster or unreadable (`--strict` exits 1 for it). */
export function isIncomplete(summary: CompletenessSummary): boolean {
  return summary.rejected + summary.missing + summary.duplicate + summary.unexpected + summary.unreadable > 0;
}
