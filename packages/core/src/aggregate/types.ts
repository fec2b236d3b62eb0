import type { Catalog } from '../diagnostics/codes/types.js';
import type { MessageOverrides } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ValidateOptions } from '../rules/types.js';
import type { FormDefinition, FormId } from '../forms/types.js';
import type { OrganLevel, Report } from '../model/report.js';

/** One organ expected to file (a township, a department, a county…). */
export interface RosterEntry {
  /** Stable id within the roster (defaults to the credit code or the name). */
  id: string;
  name: string;
  /** Other names the organ files under (`鹅公镇` for `鹅公镇人民政府`). */
  aliases?: string[];
  level: OrganLevel;
  /** 统一社会信用代码, checked with the GB 32100 check character. */
  creditCode?: string;
  /** 行政区划代码. */
  divisionCode?: string;
  /** Id of the parent entry (township → county → city → province). */
  parent?: string;
  /** A local deadline for this entry (ISO date), overriding the roster's. */
  deadline?: string;
}

export interface Roster {
  entries: RosterEntry[];
  /** Local deadline for members (ISO date), e.g. the county's date for townships. */
  deadline?: string;
  /** Where it was loaded from, for diagnostics. */
  file?: string;
}

/** A report handed to aggregation, with what is known about its file. */
export interface Submission {
  report: Report;
  /** File name it was read from. */
  file?: string;
  /** SHA-256 of the file, hex. */
  sha256?: string;
  /** Date the file was received (ISO), for lateness. */
  submittedOn?: string;
  /** Diagnostics from reading the file (import), merged with the checks. */
  diagnostics?: Diagnostic[];
}

/**
 * Where each input ended up. Every submission is in exactly one of `accepted`, `rejected`,
 * `duplicate`, `unexpected` and `excluded`; `late` marks accepted, rejected or duplicate ones that came late.
 */
export type SubmissionStatus = 'accepted' | 'rejected' | 'duplicate' | 'unexpected' | 'excluded';

export interface SubmissionOutcome {
  /** Index into the submissions passed to `aggregate`. */
  index: number;
  file?: string;
  organ: string;
  /** Roster entry it matched, if any. */
  entryId?: string;
  status: SubmissionStatus;
  late: boolean;
  /** Why it is not accepted (or accepted with errors), in the requested locale. */
  reasons: string[];
  errorCount: number;
  warningCount: number;
  /** Code of the diagnostic that decided a status other than `accepted` (e.g. `aggregate-superseded`). */
  reasonCode?: string;
  /** How it matched its roster entry. */
  matchedBy?: 'creditCode' | 'divisionCode' | 'name' | 'alias';
  /** For a copy of a file already counted (same SHA-256): the index of the submission counted instead. */
  identicalTo?: number;
  /**
   * Roster entry id of the level whose `completeness` lists this outcome (hierarchical aggregation);
   * absent for the top level.
   */
  listedUnder?: string;
}

export interface Completeness {
  /** Roster entries expected to file (direct members of the aggregating organ). */
  expected: string[];
  /**
   * Roster entry ids with at least one submission of this year and format (accepted, rejected or
   * duplicate; for a member with members of its own, anything received below it). Also lists the
   * aggregating organ itself when its own-name report came in.
   */
  received: string[];
  /** Expected roster entry ids with nothing received (a file of another year or format does not count). */
  missing: string[];
  /** Outcomes by status. */
  accepted: SubmissionOutcome[];
  rejected: SubmissionOutcome[];
  duplicate: SubmissionOutcome[];
  unexpected: SubmissionOutcome[];
  excluded: SubmissionOutcome[];
  late: SubmissionOutcome[];
}

export interface AggregateOptions {
  roster: Roster;
  /** The aggregating organ (the county). */
  organ: { name: string; level: OrganLevel; creditCode?: string; divisionCode?: string };
  year: number;
  /** Default: the form for `year`. */
  format?: FormId;
  /** Add reports with errors anyway (with a warning on the aggregate). Default false. */
  includeReportsWithErrors?: boolean;
  locale?: 'zh-CN' | 'en';
  /** Extra forms (plugins), for `format` and for checking members. */
  forms?: readonly FormDefinition[];
  /** Plugin codes and replacement messages, for every diagnostic of the aggregation. */
  catalog?: Catalog;
  messages?: MessageOverrides;
  /**
   * How each member's report is checked; default `validateReport`. A pipeline passes its own, so
   * plugin rules and messages apply to members exactly as `pipeline.validate` applies them.
   */
  validate?: (report: Report, options: ValidateOptions) => Diagnostic[];
}

/** Draft narrative sentences generated from the aggregated numbers. */
export interface NarrativeDraft {
  draft: true;
  /** Every sentence paragraph, in section order. */
  paragraphs: string[];
  /** The same paragraphs by narrative section (`overview`, `active`, `applications`, `reviewLitigation`). */
  sections: Array<{ id: string; paragraphs: string[] }>;
  /** "Draft generated from the figures; check before use", in the requested locale. */
  note: string;
}

export interface AggregateResult {
  /** The county's report: same form, each cell the sum of the accepted members; with `members` and `contributions`. */
  report: Report;
  completeness: Completeness;
  /** Every outcome, in input order. */
  outcomes: SubmissionOutcome[];
  /** Diagnostics of the aggregation and of every member (location.organ / location.file set). */
  diagnostics: Diagnostic[];
  /** Factual Chinese sentences generated from the numbers, for the county's narrative. Marked as a draft. */
  narrativeDraft: NarrativeDraft;
  /** Aggregates of the levels below, when the roster has a hierarchy (township → county → city…). */
  children?: AggregateResult[];
}
