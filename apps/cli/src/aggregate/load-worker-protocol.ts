import type { Locale } from '@report/core';

/** What a reading thread is started with: how to build the run's pipeline (the job's own setup comes as core's `LoadSetup` message). */
export interface WorkerSetup {
  cwd: string;
  plugins: string[];
  config?: string;
  locale: Locale;
}
