import type { Locale, LoadedFile } from '@report/core';

/** What a reading thread is started with: how to build the run's pipeline. */
export interface WorkerSetup {
  cwd: string;
  plugins: string[];
  config?: string;
  locale: Locale;
}

export interface LoadRequest {
  id: number;
  /** The file's path (absolute). */
  path: string;
  name: string;
  year?: number;
}

export interface LoadResponse {
  id: number;
  loaded?: LoadedFile;
  /** The thread could not read the file at all (a bug, not a bad file: bad files are diagnostics). */
  error?: string;
}
