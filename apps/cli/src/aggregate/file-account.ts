import type { SubmissionOutcome } from '@report/core';

/** Where each input file ended up, in the CLI's own words (a file that could not be read is never a submission). */
export interface FileAccount {
  file: string;
  organ?: string;
  entryId?: string;
  status: SubmissionOutcome['status'] | 'unreadable';
  late: boolean;
  submittedOn?: string;
  reasons: string[];
  /** The first error of a member's report, with where it is. */
  firstError?: string;
  errorCount: number;
  warningCount: number;
}
