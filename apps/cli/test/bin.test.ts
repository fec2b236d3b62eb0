import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

/** The built `gov-report` bin as a real process: exit codes, streams, no stack traces. */
const exec = promisify(execFile);
const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(app, '../..');
const bin = join(app, 'dist/cli.js');
const county = join(root, 'examples/demo-county');

async function gov(args: string[], cwd = root) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

beforeAll(async () => {
  if (!existsSync(bin)) await exec('npx', ['turbo', 'run', 'build', '--filter=@report/cli...', '--output-logs=errors-only'], { cwd: root });
}, 600_000);

describe('the gov-report bin', () => {
  it('starts with a node shebang', async () => {
    expect((await readFile(bin, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('validates the example county: exit 1, the summary on stdout, nothing on stderr when piped', async () => {
    const result = await gov(['validate', join(county, 'submissions')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/共检查 16 个文件：13 个通过，3 个有错误/);
    expect(result.stderr).toBe('');
  });

  it('exits 2 on a usage error with a Chinese message and no stack trace', async () => {
    const result = await gov(['validate', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('找不到文件或文件夹');
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
    const option = await gov(['aggregate', '--output']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('选项 -o, --output 后面缺少取值');
  });

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    const { stdout, stderr } = await exec('sh', ['-c', `"${process.execPath}" "${bin}" validate "${join(county, 'submissions')}" | head -n 1`], { cwd: root });
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).toBe('');
  });
});
