import { checkLoadedFile, loadCountyFile, type Aggregator } from '@report/core';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadRequest, LoadResponse, WorkerSetup } from './aggregate/load-worker-protocol.js';
import { createCliPipeline } from './plugins/create-cli-pipeline.js';

/**
 * A reading thread of `aggregate --jobs`: reads, imports and checks files with the same pipeline as
 * the run, one at a time in the order they come (a checker numbers layouts in the order it meets
 * them, and the run adds the results in input order).
 */
const setup = workerData as WorkerSetup;
const text = (zh: string, en: string) => (setup.locale === 'en' ? en : zh);
const ready = createCliPipeline({ cwd: setup.cwd, plugins: setup.plugins, ...(setup.config ? { config: setup.config } : {}), text });
/** This thread's checker: an aggregator of the job's options, of which only `check` is used (the run adds the results). */
let checker: Aggregator | undefined;

let previous: Promise<void> = Promise.resolve();
parentPort!.on('message', (request: LoadRequest) => {
  previous = previous.then(() => handle(request));
});

async function handle(request: LoadRequest): Promise<void> {
  let response: LoadResponse;
  try {
    const { pipeline } = await ready;
    const file = { name: request.name, path: request.path, read: async () => new Uint8Array(readFileSync(request.path)) }; // this thread has nothing else to do meanwhile
    let loaded = await loadCountyFile({ pipeline, locale: setup.locale }, file, request.year !== undefined ? { year: request.year } : {});
    if (request.check && setup.aggregate) {
      checker ??= pipeline.aggregator(setup.aggregate);
      loaded = checkLoadedFile(checker, file, loaded, request);
    }
    response = { id: request.id, loaded };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
}
