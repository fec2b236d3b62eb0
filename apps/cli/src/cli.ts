#!/usr/bin/env node
import { createProcessIo } from './io.js';
import { run } from './run.js';

// The `gov-report` bin: run with the process's arguments and streams, exit with the code.
process.exitCode = await run(process.argv.slice(2), createProcessIo());
