import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createLoadPool, type CountyFile, type LoadChannel, type LoadedFile, type LoadRequest, type PipelineAggregateOptions } from '@report/core';
import type { CommandContext } from '../command.js';
import { stringOption } from '../command-helpers.js';
import { UsageError } from '../errors.js';
import type { AggregateJob } from './aggregate-job.js';
import type { WorkerSetup } from './load-worker-protocol.js';

/** Below this many files per thread, starting threads costs more than it saves. */
const FILES_PER_WORKER = 16;

export interface Loader {
  load: (file: CountyFile, request: LoadRequest) => Promise<LoadedFile>;
  concurrency: number;
  close: () => Promise<void>;
}

/** `--jobs N` (a whole number ≥ 1), by default the cores available. */
export function jobsOption(context: CommandContext): number {
  const value = stringOption(context, 'jobs');
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new UsageError(context.text(`--jobs 应为 1 到 256 之间的整数，而不是“${value}”`, `--jobs takes a whole number from 1 to 256, not "${value}"`), { command: 'aggregate' });
  }
  return jobs;
}

/** The built worker script beside this module (absent when running from the sources: then files are read in this thread). */
function workerScript(): URL | undefined {
  const url = new URL('./load-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Reads and checks files in worker threads, each with the same pipeline as this run (built-in
 * plugins, `--plugin`, the config file), when there are enough files for it to pay; `undefined`
 * means "read them here". With the job's aggregate options (`countyAggregateOptions`, when the year
 * is known) each thread also checks what it reads and sends back only what aggregation keeps (the
 * figures, not the report), so this thread just adds them up. Core's load pool (`createLoadPool`,
 * the browser app's too) hands out the files; the job uses the results in input order, so the
 * outputs are the same as with one job, byte for byte.
 */
export async function createLoader(context: CommandContext, job: AggregateJob, aggregate?: PipelineAggregateOptions): Promise<Loader | undefined> {
  const jobs = Math.min(jobsOption(context), Math.floor(job.files.length / FILES_PER_WORKER));
  const script = workerScript();
  if (jobs < 2 || !script) return undefined;
  const setup: WorkerSetup = {
    cwd: context.io.cwd,
    plugins: Array.isArray(context.values.plugin) ? (context.values.plugin as string[]) : [],
    ...(typeof context.values.config === 'string' ? { config: context.values.config } : {}),
    locale: context.locale,
  };
  // The threads read the real paths; the job names files by the paths shown to people.
  const paths = new Map(job.files.map((file) => [context.output.path(file.path), file.path]));
  const workers = Array.from({ length: jobs }, () => new Worker(script, { workerData: setup }));
  context.output.note(context.text(`用 ${jobs} 个线程读取和检查 ${job.files.length} 个文件`, `Reading and checking ${job.files.length} files in ${jobs} threads`));
  const channels: LoadChannel[] = workers.map((worker) => ({ post: (message) => worker.postMessage(message), listen: (handler) => worker.on('message', handler) }));
  const pool = createLoadPool(channels, { locale: context.locale, ...(aggregate ? { aggregate } : {}), source: (file) => ({ path: paths.get(file.path) ?? file.path }) });
  for (const worker of workers) worker.on('error', (error) => pool.fail(error));
  return {
    load: pool.load,
    concurrency: pool.concurrency,
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
