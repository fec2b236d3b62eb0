import { loadCountyFile } from '@report/core';
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadRequest, LoadResponse, WorkerSetup } from './aggregate/load-worker-protocol.js';
import { createCliPipeline } from './plugins/create-cli-pipeline.js';

/** A reading thread of `aggregate --jobs`: reads and imports files with the same pipeline as the run. */
const setup = workerData as WorkerSetup;
const text = (zh: string, en: string) => (setup.locale === 'en' ? en : zh);
const ready = createCliPipeline({ cwd: setup.cwd, plugins: setup.plugins, ...(setup.config ? { config: setup.config } : {}), text });

parentPort!.on('message', async (request: LoadRequest) => {
  let response: LoadResponse;
  try {
    const { pipeline } = await ready;
    const loaded = await loadCountyFile({ pipeline, locale: setup.locale }, { name: request.name, path: request.path, read: async () => new Uint8Array(await readFile(request.path)) }, request.year !== undefined ? { year: request.year } : {});
    response = { id: request.id, loaded };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
});
