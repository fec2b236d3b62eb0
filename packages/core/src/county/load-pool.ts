import type { Aggregator } from '../aggregate/aggregate.js';
import type { Locale } from '../diagnostics/types.js';
import type { Pipeline, PipelineAggregateOptions } from '../plugins/types.js';
import { checkLoadedFile, loadCountyFile } from './run-county-job.js';
import type { CountyFile, LoadedFile, LoadRequest } from './types.js';

/**
 * Reading and checking a county's files in other threads (the CLI's worker threads, the browser
 * app's Web Workers), one mechanism for both: `createLoadPool` here, `serveLoads` in each thread,
 * talking over a `LoadChannel`. Each thread reads, imports and checks the files it is given, one at
 * a time in the order given, and sends back only what aggregation keeps (`LoadedFile.checked`);
 * the job adds them in input order, so its outputs are the same as reading them itself.
 */

/** What a reading thread is told first: the job's locale and, when the year is known, its aggregate's options. */
export interface LoadSetup {
  type: 'setup';
  locale: Locale;
  /** The options of the job's aggregate (`countyAggregateOptions`): with them the thread checks what it reads. */
  aggregate?: PipelineAggregateOptions;
}

/** Where a reading thread gets a file's bytes: a path it can read itself, or the bytes. */
export type LoadSource = { path: string } | { bytes: Uint8Array };

/** One file for a reading thread. */
export interface LoadMessage {
  type: 'load';
  id: number;
  name: string;
  source: LoadSource;
  request: LoadRequest;
}

export interface LoadReply {
  id: number;
  loaded?: LoadedFile;
  /** The thread could not read the file at all (a bug, not a bad file: bad files are diagnostics). */
  error?: string;
}

/** Messages to a reading thread and its replies: a Node worker, a Web Worker or a message port. */
export interface LoadChannel {
  post(message: LoadSetup | LoadMessage): void;
  /** Called once, with the handler of every reply. */
  listen(handler: (reply: LoadReply) => void): void;
}

export interface LoadPoolOptions {
  locale: Locale;
  /** The job's aggregate options: given, the threads check what they read and the job only adds it up. */
  aggregate?: PipelineAggregateOptions;
  /** How a thread gets a file: by default its bytes (`file.read()`); the CLI gives the path. */
  source?: (file: CountyFile) => LoadSource | Promise<LoadSource>;
  /** Files a thread holds at once (default 4): it starts the next at once, without waiting for the job. */
  depth?: number;
}

export interface LoadPool {
  /** `CountyJobOptions.load`. */
  load(file: CountyFile, request: LoadRequest): Promise<LoadedFile>;
  /** `CountyJobOptions.concurrency`: every slot full, and as many again read and waiting to be used in order. */
  concurrency: number;
  /** A thread failed (it crashed, or could not start): every file waiting fails with this error. */
  fail(error: Error): void;
}

export function createLoadPool(channels: readonly LoadChannel[], options: LoadPoolOptions): LoadPool {
  const depth = Math.max(1, options.depth ?? 4);
  const source = options.source ?? (async (file: CountyFile) => ({ bytes: await file.read() }));
  const waiting = new Map<number, { resolve: (loaded: LoadedFile) => void; reject: (error: Error) => void }>();
  /** A slot per file a thread may hold: each thread `depth` times, taken in turn. */
  const idle: number[] = Array.from({ length: depth }, () => channels.map((_, index) => index)).flat();
  const queue: Array<() => void> = [];
  let next = 0;
  let failed: Error | undefined;
  const setup: LoadSetup = { type: 'setup', locale: options.locale, ...(options.aggregate ? { aggregate: options.aggregate } : {}) };
  channels.forEach((channel, index) => {
    channel.post(setup);
    channel.listen((reply) => answer(index, reply));
  });
  function answer(index: number, reply: LoadReply) {
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    idle.push(index);
    queue.shift()?.();
    if (!entry) return;
    if (reply.error !== undefined || !reply.loaded) entry.reject(new Error(reply.error ?? 'no reply'));
    // What a thread checked carries its layout numbers: the job keeps them apart by thread.
    else entry.resolve(reply.loaded.checked ? { ...reply.loaded, checkedBy: index } : reply.loaded);
  }
  const load = async (file: CountyFile, request: LoadRequest): Promise<LoadedFile> => {
    const from = await source(file);
    return new Promise<LoadedFile>((resolve, reject) => {
      const send = () => {
        if (failed) return reject(failed);
        const channel = idle.shift()!;
        const id = next++;
        waiting.set(id, { resolve, reject });
        // A thread without the aggregate's options cannot check: it returns the report.
        const asked: LoadRequest = { ...request, ...(request.check && options.aggregate ? { check: true } : { check: false }) };
        channels[channel].post({ type: 'load', id, name: file.name, source: from, request: asked });
      };
      if (idle.length > 0) send();
      else queue.push(send);
    });
  };
  return {
    load,
    concurrency: channels.length * depth * 2,
    fail(error) {
      failed ??= error;
      for (const entry of waiting.values()) entry.reject(error);
      waiting.clear();
      for (const send of queue.splice(0)) send();
    },
  };
}

export interface ServeLoadsOptions {
  /** The thread's pipeline: the same plugins as the job's (it may still be loading). */
  pipeline: Pipeline | Promise<Pipeline>;
  /** Reads a file by path (the CLI's threads); without it only bytes can be given. */
  readPath?: (path: string) => Uint8Array | Promise<Uint8Array>;
}

/**
 * The reading thread's side: give it each message that comes in; it answers with `reply`. Files
 * are done one at a time in the order they come (a checker numbers layouts in the order it meets
 * them, and the job adds the results in input order).
 */
export function serveLoads(options: ServeLoadsOptions, reply: (message: LoadReply) => void): (message: LoadSetup | LoadMessage) => void {
  let setup: LoadSetup | undefined;
  let checker: Aggregator | undefined;
  let previous: Promise<void> = Promise.resolve();
  const handle = async (message: LoadMessage): Promise<void> => {
    let answer: LoadReply;
    try {
      const pipeline = await options.pipeline;
      const locale = setup?.locale ?? 'zh-CN';
      const { source, request } = message;
      const read = async (): Promise<Uint8Array> => {
        if ('bytes' in source) return source.bytes;
        if (!options.readPath) throw new Error('this thread reads no paths');
        return options.readPath(source.path);
      };
      const file: CountyFile = { name: message.name, path: 'path' in source ? source.path : message.name, read };
      let loaded = await loadCountyFile({ pipeline, locale }, file, request.year !== undefined ? { year: request.year } : {});
      if (request.check && setup?.aggregate) {
        checker ??= pipeline.aggregator(setup.aggregate);
        loaded = checkLoadedFile(checker, file, loaded, request);
      }
      answer = { id: message.id, loaded };
    } catch (error) {
      answer = { id: message.id, error: error instanceof Error ? error.message : String(error) };
    }
    reply(answer);
  };
  return (message) => {
    if (message.type === 'setup') {
      setup = message;
      checker = undefined;
      return;
    }
    previous = previous.then(() => handle(message));
  };
}
