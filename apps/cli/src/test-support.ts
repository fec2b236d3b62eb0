import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryIo, type CliIo } from './io.js';
import { run } from './run.js';

/** Runs the CLI in-process in `cwd` and returns the exit code and both outputs. */
export async function runCli(argv: string[], options: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = createMemoryIo(options);
  const code = await run(argv, io);
  return { code, stdout: io.output.stdout, stderr: io.output.stderr };
}

/** A fresh temporary folder, removed by the returned function. */
export async function temporaryFolder(prefix = 'gov-report-cli-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
