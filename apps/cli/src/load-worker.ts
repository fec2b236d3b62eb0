import { serveLoads, type LoadMessage, type LoadSetup } from '@report/core';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerSetup } from './aggregate/load-worker-protocol.js';
import { createCliPipeline } from './plugins/create-cli-pipeline.js';

/**
 * A reading thread of `aggregate --jobs`: reads, imports and checks files with the same pipeline as
 * the run (core's `serveLoads`, as the browser app's readers). It reads with `readFileSync`: this
 * thread has nothing else to do meanwhile.
 */
const setup = workerData as WorkerSetup;
const text = (zh: string, en: string) => (setup.locale === 'en' ? en : zh);
const pipeline = createCliPipeline({ cwd: setup.cwd, plugins: setup.plugins, ...(setup.config ? { config: setup.config } : {}), text }).then((cli) => cli.pipeline);
// A pipeline that cannot be built (a broken plugin) is each file's error, said when the file is asked for.
pipeline.catch(() => undefined);
const serve = serveLoads({ pipeline, readPath: (path) => new Uint8Array(readFileSync(path)) }, (reply) => parentPort!.postMessage(reply));
parentPort!.on('message', (message: LoadSetup | LoadMessage) => serve(message));
