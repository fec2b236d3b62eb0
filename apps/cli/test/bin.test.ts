import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, ensureBuilt, exec, gov, root } from './built-bin.js';

/** The built `gov-report` bin as a real process: exit codes, streams, no stack traces. */
const county = join(root, 'examples/demo-county');

beforeAll(ensureBuilt, 600_000);

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
