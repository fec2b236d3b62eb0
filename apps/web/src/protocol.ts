import { type CompletenessSummary, type Diagnostic, type FileAccount, type Locale, type SkippedFile } from '@report/core';

/** One file the page read from an input or a drop: its name, where it sat (folder drops) and its bytes. */
export interface InputBytes {
  name: string;
  /** The path inside a dropped folder (`submissions/青山镇.xlsx`), else the name. */
  path: string;
  bytes: Uint8Array;
}

export interface TownshipRequest {
  kind: 'township';
  file: InputBytes;
}

export interface CountyRequest {
  kind: 'county';
  files: InputBytes[];
  roster: InputBytes;
  received?: InputBytes;
  narrative?: InputBytes;
  /** The aggregating organ; blank: the roster's one top-level organ. */
  organ?: string;
  /** The report year; blank: the year most submissions are for. */
  year?: number;
  /** Make the PDF too (needs the font). */
  pdf: boolean;
}

export interface RenderRequest {
  kind: 'render-pdf';
  report: unknown;
}

export interface TemplateRequest {
  kind: 'template';
  organ: string;
  year: number;
}

export type JobInput = TownshipRequest | CountyRequest | RenderRequest | TemplateRequest;

export type JobRequest = JobInput & { locale: Locale; font?: Uint8Array };

/**
 * Makes a worker a reader of a county job: it reads and checks the files the job sends over the
 * message port given with this message (core's `serveLoads`); the job is told of the port with its request.
 */
export interface ReaderRequest {
  kind: 'reader';
}

/** A file for the person to save: what it is, its name and bytes. */
export interface OutputFile {
  kind: string;
  label: string;
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

export interface TableView {
  id: string;
  title: string;
  html: string;
}

export interface TownshipResult {
  kind: 'township';
  file: string;
  importer?: string;
  organ?: string;
  year?: number;
  format?: string;
  /** The report read, as JSON text (for the download). */
  reportJson?: string;
  diagnostics: Diagnostic[];
  tables: TableView[];
  /** The workbook with each problem marked at its cell and listed on a first sheet (when it has problems and can be annotated). */
  annotated?: OutputFile;
}

/** Where each input file ended up and the counts: core's, as `gov-report aggregate --json` gives them. */
export type { CompletenessSummary, FileAccount, SkippedFile };

export interface CountyResult {
  kind: 'county';
  organ: string;
  year: number;
  summary: CompletenessSummary;
  missing: Array<{ id: string; name: string }>;
  accounts: FileAccount[];
  /** Files dropped and not read (lock files, hidden files), with the reason. */
  skipped: Array<SkippedFile & { why: string }>;
  diagnostics: Diagnostic[];
  /** Problems with the register's lines and similar notes (the CLI prints them). */
  notes: string[];
  outputs: OutputFile[];
  /** How many reader workers read and checked the files (0: the job's own worker did). */
  readers: number;
  /** report.html, for the preview. */
  previewHtml: string;
  checkingHtml: string;
}

/** A job that could not start (roster unreadable, organ not on the roster…): what and what to do. */
export interface JobFailure {
  kind: 'failure';
  message: string;
  hint?: string;
}

export type JobResult = TownshipResult | CountyResult | JobFailure | { kind: 'file'; file: OutputFile };

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; label: string }
  | { type: 'result'; result: JobResult }
  | { type: 'error'; message: string };
