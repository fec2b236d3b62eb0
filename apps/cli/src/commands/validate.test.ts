import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setCell } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from '../test-support.js';

let folder: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  folder = await temporaryFolder();
});
afterEach(async () => {
  await folder.remove();
});

function reportJson(name: string, seed: number, broken = false): string {
  const report = createExampleReport({ year: 2024, seed, organ: { name, level: 'township' } });
  if (broken) setCell(report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 999);
  return JSON.stringify(report, null, 2);
}

describe('gov-report validate', () => {
  it('exits 0 and says so when every file passes', async () => {
    await writeFile(join(folder.path, '青山镇.json'), reportJson('青山镇人民政府', 1));
    await writeFile(join(folder.path, '白云镇.json'), reportJson('白云镇人民政府', 2));
    const result = await runCli(['validate', folder.path], { cwd: folder.path });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ 通过  青山镇.json');
    expect(result.stdout).toContain('共检查 2 个文件：2 个通过，0 个有错误；共 0 个错误');
  });

  it('groups problems by file, keeps going past a bad file, and exits 1', async () => {
    await mkdir(join(folder.path, 'sub'));
    await writeFile(join(folder.path, '青山镇.json'), reportJson('青山镇人民政府', 1));
    await writeFile(join(folder.path, 'sub', '白云镇.json'), reportJson('白云镇人民政府', 2, true));
    await writeFile(join(folder.path, '坏文件.json'), '{ "schema": "report/v1", ');
    await writeFile(join(folder.path, '空文件.xlsx'), '');
    await writeFile(join(folder.path, '~$青山镇.xlsx'), 'lock');
    await writeFile(join(folder.path, '.DS_Store'), 'x');
    const result = await runCli(['validate', '.'], { cwd: folder.path });
    expect(result.code).toBe(1);
    // Every file is accounted for; lock and hidden files are skipped.
    expect(result.stdout).toContain('共检查 4 个文件：1 个通过，3 个有错误');
    expect(result.stdout).not.toContain('~$');
    // The balance error names the rule, the row and both sides.
    const broken = result.stdout.slice(result.stdout.indexOf(join('sub', '白云镇.json')));
    expect(broken).toMatch(/错误 \[R3-1\]/);
    expect(result.stdout).toContain('[json-syntax]');
    expect(result.stdout).toContain('[import-file-empty]');
    expect(result.stdout).toContain('处理：');
    // Skipped files are accounted for on stderr, with the reason; they are not checked.
    expect(result.stderr.split('\n').filter(Boolean)).toEqual(['跳过 .DS_Store：隐藏文件', '跳过 ~$青山镇.xlsx：Office 打开文件时留下的临时锁文件（~$ 开头），不是报表']);
  });

  it('prints one JSON document with --json', async () => {
    await writeFile(join(folder.path, 'a.json'), reportJson('青山镇人民政府', 1));
    await writeFile(join(folder.path, 'b.json'), reportJson('白云镇人民政府', 2, true));
    const result = await runCli(['validate', folder.path, '--json'], { cwd: folder.path });
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout);
    expect(document.summary).toMatchObject({ files: 2, passed: 1, failed: 1 });
    const b = document.files.find((f: { file: string }) => f.file === 'b.json');
    expect(b).toMatchObject({ organ: '白云镇人民政府', year: 2024, format: 'gov-2021', ok: false });
    expect(b.diagnostics.some((d: { code: string }) => d.code === 'R3-1')).toBe(true);
  });

  it('speaks English with --lang en', async () => {
    await writeFile(join(folder.path, 'b.json'), reportJson('白云镇人民政府', 2, true));
    const result = await runCli(['validate', 'b.json', '--lang', 'en'], { cwd: folder.path });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Checked 1 file: 0 passed, 1 with errors');
    expect(result.stdout).toContain('Fix: ');
  });

  it('treats warnings as errors with --strict', async () => {
    const report = JSON.parse(reportJson('青山镇人民政府', 1));
    // A blank that is only a warning: under a total of 0 (a blank part of a total that is not 0 is an error).
    report.tables.reviewLitigation.review = { upheld: 0, corrected: 0, other: 0, total: 0 };
    await writeFile(join(folder.path, 'a.json'), JSON.stringify(report));
    const plain = await runCli(['validate', 'a.json'], { cwd: folder.path });
    expect(plain.stdout).toContain('[cell-not-filled]');
    const strict = await runCli(['validate', 'a.json', '--strict'], { cwd: folder.path });
    expect(plain.code).toBe(1 - strict.code);
    expect(strict.code).toBe(1);
  });

  it('checks a narrative text report', async () => {
    const fixture = join(import.meta.dirname, '../../../../packages/core/src/narrative/__fixtures__/egong-2019-narrative.txt');
    await writeFile(join(folder.path, '鹅公镇.txt'), await readFile(fixture));
    const result = await runCli(['validate', '鹅公镇.txt', '--json'], { cwd: folder.path });
    const document = JSON.parse(result.stdout);
    expect(document.files[0]).toMatchObject({ importer: 'narrative-text', organ: expect.stringContaining('鹅公镇'), year: 2019, format: 'legacy' });
  });

  it('exits 2 when a folder does not exist, before reading anything', async () => {
    const result = await runCli(['validate', 'nowhere/', 'also-missing.xlsx'], { cwd: folder.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('找不到文件或文件夹：nowhere/、also-missing.xlsx');
    expect(result.stdout).toBe('');
  });
});

describe('progress', () => {
  it('draws a bar on stderr only when it is a terminal, and never with --json', async () => {
    await writeFile(join(folder.path, 'a.json'), reportJson('青山镇人民政府', 1));
    await writeFile(join(folder.path, 'b.json'), reportJson('白云镇人民政府', 2));
    const terminal = await runCli(['validate', '.'], { cwd: folder.path, stderrIsTerminal: true });
    expect(terminal.stderr).toContain('检查 ');
    expect(terminal.stderr).toContain('2/2 b.json');
    expect(terminal.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(terminal.stdout).not.toContain('\r');
    const piped = await runCli(['validate', '.'], { cwd: folder.path });
    expect(piped.stderr).toBe('');
    const json = await runCli(['validate', '.', '--json'], { cwd: folder.path, stderrIsTerminal: true });
    expect(json.stderr).toBe('');
  });
});

describe('the example county', () => {
  const county = join(import.meta.dirname, '../../../../examples/demo-county/submissions');

  it('reads every unmodified township template exactly (the committed workbooks match the current template)', async () => {
    const result = await runCli(['validate', county, '--json'], { cwd: folder.path });
    const document = JSON.parse(result.stdout) as { files: Array<{ file: string; diagnostics: Array<{ code: string }> }> };
    const codes = document.files.flatMap((file) => file.diagnostics.map((d) => `${file.file}: ${d.code}`));
    // A stale workbook falls back to reading by labels and says the template was modified:
    // regenerate with `npm run build && node examples/demo-county/generate.mjs`.
    expect(codes.filter((line) => line.includes('import-template-modified'))).toEqual([]);
    // Only the hand-pasted workbook (桃源乡) is read by its labels.
    expect(codes.filter((line) => line.includes('import-format-detected')).map((line) => line.split(':')[0])).toEqual([
      expect.stringContaining('桃源乡.xlsx'),
    ]);
  });
});
