#!/usr/bin/env node
// The bin is minified (decision 0016): with GOV_REPORT_DEBUG, which prints stack traces, they are
// mapped back to the sources, for every module loaded from here on.
if (process.env.GOV_REPORT_DEBUG) process.setSourceMapsEnabled(true);
const [{ createProcessIo }, { run }] = await Promise.all([import('./io.js'), import('./run.js')]);

// `gov-report validate … | head`: the reader went away; stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// The `gov-report` bin: run with the process's arguments and streams, exit with the code.
process.exitCode = await run(process.argv.slice(2), createProcessIo());

export {};
