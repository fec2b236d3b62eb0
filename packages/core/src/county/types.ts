import type { CheckedSubmission } from '../aggregate/aggregate.js';
import type { AggregateResult, Roster, SubmissionOutcome } from '../aggregate/types.js';
import type { Diagnostic, Locale } from '../diagnostics/types.js';
import type { Organ, Report } from '../model/report.js';
import type { Pipeline } from '../plugins/types.js';

/** One input of a county job: a name, the path a person reads, and how to get its bytes (read when needed, released after). */
export interface CountyFile {
  /** The file's own name (`青山镇.xlsx`): what a register lists and what diagnostics name. */
  name: string;
  /** Where it is, as shown to a person (a path relative to the working folder, or inside a dropped folder). */
  path: string;
  read(): Promise<Uint8Array>;
}

/** Why a file found among the inputs was not read. */
export type SkipReason = 'hidden' | 'office-lock' | 'system' | 'symlink' | 'special' | 'previous-output';

/** A file found and not read, with its reason: every input is accounted for. */
export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

/** One file after reading: what read it, the report it holds (if any) and every problem met reading it. */
export interface LoadedFile {
  importer?: string;
  size: number;
  sha256?: string;
  report?: Report;
  /**
   * The report already checked, in place of `report`, when the job asked for it (`LoadRequest.check`)
   * and the loader has an aggregator of the job's options (`countyAggregateOptions`): see `checkLoadedFile`.
   */
  checked?: CheckedSubmission;
  /** Which checker made `checked` (one per thread): its layout numbers are its own. */
  checkedBy?: string | number;
  diagnostics: Diagnostic[];
}

/** What the job asks of a loader for one file. */
export interface LoadRequest {
  /** The report year, when the job was given it. */
  year?: number;
  /** When the file was received (the register), for lateness. */
  submittedOn?: string;
  /**
   * The job's aggregate is open: a loader that has an aggregator of the job's options may check the
   * report itself and return `checked` (a thread pool does, so checking runs in parallel too).
   */
  check?: boolean;
}

/** Where each input file ended up (a file that could not be read is never a submission). */
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
  /** Files found among the inputs and not read (hidden, lock files, links, an earlier run's outputs). */
  skipped: number;
  files: number;
}

/** A file the job read, as `checking.json` records it. */
export interface RecordedFile {
  file: string;
  size: number;
  /** SHA-256 of the bytes read, hex; absent for a file that could not be read. */
  sha256?: string;
}

export interface CountyJobOptions {
  pipeline: Pipeline;
  locale?: Locale;
  /** The aggregating organ (see `aggregatingOrgan`). */
  organ: Organ;
  /** The report year; when absent, the year most submissions are for (the reports are then held until every file is read). */
  year?: number;
  roster: Roster;
  /** What reading the roster said. */
  rosterDiagnostics?: readonly Diagnostic[];
  /** The submissions, in the order they are listed and read. */
  files: readonly CountyFile[];
  /** Files found and not read, with the reason. */
  skipped?: readonly SkippedFile[];
  /** The received-date register (收文登记表), as a file. */
  received?: CountyFile;
  /** The county's own text (年报文字, .txt): it replaces the draft of the narrative sections. */
  narrative?: CountyFile;
  includeReportsWithErrors?: boolean;
  /**
   * How one file is read; by default its bytes through `pipeline.import`. The CLI passes a pool of
   * worker threads. It must never throw: a file that cannot be read is a diagnostic.
   */
  load?: (file: CountyFile, request: LoadRequest) => Promise<LoadedFile>;
  /** How many files are read at once (the results are used in input order). Default 2 (reading one while checking another). */
  concurrency?: number;
  progress?: (event: CountyProgress) => void;
  /** Stops the job between files. */
  signal?: AbortSignal;
}

export interface CountyProgress {
  phase: 'read' | 'aggregate';
  done: number;
  total: number;
  /** The file being read, or what is being done, for a person. */
  label: string;
}

export interface CountyJob {
  organ: Organ;
  year: number;
  roster: Roster;
  result: AggregateResult;
  summary: CompletenessSummary;
  accounts: FileAccount[];
  missing: Array<{ id: string; name: string }>;
  /** Every problem: roster, register, county text, unreadable files, members, aggregation; sorted. */
  diagnostics: Diagnostic[];
  /** Problems with the register's lines, for the person running the job. */
  notes: string[];
  /** Every file read, with its size and hash, in input order. */
  inputs: RecordedFile[];
  skipped: SkippedFile[];
  /** The files to send back (rejected or unreadable with errors), by path, with their problems: for annotated returns. */
  returns: Array<{ file: CountyFile; importer?: string; diagnostics: Diagnostic[]; unreadable?: boolean }>;
}
