import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getCell, parseReport } from '@report/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from '../test-support.js';

const submissions = resolve(import.meta.dirname, '../../../../examples/demo-county/submissions');
let folder: { path: string; remove: () => Promise<void> };
beforeEach(async () => {
  folder = await temporaryFolder();
});
afterEach(async () => {
  await folder.remove();
});

describe('gov-report import', () => {
  it('turns a workbook into a report JSON that parses, with where each cell came from', async () => {
    const result = await runCli(['import', join(submissions, '青山镇.xlsx'), '-o', '青山镇.json'], { cwd: folder.path });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('已导入 青山镇人民政府 2024 年度报告（gov-2021），已写入 青山镇.json');
    expect(result.stdout).toBe('');
    const parsed = parseReport(await readFile(join(folder.path, '青山镇.json'), 'utf8'));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.report?.organ.name).toBe('青山镇人民政府');
    expect(parsed.report?.cellSources?.['applications/newReceived/naturalPerson']).toMatchObject({ file: '青山镇.xlsx', sheet: '表三' });
  });

  it('prints the JSON on stdout without -o, and exits 1 with the problem when a cell is not a number', async () => {
    const result = await runCli(['import', join(submissions, '石门镇.xlsx')], { cwd: folder.path });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(getCell(report, { table: 'active', row: 'normativeDocuments', column: 'inForce' })).toBeNull();
    expect(result.stderr).toContain('[import-cell-not-number]');
    expect(result.stderr).toContain('“五”不是数字（应填 5）');
  });

  it('keeps the import’s errors with the report: checking, aggregating or rendering the JSON later still fails on them', async () => {
    const imported = await runCli(['import', join(submissions, '石门镇.xlsx'), '-o', '石门镇.json'], { cwd: folder.path });
    expect(imported.code).toBe(1);
    const saved = JSON.parse(await readFile(join(folder.path, '石门镇.json'), 'utf8'));
    expect(saved.importProblems).toEqual([expect.objectContaining({ code: 'import-cell-not-number', location: expect.objectContaining({ file: '石门镇.xlsx', cell: 'D6' }) })]);
    const checked = await runCli(['validate', '石门镇.json'], { cwd: folder.path });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('[import-cell-not-number]');
    expect(checked.stdout).toContain('“五”不是数字（应填 5）');
    // The cell is reported once, as the import error, not again as not filled.
    expect(checked.stdout).not.toContain('[cell-not-filled]');
    const rendered = await runCli(['render', '石门镇.json', '--html', '石门镇.html'], { cwd: folder.path });
    expect(rendered.code).toBe(1);
    expect(rendered.stderr).toContain('没有生成文件');
  });

  it('takes the tables from a workbook and the sections from a text', async () => {
    await writeFile(
      join(folder.path, '青山镇年报.txt'),
      ['青山镇人民政府2024年政府信息公开工作年度报告', '', '一、总体情况', '青山镇认真贯彻落实条例。', '', '五、存在的主要问题及改进情况', '栏目更新不够及时。', ''].join('\n'),
    );
    const result = await runCli(['import', join(submissions, '青山镇.xlsx'), '青山镇年报.txt', '-o', 'out.json', '--json'], { cwd: folder.path });
    const document = JSON.parse(result.stdout);
    expect(document).toMatchObject({ command: 'import', ok: true, file: 'out.json' });
    const report = JSON.parse(await readFile(join(folder.path, 'out.json'), 'utf8'));
    expect(report.sections.find((s: { id: string }) => s.id === 'problems').paragraphs).toEqual(['栏目更新不够及时。']);
    expect(getCell(report, { table: 'applications', row: 'newReceived', column: 'total' })).toBeGreaterThan(0);
    expect(report.sources.map((s: { file: string }) => s.file)).toEqual(['青山镇.xlsx', '青山镇年报.txt']);
  });

  it('says why an .xls cannot be imported and exits 1; two workbooks are a usage error', async () => {
    const xls = await runCli(['import', join(submissions, '龙泉乡.xls')], { cwd: folder.path });
    expect(xls.code).toBe(1);
    expect(xls.stderr).toContain('另存为 .xlsx');
    expect(xls.stderr).toContain('未能导入：龙泉乡.xls');
    const two = await runCli(['import', join(submissions, '青山镇.xlsx'), join(submissions, '白云镇.xlsx')], { cwd: folder.path });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('应为一个工作簿（或 JSON）加一个年报文字（.txt）');
  });
});
