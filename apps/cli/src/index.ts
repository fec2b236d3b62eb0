export { run, version } from './run.js';
export { createMemoryIo, createProcessIo } from './io.js';
export type { CapturedIo, CliIo } from './io.js';
export { exitCodes } from './errors.js';
