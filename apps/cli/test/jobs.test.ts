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

  it('gives the same outputs with a province plugin: its form, its rules (XM-1, XM-2 with the received dates) run in the threads too', async () => {
    const plugin = join(root, 'examples/province-plugin/index.mjs');
    const { provincePlugin } = await import(plugin);
    const { excelPlugin } = await import('@report/excel-import/plugin');
    const pipeline = createPipeline({ plugins: [excelPlugin(), provincePlugin()] });
    const dir = join(folder, 'province');
    await mkdir(join(dir, 'inbox'), { recursive: true });
    const names = Array.from({ length: 36 }, (_, i) => `第${i + 1}乡人民政府`);
    await writeFile(join(dir, 'roster.csv'), ['名称,层级,上级', '测试县人民政府,县,', ...names.map((name) => `${name},乡镇,测试县人民政府`)].join('\n'));
    await writeFile(join(dir, 'received.csv'), ['文件名,收到日期', ...names.map((name, i) => `${name}.xlsx,2025-01-${String(5 + (i % 10)).padStart(2, '0')}`)].join('\n'));
    const made = await pipeline.template({ year: 2024, organ: { name: '某乡人民政府', level: 'township' } });
    expect(made.form?.id).toBe('gov-2021-xm');
    for (const [index, name] of names.entries()) {
      const report = createExampleReport({ form: made.form!, year: 2024, seed: index + 1, organ: { name, level: 'township' } });
      for (const row of ['weibo', 'wechat', 'other']) {
        for (const [column, value] of [['existing', 3], ['opened', 1], ['closed', 0], ['operating', 4]] as const) setCell(report, { table: 'newMedia', row, column }, value);
      }
      // Every fifth township's accounts do not balance (XM-1, an error).
      if (index % 5 === 2) setCell(report, { table: 'newMedia', row: 'weibo', column: 'operating' }, 9);
      await writeFile(join(dir, 'inbox', `${name}.xlsx`), fillTemplate(made.content as Uint8Array, report, { forms: pipeline.forms }));
    }
    const run = async (jobs: number) => {
      const args = [bin, 'aggregate', 'inbox', '--plugin', plugin, '--roster', 'roster.csv', '--received', 'received.csv', '--organ', '测试县人民政府', '--year', '2024', '-o', `out-${jobs}`, '--no-pdf', '--no-docx', '--jobs', String(jobs)];
      const done = await exec(process.execPath, args, { cwd: dir, env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' }, maxBuffer: 64 * 1024 * 1024 }).catch((error) => error);
      return { code: done.code ?? 0, stderr: String(done.stderr), stdout: String(done.stdout) };
    };
    const one = await run(1);
    const two = await run(2);
    expect(one.code, one.stdout + one.stderr).toBe(0);
    expect(two.stderr).toContain('2 个线程');
    for (const name of ['report.json', 'checking.json']) expect(await readFile(join(dir, 'out-2', name), 'utf8'), name).toBe(await readFile(join(dir, 'out-1', name), 'utf8'));
    const checking = JSON.parse(await readFile(join(dir, 'out-1', 'checking.json'), 'utf8'));
    const codes = new Set(checking.diagnostics.map((d: { code: string }) => d.code));
    expect(codes.has('XM-1')).toBe(true);
    expect(codes.has('XM-2')).toBe(true);
    expect(checking.format).toBe('gov-2021-xm');
    expect(checking.completeness.rejected).toBeGreaterThan(0);
  }, 300_000);

  it('refuses a --jobs that is no whole number, with a Chinese message', async () => {
    const run = await aggregate(0, 'zero');
    expect(run.code).toBe(2);
  }, 60_000);
});
