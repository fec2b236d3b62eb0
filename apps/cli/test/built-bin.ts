import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The built `gov-report` bin, run as a real process by the tests in this folder. */
export const exec = promisify(execFile);
const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const root = resolve(app, '../..');
export const bin = join(app, 'dist/cli.js');

/** Builds the bin (and what it needs) when it is not built yet. */
export async function ensureBuilt(): Promise<void> {
  if (!existsSync(bin)) await exec('npx', ['turbo', 'run', 'build', '--filter=@report/cli...', '--output-logs=errors-only'], { cwd: root });
}

/** Runs `gov-report args…` in `cwd`: its exit code and both streams, never a rejection. */
export async function gov(args: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
