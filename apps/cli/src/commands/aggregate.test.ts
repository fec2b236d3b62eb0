import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getCell, parseReport, validateReport, type Report } from '@report/core';
import { sumExact } from '@report/core/plugin';
import { readWorkbook } from '@report/excel-import';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from '../test-support.js';

const county = resolve(import.meta.dirname, '../../../../examples/demo-county');
const demoArguments = (out: string) => [
  'aggregate',
  join(county, 'submissions'),
  '--roster',
  join(county, 'roster.xlsx'),
  '--received',
  join(county, 'received.csv'),
  '--narrative',
  join(county, '青山县年报文字.txt'),
  '--organ',
  '青山县人民政府',
  '--year',
  '2024',
  '-o',
  out,
];

let folder: { path: string; remove: () => Promise<void> };
let run: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  folder = await temporaryFolder();
  run = await runCli(demoArguments('out'), { cwd: folder.path });
}, 120_000);
afterAll(async () => {
  await folder.remove();
});

/** The sound reports of the example county, read independently of the CLI. */
async function soundReports(): Promise<Map<string, Report>> {
  const reports = new Map<string, Report>();
  for (const name of await readdir(join(county, 'submissions'))) {
    const bytes = new Uint8Array(await readFile(join(county, 'submissions', name)));
    const { report, diagnostics } = name.endsWith('.json') ? parseReport(bytes) : await readWorkbook(bytes, { fileName: name });
    if (report && ![...diagnostics, ...validateReport(report)].some((d) => d.severity === 'error')) reports.set(name, report);
  }
  return reports;
}

describe('gov-report aggregate on the example county', () => {
  it('prints the completeness and exits 0', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('青山县人民政府 2024 年度汇总');
    expect(run.stdout).toContain('应报 16 个单位：已收 14，缺报 2，退回 2，重复 2，逾期 1；计入汇总 11 份。');
    expect(run.stdout).toContain('另有 1 个文件无法读取。');
    expect(run.stdout).toMatch(/缺报（2）：\n {2}龙泉乡人民政府（收到的 .*龙泉乡\.xls 无法读取）\n {2}东岭乡人民政府/);
    expect(run.stdout).toMatch(/白云镇人民政府 .*白云镇\.xlsx：白云镇人民政府的报告有 2 个错误，未计入汇总\n\s+首个错误：表三“自然人”列：一\+二 = \d+，三（七）\+四 = \d+，两者应相等（工作表“表三”D6）/);
    expect(run.stdout).toMatch(/石门镇人民政府 [\s\S]*?首个错误：.*“五”不是数字（应填 5）/);
    expect(run.stdout).toMatch(/青山县卫生健康局 .*县卫健局\.xlsx，2025-02-07 收到/);
    expect(run.stdout).not.toContain('文字部分（总体情况、存在的主要问题等）为空');
  });

  it('accounts for every input file exactly once', async () => {
    const checking = JSON.parse(await readFile(join(folder.path, 'out/checking.json'), 'utf8'));
    const inputs = await readdir(join(county, 'submissions'));
    const accounted = checking.files.map((f: { file: string }) => f.file.split(/[\\/]/).pop()).sort();
    expect(accounted).toEqual([...inputs].sort());
    const status = (name: string) => checking.files.find((f: { file: string }) => f.file.endsWith(name)).status;
    expect(status('白云镇.xlsx')).toBe('rejected');
    expect(status('石门镇.xlsx')).toBe('rejected');
    expect(status('龙泉乡.xls')).toBe('unreadable');
    expect(status('柳溪镇.xlsx')).toBe('duplicate');
    expect(status('柳溪镇（更正）.xlsx')).toBe('duplicate');
    expect(status('桃源乡.xlsx')).toBe('accepted');
    expect(status('县政府办.json')).toBe('accepted');
    expect(checking.files.filter((f: { late: boolean }) => f.late).map((f: { organ: string }) => f.organ)).toEqual(['青山县卫生健康局']);
    expect(checking.missing.map((m: { name: string }) => m.name).sort()).toEqual(['东岭乡人民政府', '龙泉乡人民政府'].sort());
  });

  it('writes a county report whose cells are the sums of the sound reports', async () => {
    const report: Report = JSON.parse(await readFile(join(folder.path, 'out/report.json'), 'utf8'));
    const sound = await soundReports();
    expect(sound.size).toBe(13); // 11 accepted + the two 柳溪镇 copies, which are sound but duplicate
    const counted = [...sound].filter(([name]) => !name.startsWith('柳溪镇')).map(([, r]) => r);
    expect(report.members?.map((m) => m.organ.name).sort()).toEqual(counted.map((r) => r.organ.name).sort());
    for (const ref of [
      { table: 'applications', row: 'newReceived', column: 'total' },
      { table: 'applications', row: 'granted', column: 'naturalPerson' },
      { table: 'active', row: 'licensing', column: 'decisions' },
      { table: 'active', row: 'fees', column: 'amount' },
      { table: 'reviewLitigation', row: 'review', column: 'total' },
    ]) {
      expect(getCell(report, ref)).toBe(sumExact(counted.map((r) => getCell(r, ref) ?? 0)));
    }
    expect(validateReport(report).filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.sections.find((s) => s.id === 'overview')?.children.map((c) => c.title)).toContain('（一）主动公开');
  });

  it('writes the HTML, PDF, Word document, summary workbook and checking report', async () => {
    const html = await readFile(join(folder.path, 'out/report.html'), 'utf8');
    expect(html).toContain('青山县人民政府2024年政府信息公开工作年度报告');
    expect(html).toContain('东岭乡人民政府');
    const pdfText = execFileSync('pdftotext', ['-layout', join(folder.path, 'out/report.pdf'), '-'], { encoding: 'utf8' });
    expect(pdfText.replace(/\s+/g, '')).toContain('青山县人民政府2024年政府信息公开工作年度报告');
    const docx = unzipSync(new Uint8Array(await readFile(join(folder.path, 'out/report.docx'))));
    const documentXml = strFromU8(docx['word/document.xml']);
    expect(documentXml).toContain('青山县人民政府2024年政府信息公开工作年度报告');
    expect(documentXml).toContain('附：汇总说明');
    expect(documentXml).toContain('东岭乡人民政府');
    const summary = await readFile(join(folder.path, 'out/summary.xlsx'));
    expect(summary.subarray(0, 2).toString('latin1')).toBe('PK');
    // The summary workbook's problem list accounts for every file, the unreadable .xls included, with sheet and cell.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(summary.buffer.slice(summary.byteOffset, summary.byteOffset + summary.byteLength) as ArrayBuffer);
    const problems: string[] = [];
    workbook.getWorksheet('问题清单')!.eachRow((row) => problems.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')).join('|')));
    expect(problems.some((line) => line.startsWith('龙泉乡.xls|') && line.includes('import-xls'))).toBe(true);
    expect(problems.some((line) => line.startsWith('白云镇.xlsx|白云镇人民政府|表三|D6|') && line.includes('R3-1'))).toBe(true);
    const checking = await readFile(join(folder.path, 'out/checking.html'), 'utf8');
    for (const text of ['白云镇.xlsx', '龙泉乡.xls', '石门镇.xlsx', 'R3-1', 'import-xls', 'import-cell-not-number']) expect(checking).toContain(text);
    for (const name of ['report.json', 'report.html', 'report.pdf', 'report.docx', 'summary.xlsx', 'checking.html', 'checking.json']) {
      expect(run.stdout).toContain(join('out', name));
    }
  });
});

describe('gov-report aggregate, other ways', () => {
  it('prints one JSON document with --json and speaks English with --lang en', async () => {
    const target = await temporaryFolder();
    const json = await runCli([...demoArguments('out'), '--json', '--no-pdf', '--no-docx'], { cwd: target.path });
    expect(json.code).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(document.completeness).toMatchObject({ expected: 16, received: 14, missing: 2, rejected: 2, duplicate: 2, late: 1, accepted: 11, unreadable: 1 });
    expect(document.outputs.map((o: { kind: string }) => o.kind)).not.toContain('report-pdf');
    expect(document.outputs.map((o: { kind: string }) => o.kind)).not.toContain('report-docx');
    const english = await runCli([...demoArguments('out-en'), '--lang', 'en', '--no-pdf'], { cwd: target.path });
    expect(english.stdout).toContain('16 organs expected: 14 received, 2 missing, 2 rejected, 2 duplicate, 1 late; 11 added into the county report.');
    expect(english.stdout).toContain('Missing (2):');
    await target.remove();
  }, 60_000);

  it('exits 1 with --strict when something is missing or rejected', async () => {
    const target = await temporaryFolder();
    const result = await runCli([...demoArguments('out'), '--strict', '--no-pdf'], { cwd: target.path });
    expect(result.code).toBe(1);
    await target.remove();
  }, 60_000);

  it('does not read its own outputs back when the output folder is inside the input folder', async () => {
    const target = await temporaryFolder();
    await cp(join(county, 'submissions'), join(target.path, 'inbox'), { recursive: true });
    const args = ['aggregate', 'inbox', '--roster', join(county, 'roster.xlsx'), '--organ', '青山县人民政府', '--year', '2024', '-o', 'inbox/汇总', '--no-pdf', '--json'];
    const first = JSON.parse((await runCli(args, { cwd: target.path })).stdout);
    const second = JSON.parse((await runCli(args, { cwd: target.path })).stdout);
    expect((await stat(join(target.path, 'inbox/汇总/report.json'))).isFile()).toBe(true);
    // The second run skips every output of the first (six files and the rejected workbooks sent back in 退回/), with the reason, and counts the same.
    const returned = first.outputs.filter((o: { kind: string }) => o.kind === 'returned').length;
    expect(returned).toBe(first.completeness.rejected);
    expect(second.completeness).toEqual({ ...first.completeness, skipped: 6 + returned });
    expect(second.files).toHaveLength(16);
    await target.remove();
  }, 60_000);

  it('exits 2 for a missing option, an unknown organ, or a roster that is not there', async () => {
    const target = await temporaryFolder();
    const noRoster = await runCli(['aggregate', join(county, 'submissions'), '--organ', '青山县人民政府', '--year', '2024', '-o', 'out'], { cwd: target.path });
    expect(noRoster.code).toBe(2);
    expect(noRoster.stderr).toContain('缺少必填选项：--roster');
    const near = await runCli(['aggregate', join(county, 'submissions'), '--roster', join(county, 'roster.xlsx'), '--organ', '青山县政府', '--year', '2024', '-o', 'out'], { cwd: target.path });
    expect(near.code).toBe(2);
    expect(near.stderr).toContain('名册中没有“青山县政府”这个名称');
    expect(near.stderr).toContain('是不是“青山县人民政府”？');
    const typo = await runCli(['aggregate', join(county, 'submissions'), '--roster', join(county, 'roster.xlsx'), '--organ', '青山市人民政府', '--year', '2024', '-o', 'out'], { cwd: target.path });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('名册中没有“青山市人民政府”');
    expect(typo.stderr).toContain('名册中的汇总机关（“上级”）有：青山县人民政府');
    const gone = await runCli(['aggregate', join(county, 'submissions'), '--roster', 'nowhere.xlsx', '--organ', '青山县人民政府', '--year', '2024', '-o', 'out'], { cwd: target.path });
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('找不到名册文件：nowhere.xlsx');
    await writeFile(join(target.path, 'bad.csv'), '文件\n');
    const badRegister = await runCli([...demoArguments('out').slice(0, 4), '--received', 'bad.csv', '--organ', '青山县人民政府', '--year', '2024', '-o', 'out'], { cwd: target.path });
    expect(badRegister.code).toBe(1);
    expect(badRegister.stderr).toContain('收文登记表 bad.csv 无法使用');
    await target.remove();
  }, 60_000);
});
