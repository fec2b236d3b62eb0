import type { Locale, LoadedFile, PipelineAggregateOptions } from '@report/core';

/** What a reading thread is started with: how to build the run's pipeline. */
export interface WorkerSetup {
  cwd: string;
  plugins: string[];
  config?: string;
  locale: Locale;
  /** The options of the job's aggregate (`countyAggregateOptions`), when its year is known: the thread then checks what it reads. */
  aggregate?: PipelineAggregateOptions;
}

export interface LoadRequest {
  id: number;
  /** The file's path (absolute). */
  path: string;
  name: string;
  year?: number;
  submittedOn?: string;
  /** Check the report with the setup's aggregate options and return it checked (`LoadedFile.checked`). */
  check?: boolean;
}

export interface LoadResponse {
  id: number;
  loaded?: LoadedFile;
  /** The thread could not read the file at all (a bug, not a bad file: bad files are diagnostics). */
  error?: string;
}
