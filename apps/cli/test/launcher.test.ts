import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * `npx gov-report` right after `npm ci`: npm links `apps/cli/bin/gov-report.js`, nothing is built.
 * The launcher and the build script run here in a scratch copy of the repository's layout whose
 * turbo is a stand-in (it prints what turbo prints and writes a `dist/cli.js`), so the test does
 * not need a full build.
 */
const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const fakeTurbo = `#!/usr/bin/env node
const { mkdirSync, writeFileSync, appendFileSync } = require('node:fs');
const { join } = require('node:path');
appendFileSync(join(process.cwd(), 'turbo-calls.txt'), JSON.stringify(process.argv.slice(2)) + '\\n');
if (process.env.FAKE_TURBO_FAIL) { console.log('@report/core:build: src/index.ts(1,1): error TS1005: broken'); process.exit(2); }
console.log('@report/core:build: cache miss, executing 4b2aedec');
console.log('@report/core:build: ESM Build success');
console.log('@report/cli:build: cache hit, replaying logs c18b6dc1');
mkdirSync(join(process.cwd(), 'apps/cli/dist'), { recursive: true });
writeFileSync(join(process.cwd(), 'apps/cli/dist/cli.js'), "console.log('cli ran with ' + JSON.stringify(process.argv.slice(2)));\\n");
`;

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'gov-report-launcher-'));
  await mkdir(join(scratch, 'apps/cli/bin'), { recursive: true });
  await mkdir(join(scratch, 'apps/cli/src'), { recursive: true });
  await mkdir(join(scratch, 'scripts'), { recursive: true });
  await mkdir(join(scratch, 'node_modules/turbo/bin'), { recursive: true });
  await copyFile(join(root, 'apps/cli/bin/gov-report.js'), join(scratch, 'apps/cli/bin/gov-report.js'));
  await copyFile(join(root, 'scripts/build-with-progress.mjs'), join(scratch, 'scripts/build-with-progress.mjs'));
  await writeFile(join(scratch, 'apps/cli/package.json'), JSON.stringify({ type: 'module' }));
  await writeFile(join(scratch, 'package.json'), JSON.stringify({ type: 'module' }));
  await writeFile(join(scratch, 'apps/cli/src/cli.ts'), '');
  await writeFile(join(scratch, 'node_modules/turbo/package.json'), JSON.stringify({ type: 'commonjs' }));
  await writeFile(join(scratch, 'node_modules/turbo/bin/turbo'), fakeTurbo);
  await chmod(join(scratch, 'node_modules/turbo/bin/turbo'), 0o755);
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const launch = (env: Record<string, string> = {}) =>
  run(process.execPath, [join(scratch, 'apps/cli/bin/gov-report.js'), '--help'], { cwd: scratch, env: { ...process.env, ...env } }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe('the gov-report launcher', () => {
  it('builds once with visible progress when dist is missing, then runs the CLI with the arguments', async () => {
    const first = await launch();
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('cli ran with ["--help"]\n');
    expect(first.stderr).toContain('gov-report 还没有构建：先构建一次。');
    expect(first.stderr).toContain('正在构建 @report/cli 及其依赖的包');
    expect(first.stderr).toContain('  构建 @report/core（已用');
    expect(first.stderr).toContain('  @report/cli 未改动，用上次的构建结果');
    expect(first.stderr).toMatch(/构建完成，用时 \d+ 秒。/);
    // turbo's own lines are not shown on success.
    expect(first.stderr).not.toContain('ESM Build success');
    expect(JSON.parse((await readFile(join(scratch, 'turbo-calls.txt'), 'utf8')).trim())).toEqual(['run', 'build', '--filter=@report/cli...', '--output-logs=new-only', '--log-prefix=task']);

    const second = await launch();
    expect(second.stdout).toBe('cli ran with ["--help"]\n');
    expect(second.stderr).toBe('');
    expect((await readFile(join(scratch, 'turbo-calls.txt'), 'utf8')).trim().split('\n')).toHaveLength(1);
  });

  it('a failed build shows turbo’s output and exits with its code, without running anything', async () => {
    const failed = await launch({ FAKE_TURBO_FAIL: '1' });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('error TS1005: broken');
    expect(failed.stderr).toContain('构建失败（turbo 退出码 2）');
    expect(failed.stdout).toBe('');
    expect(existsSync(join(scratch, 'apps/cli/dist/cli.js'))).toBe(false);
  });

  it('is what npm links as the bin, in the package and in the lockfile', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'apps/cli/package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ 'gov-report': './bin/gov-report.js' });
    expect(pkg.files).toContain('bin');
    const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8'));
    expect(lock.packages['apps/cli'].bin).toEqual({ 'gov-report': 'bin/gov-report.js' });
  });
});
