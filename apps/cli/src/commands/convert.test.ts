import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { forms, parseReport, type Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from '../test-support.js';

let folder: { path: string; remove: () => Promise<void> };
let input: string;
let original: string;
/** A 2023 report still in the 2019 trial format (common in 2023). */
const trial: Report = { ...createExampleReport({ year: 2020, seed: 21, scale: 30, organ: { name: '青山镇人民政府', level: 'township' }, form: forms['gov-2019'] }), year: 2023, period: { start: '2023-01-01', end: '2023-12-31' } };

beforeEach(async () => {
  folder = await temporaryFolder();
  input = join(folder.path, '青山镇2023.json');
  original = `${JSON.stringify(trial, null, 2)}\n`;
  await writeFile(input, original);
});
afterEach(async () => {
  await folder.remove();
});

describe('gov-report convert', () => {
  it('ACCEPTANCE: writes the gov-2021 report JSON, prints every cell it could not map with its official label, and leaves the input as it was', async () => {
    const result = await runCli(['convert', '青山镇2023.json', '-o', '青山镇2023-2021.json', '--to', 'gov-2021'], { cwd: folder.path });
    expect(result.code).toBe(0);
    const parsed = parseReport(await readFile(join(folder.path, '青山镇2023-2021.json'), 'utf8'));
    expect(parsed.diagnostics).toEqual([]);
    const report = parsed.report!;
    expect(report.format).toBe('gov-2021');
    expect(report.tables.applications.granted).toEqual(trial.tables.applications.granted);
    expect(report.tables.active.licensing).toEqual({ decisions: trial.tables.active.licensing.decisions });

    // 19 of table 二's 22 figures and the 7 of （六）其他处理 that are not 0, each on its line with label and value.
    const otherHandling = Object.entries(trial.tables.applications.otherHandling).filter(([, value]) => value !== 0);
    const lines = result.stdout.split('\n').filter((line) => line.startsWith('  表'));
    const unmapped = lines.filter((line) => line.includes(' = '));
    expect(unmapped).toHaveLength(19 + otherHandling.length);
    expect(result.stdout).toContain(`不能逐格对应、未带入的数据（${19 + otherHandling.length} 个）：`);
    expect(result.stdout).toContain(`  表二 / 其他对外管理服务事项 / 处理决定数量 = ${trial.tables.active.otherServices.decisions}：`);
    expect(result.stdout).toContain(`  表三 / （六）其他处理 / 总计 = ${trial.tables.applications.otherHandling.total}：《中华人民共和国政府信息公开工作年度报告格式》把“（六）其他处理”分为3项`);
    expect(result.stdout).toContain('  表二 / 规章 / 本年新制作数量 = ');
    // The 2021 cells to fill in, by their labels.
    expect(result.stdout).toContain('需按新格式补填的单元格（7 个）：');
    expect(result.stdout).toContain('  表二 / 行政事业性收费 / 本年收费金额（单位：万元）');
    expect(result.stdout).toContain('已写入 青山镇2023-2021.json（原文件未改动）。');
    expect(result.stdout).not.toMatch(/applications\/|active\//);
    expect(await readFile(input, 'utf8')).toBe(original);
  });

  it('never overwrites the input: -o naming it is a usage error', async () => {
    for (const output of ['青山镇2023.json', './青山镇2023.json', join(folder.path, '青山镇2023.json')]) {
      const result = await runCli(['convert', '青山镇2023.json', '-o', output, '--to', 'gov-2021'], { cwd: folder.path });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('输出文件不能是输入文件本身：convert 从不覆盖原文件');
    }
    expect(await readFile(input, 'utf8')).toBe(original);
  });

  it('says what is wrong with the call: no -o, an unknown format', async () => {
    const noOutput = await runCli(['convert', '青山镇2023.json', '--to', 'gov-2021'], { cwd: folder.path });
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain('请用 -o 指定输出的报告 JSON 文件');
    const unknown = await runCli(['convert', '青山镇2023.json', '-o', 'a.json', '--to', 'gov-2030'], { cwd: folder.path });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有“gov-2030”这种报告格式');
  });

  it('defaults to the format of the report year; --json gives the lists; English too', async () => {
    const json = await runCli(['convert', '青山镇2023.json', '-o', 'out.json', '--json'], { cwd: folder.path });
    expect(json.code).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(document).toMatchObject({ command: 'convert', ok: true, file: 'out.json', from: 'gov-2019', to: 'gov-2021' });
    expect(document.unmapped[0]).toMatchObject({ key: 'active/regulations/made', label: '表二 / 规章 / 本年新制作数量', reason: 'column-not-in-row' });
    const english = await runCli(['convert', '青山镇2023.json', '-o', 'en.json', '--lang', 'en'], { cwd: folder.path });
    expect(english.stdout).toContain('Figures that do not map cell by cell, not carried over');
    expect(english.stdout).toMatch(/Table III \/ （六）其他处理 \/ 总计 = \d+: 《.+》 splits “（六）其他处理” into 3 rows/);
  });

  it('is listed in the help, in Chinese and English', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).toMatch(/convert\s+把报告转换为另一种格式/);
    const english = await runCli(['convert', '--help', '--lang', 'en']);
    expect(english.stdout).toContain('gov-report convert — convert a report to another format');
    expect(english.stdout).toContain('--to <format>');
  });
});
