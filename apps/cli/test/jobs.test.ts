import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createPipeline, setCell } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, fillTemplate } from '@report/excel-import';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `aggregate --jobs`: files read and checked in worker threads give the outputs of one job, byte for byte. */
const exec = promisify(execFile);
const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(app, '../..');
const bin = join(app, 'dist/cli.js');
const COUNT = 40;

let folder: string;

beforeAll(async () => {
  if (!existsSync(bin)) await exec('npx', ['turbo', 'run', 'build', '--filter=@report/cli...', '--output-logs=errors-only'], { cwd: root });
  folder = await mkdtemp(join(tmpdir(), 'gov-report-jobs-'));
  await mkdir(join(folder, 'inbox'));
  const form = createPipeline().getForm('gov-2021');
  const blank = await createTemplate(form, { year: 2024 });
  const names = Array.from({ length: COUNT }, (_, i) => `第${i + 1}镇人民政府`);
  await writeFile(join(folder, 'roster.csv'), ['名称,层级,上级', '测试县人民政府,县,', ...names.map((name) => `${name},乡镇,测试县人民政府`)].join('\n'));
  for (const [index, name] of names.entries()) {
    const report = createExampleReport({ form, year: 2024, seed: index + 1, organ: { name, level: 'township' } });
    // Some files each job must judge alike: an unbalanced table, a truncated workbook, a JSON copy.
    if (index % 9 === 4) setCell(report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 999);
    const bytes = fillTemplate(blank, report);
    await writeFile(join(folder, 'inbox', `${name}.xlsx`), index % 13 === 7 ? bytes.subarray(0, 2000) : bytes);
    if (index === 10) await writeFile(join(folder, 'inbox', `${name}.json`), JSON.stringify(report));
  }
  // Received dates, some after the county's --deadline: lateness is judged where the file is checked.
  await writeFile(join(folder, 'received.csv'), ['文件名,收到日期', ...names.map((name, i) => `${name}.xlsx,2025-0${i % 3 === 0 ? 4 : 1}-1${i % 10}`)].join('\n'));
}, 300_000);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function aggregate(jobs: number, out: string) {
  const args = [bin, 'aggregate', 'inbox', '--roster', 'roster.csv', '--organ', '测试县人民政府', '--year', '2024', '--received', 'received.csv', '--deadline', '2025-01-25', '-o', out, '--no-pdf', '--no-docx', '--jobs', String(jobs)];
  const run = await exec(process.execPath, args, { cwd: folder, env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' }, maxBuffer: 64 * 1024 * 1024 }).catch((error) => error);
  return { code: run.code ?? 0, stdout: String(run.stdout), stderr: String(run.stderr) };
}

describe('aggregate --jobs', () => {
  it('gives byte-identical report.json and checking.json with one job and with worker threads', async () => {
    const one = await aggregate(1, 'one');
    const two = await aggregate(2, 'two');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    for (const name of ['report.json', 'checking.json', 'checking.html', 'report.html']) {
      expect(await readFile(join(folder, 'two', name), 'utf8'), name).toBe(await readFile(join(folder, 'one', name), 'utf8'));
    }
    const checking = JSON.parse(await readFile(join(folder, 'one', 'checking.json'), 'utf8'));
    // Every file is accounted for, and the bad ones are judged (not only read) in the workers too.
    expect(checking.files).toHaveLength(COUNT + 1);
    expect(checking.completeness.unreadable).toBeGreaterThan(0);
    expect(checking.completeness.rejected).toBeGreaterThan(0);
    expect(checking.completeness.duplicate).toBe(1);
    expect(checking.completeness.late).toBeGreaterThan(0);
    expect(checking.run.startedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(two.stdout.replace(/\btwo\b/g, 'one')).toBe(one.stdout);
    // The second run really read in threads (it says so on stderr), the first did not.
    expect(two.stderr).toContain('2 个线程');
    expect(one.stderr).not.toContain('线程');
  }, 300_000);

  it('refuses a --jobs that is no whole number, with a Chinese message', async () => {
    const run = await aggregate(0, 'zero');
    expect(run.code).toBe(2);
  }, 60_000);
});
