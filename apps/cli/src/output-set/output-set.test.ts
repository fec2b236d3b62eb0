import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from '../test-support.js';

const county = join(import.meta.dirname, '../../../../examples/demo-county');

function args(output: string, ...extra: string[]) {
  return ['aggregate', join(county, 'submissions'), '--roster', join(county, 'roster.xlsx'), '--organ', '青山县人民政府', '--year', '2024', '-o', output, ...extra];
}

/** Every file of a folder with its SHA-256. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  // Every file of the set, 退回/ included, by its path inside the set.
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const names = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1)).sort();
  for (const name of names) files[name] = createHash('sha256').update(await readFile(join(folder, name))).digest('hex');
  return files;
}

describe('aggregate writes its outputs as a set', () => {
  it('a rerun that aggregates nothing (a wrong --year) leaves the good set whole', async () => {
    const target = await temporaryFolder();
    try {
      expect((await runCli(args('out', '--no-pdf'), { cwd: target.path })).code).toBe(0);
      const before = await snapshot(join(target.path, 'out'));
      const wrong = await runCli(['aggregate', join(county, 'submissions'), '--roster', join(county, 'roster.xlsx'), '--organ', '青山县人民政府', '--year', '2023', '-o', 'out', '--no-pdf'], { cwd: target.path });
      expect(wrong.code).toBe(1);
      expect(wrong.stdout).toContain('未写出结果：out 中上次的结果保持不变');
      expect(await snapshot(join(target.path, 'out'))).toEqual(before);
      expect((await readdir(target.path)).sort()).toEqual(['out']);
    } finally {
      await target.remove();
    }
  }, 60_000);

  it('a rerun replaces the whole set: an output it does not make (--no-pdf) does not survive beside the new ones', async () => {
    const target = await temporaryFolder();
    try {
      expect((await runCli(args('out'), { cwd: target.path })).code).toBe(0);
      expect(Object.keys(await snapshot(join(target.path, 'out')))).toContain('report.pdf');
      expect((await runCli(args('out', '--no-pdf'), { cwd: target.path })).code).toBe(0);
      expect(Object.keys(await snapshot(join(target.path, 'out')))).toEqual(['checking.html', 'checking.json', 'report.docx', 'report.html', 'report.json', 'summary.xlsx', '退回/白云镇.xlsx', '退回/石门镇.xlsx']);
      expect((await readdir(target.path)).sort()).toEqual(['out']);
    } finally {
      await target.remove();
    }
  }, 90_000);

  it('refuses an output folder that holds inputs, naming the input, and overwrites nothing', async () => {
    const target = await temporaryFolder();
    try {
      await cp(join(county, 'submissions'), join(target.path, 'inbox'), { recursive: true });
      await writeFile(join(target.path, 'inbox/report.json'), '{"township":"a file that happens to be named report.json"}');
      const before = await snapshot(join(target.path, 'inbox'));
      const result = await runCli(['aggregate', 'inbox', '--roster', join(county, 'roster.xlsx'), '--organ', '青山县人民政府', '--year', '2024', '-o', 'inbox'], { cwd: target.path });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/输出文件夹 inbox 中有收到的报表 inbox[/\\]\S+：为防止覆盖报表，不写入该文件夹/);
      expect(await snapshot(join(target.path, 'inbox'))).toEqual(before);
    } finally {
      await target.remove();
    }
  }, 60_000);

  it('refuses a non-empty folder that is not an earlier output set, a file, and system folders', async () => {
    const target = await temporaryFolder();
    try {
      await mkdir(join(target.path, 'documents'));
      await writeFile(join(target.path, 'documents/notes.docx'), 'x');
      const folder = await runCli(args('documents', '--no-pdf'), { cwd: target.path });
      expect(folder.code).toBe(2);
      expect(folder.stderr).toContain('documents 不是空文件夹，也不是上次汇总的输出文件夹');
      expect(await readdir(join(target.path, 'documents'))).toEqual(['notes.docx']);
      const proc = await runCli(args('/proc/self/汇总', '--no-pdf'), { cwd: target.path });
      expect(proc.code).toBe(2);
      expect(proc.stderr).toContain('不能把结果写入系统文件夹');
    } finally {
      await target.remove();
    }
  }, 60_000);

  it('a second run on a folder another run holds stops with a message; a lock left by a dead run is taken over', async () => {
    const target = await temporaryFolder();
    try {
      await writeFile(join(target.path, 'out.lock'), JSON.stringify({ pid: process.pid, startedAt: '2025-01-20T08:00:00.000Z' }));
      const held = await runCli(args('out', '--no-pdf'), { cwd: target.path });
      expect(held.code).toBe(1);
      expect(held.stderr).toContain(`另一个汇总（进程 ${process.pid}，2025-01-20T08:00:00.000Z 开始）正在写入 out，本次未写入`);
      expect(await readdir(target.path)).toEqual(['out.lock']);
      await writeFile(join(target.path, 'out.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, startedAt: '2025-01-20T08:00:00.000Z' }));
      expect((await runCli(args('out', '--no-pdf'), { cwd: target.path })).code).toBe(0);
      expect((await readdir(target.path)).sort()).toEqual(['out']);
    } finally {
      await target.remove();
    }
  }, 60_000);

  it('records the run in checking.json and accounts for skipped files (links, hidden files) with their reasons', async () => {
    const target = await temporaryFolder();
    try {
      await cp(join(county, 'submissions'), join(target.path, 'inbox'), { recursive: true });
      await writeFile(join(target.path, 'inbox/.hidden.xlsx'), 'x');
      await symlink(join(county, 'roster.xlsx'), join(target.path, 'inbox/名册链接.xlsx'));
      const result = await runCli(['aggregate', 'inbox', '--roster', join(county, 'roster.xlsx'), '--organ', '青山县人民政府', '--year', '2024', '-o', 'out', '--no-pdf'], { cwd: target.path });
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('跳过 inbox/名册链接.xlsx：符号链接');
      expect(result.stdout).toContain('2 个文件跳过（原因见上）');
      const checking = JSON.parse(await readFile(join(target.path, 'out/checking.json'), 'utf8'));
      expect(checking.run).toMatchObject({ tool: 'gov-report', version: expect.stringMatching(/^\d+\.\d+\.\d+/), startedAt: expect.any(String), finishedAt: expect.any(String) });
      expect(checking.run.skipped.map((s: { file: string; reason: string }) => [s.file, s.reason]).sort()).toEqual([
        ['inbox/.hidden.xlsx', 'hidden'],
        ['inbox/名册链接.xlsx', 'symlink'],
      ]);
      const baiyun = checking.run.inputs.find((input: { file: string }) => input.file === 'inbox/白云镇.xlsx');
      expect(baiyun.sha256).toBe(createHash('sha256').update(await readFile(join(target.path, 'inbox/白云镇.xlsx'))).digest('hex'));
      expect(checking.run.inputs).toHaveLength(16);
      expect(checking.run.sources.roster.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect((await stat(join(target.path, 'out/report.json'))).isFile()).toBe(true);
    } finally {
      await target.remove();
    }
  }, 60_000);
});
