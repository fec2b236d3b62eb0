#!/usr/bin/env node
import { createProcessIo } from './io.js';
import { run } from './run.js';

// `gov-report validate … | head`: the reader went away; stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// The `gov-report` bin: run with the process's arguments and streams, exit with the code.
process.exitCode = await run(process.argv.slice(2), createProcessIo());
