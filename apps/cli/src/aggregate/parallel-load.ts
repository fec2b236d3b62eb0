import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CountyFile, LoadedFile, LoadRequest as JobRequest, PipelineAggregateOptions } from '@report/core';
import type { CommandContext } from '../command.js';
import { stringOption } from '../command-helpers.js';
import { UsageError } from '../errors.js';
import type { AggregateJob } from './aggregate-job.js';
import type { LoadRequest, LoadResponse, WorkerSetup } from './load-worker-protocol.js';

/** Below this many files per thread, starting threads costs more than it saves. */
const FILES_PER_WORKER = 16;
/** Files handed to a thread before it is done with the one before: it starts the next at once, without waiting for this thread. */
const DEPTH = 2;

export interface Loader {
  load: (file: CountyFile, request: JobRequest) => Promise<LoadedFile>;
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
 * figures, not the report), so this thread just adds them up. The job uses the results in input
 * order, so the outputs are the same as with one job, byte for byte.
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
    ...(aggregate ? { aggregate } : {}),
  };
  const paths = new Map(job.files.map((file) => [context.output.path(file.path), file.path]));
  const workers = Array.from({ length: jobs }, () => new Worker(script, { workerData: setup }));
  context.output.note(context.text(`用 ${jobs} 个线程读取和检查 ${job.files.length} 个文件`, `Reading and checking ${job.files.length} files in ${jobs} threads`));
  const waiting = new Map<number, { resolve: (loaded: LoadedFile) => void; reject: (error: Error) => void }>();
  /** A slot per file a thread may hold: each thread `DEPTH` times, taken in turn. */
  const idle: Worker[] = Array.from({ length: DEPTH }, () => workers).flat();
  const queue: Array<() => void> = [];
  let next = 0;
  workers.forEach((worker, number) => {
    worker.on('message', (response: LoadResponse) => {
      const entry = waiting.get(response.id);
      waiting.delete(response.id);
      idle.push(worker);
      queue.shift()?.();
      if (!entry) return;
      if (response.error) entry.reject(new Error(response.error));
      // What a thread checked carries its layout numbers: the job keeps them apart by thread.
      else entry.resolve(response.loaded!.checked ? { ...response.loaded!, checkedBy: number } : response.loaded!);
    });
    worker.on('error', (error) => {
      for (const entry of waiting.values()) entry.reject(error);
      waiting.clear();
    });
  });
  const load = (file: CountyFile, request: JobRequest) =>
    new Promise<LoadedFile>((resolve, reject) => {
      const send = () => {
        const worker = idle.shift()!;
        const id = next++;
        waiting.set(id, { resolve, reject });
        const message: LoadRequest = {
          id,
          path: paths.get(file.path) ?? file.path,
          name: file.name,
          ...(request.year !== undefined ? { year: request.year } : {}),
          ...(request.submittedOn ? { submittedOn: request.submittedOn } : {}),
          ...(request.check && aggregate ? { check: true } : {}),
        };
        worker.postMessage(message);
      };
      if (idle.length > 0) send();
      else queue.push(send);
    });
  return {
    load,
    // Every slot full, and as many again read and waiting to be used in order.
    concurrency: jobs * DEPTH * 2,
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
