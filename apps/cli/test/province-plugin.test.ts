import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createPipeline, getCell, setCell, type FormDefinition, type Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { fillTemplate } from '@report/excel-import';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provincePlugin } from '../../../examples/province-plugin/index.mjs';

/**
 * A province's plugin end to end through the built `gov-report` bin, as county IT would run it:
 * template → fill → validate → aggregate (HTML, PDF, summary workbook) → compare, once with
 * `--plugin` and once with a `gov-report.config.json` (whose options rename the form).
 */
const exec = promisify(execFile);
const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(app, '../..');
const bin = join(app, 'dist/cli.js');
const pluginFile = join(root, 'examples/province-plugin/index.mjs');
// Inside the repository (git-ignored), so a copied plugin still resolves `@report/core`.
const scratch = join(app, '.tmp', 'province-plugin');

async function gov(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

const ROSTER = ['名称,层级,上级', '青山县人民政府,县,', '青山镇人民政府,乡镇,青山县人民政府', '白云镇人民政府,乡镇,青山县人民政府', '石门镇人民政府,乡镇,青山县人民政府'].join('\n');
const MEMBERS = ['青山镇人民政府', '白云镇人民政府', '石门镇人民政府'];

/** A township's figures in the province's form; 白云镇 closes more accounts than balance (XM-1). */
function townshipReport(form: FormDefinition, organ: string, index: number, year = 2024): Report {
  const report = createExampleReport({ form, year, seed: 20 + index, organ: { name: organ, level: 'township' } });
  ['weibo', 'wechat', 'other'].forEach((row, r) => {
    const existing = 2 + r + index;
    const closed = organ === '白云镇人民政府' && row === 'wechat' ? 9 : 1;
    setCell(report, { table: 'newMedia', row, column: 'existing' }, existing);
    setCell(report, { table: 'newMedia', row, column: 'opened' }, 2);
    setCell(report, { table: 'newMedia', row, column: 'closed' }, closed);
    setCell(report, { table: 'newMedia', row, column: 'operating' }, existing + 2 - (organ === '白云镇人民政府' && row === 'wechat' ? 1 : closed));
  });
  return report;
}

beforeAll(async () => {
  if (!existsSync(bin)) await exec('npx', ['turbo', 'run', 'build', '--filter=@report/cli...', '--output-logs=errors-only'], { cwd: root });
  await rm(scratch, { recursive: true, force: true });
}, 600_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe.each([
  { mode: '--plugin', formId: 'gov-2021-xm' },
  { mode: 'gov-report.config.json', formId: 'gov-2021-qs' },
])('a province plugin through the built CLI ($mode)', ({ mode, formId }) => {
  const county = join(scratch, formId);
  const pluginArgs = mode === '--plugin' ? ['--plugin', pluginFile] : [];
  const run = (args: string[]) => gov([...pluginArgs, ...args], county);
  const form = createPipeline({ plugins: [provincePlugin({ formId })] }).getForm(formId);

  beforeAll(async () => {
    await mkdir(join(county, 'plugins'), { recursive: true });
    await writeFile(join(county, 'roster.csv'), `${ROSTER}\n`);
    if (mode !== '--plugin') {
      await copyFile(pluginFile, join(county, 'plugins/province.mjs'));
      await writeFile(join(county, 'gov-report.config.json'), JSON.stringify({ plugins: [['./plugins/province.mjs', { formId }]] }));
    }
  });

  it('lists the plugin’s form', async () => {
    const result = await run(['formats']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(formId);
    expect(result.stdout).toContain('七、政务新媒体情况');
  });

  it('template: one per township with the extra sheet and row, totals as live formulas', async () => {
    const result = await run(['template', '--year', '2024', '--roster', 'roster.csv', '-o', 'templates/']);
    expect(result.code, result.stderr).toBe(0);
    const files = (await readdir(join(county, 'templates'))).sort();
    expect(files).toEqual(expect.arrayContaining(MEMBERS.map((name) => `${name}.xlsx`)));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(join(county, 'templates/青山镇人民政府.xlsx'))) as unknown as ArrayBuffer);
    const newMedia = workbook.worksheets.find((sheet) => sheet.getSheetValues().flat().some((value) => value === '七、政务新媒体情况'));
    expect(newMedia, 'a sheet for table 七').toBeDefined();
    const applications = workbook.worksheets.find((sheet) => sheet.getSheetValues().flat().some((value) => value === '4.转送其他机关办理'))!;
    let transferredRow = 0;
    const formulas: string[] = [];
    applications.eachRow((row, number) => {
      row.eachCell((cell) => {
        if (cell.value === '4.转送其他机关办理') transferredRow = number;
        if (cell.formula) formulas.push(cell.formula);
      });
    });
    expect(transferredRow).toBeGreaterThan(0);
    // The row's own total sums its applicant cells, and 三（七）总计 takes the new row in.
    expect(formulas.some((formula) => new RegExp(`[A-Z]+${transferredRow}\\b`).test(formula))).toBe(true);
  });

  it('validate: the filled workbooks are read in the province form, the plugin rule fires in Chinese with file, sheet and cell', async () => {
    await mkdir(join(county, 'submissions'), { recursive: true });
    for (const [index, organ] of MEMBERS.entries()) {
      const template = await readFile(join(county, `templates/${organ}.xlsx`));
      const report = townshipReport(form, organ, index);
      await writeFile(join(county, `submissions/${organ.replace('人民政府', '')}.xlsx`), fillTemplate(new Uint8Array(template), report, { forms: [form] }));
    }
    const result = await run(['validate', 'submissions', '--json']);
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout);
    expect(document.files.map((file: { format: string }) => file.format)).toEqual([formId, formId, formId]);
    const baiyun = document.files.find((file: { file: string }) => file.file.includes('白云镇'));
    const rule = baiyun.diagnostics.find((d: { code: string }) => d.code === 'XM-1');
    expect(rule.message).toMatch(/^表七“政务微信”行：上年末账号数\+本年新开设−本年关停 = -?\d+，年末运营账号数 = \d+，两者应相等$/);
    expect(rule.location).toMatchObject({ file: '白云镇.xlsx', sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/) });
    const text = await run(['validate', 'submissions/白云镇.xlsx']);
    expect(text.stdout).toContain('表七“政务微信”行');
  });

  it('aggregate: the new table is summed, the member breaking the plugin rule rejected, and every output shows the table', async () => {
    const result = await run(['aggregate', 'submissions', '--roster', 'roster.csv', '--organ', '青山县人民政府', '--year', '2024', '-o', 'out/', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.completeness).toMatchObject({ expected: 3, received: 3, accepted: 2, rejected: 1 });
    expect(document.files.find((file: { organ: string }) => file.organ === '白云镇人民政府')).toMatchObject({ status: 'rejected' });

    const county2024 = JSON.parse(await readFile(join(county, 'out/report.json'), 'utf8')) as Report;
    expect(county2024.format).toBe(formId);
    const expected = [0, 2].reduce((sum, index) => sum + (getCell(townshipReport(form, MEMBERS[index], index), { table: 'newMedia', row: 'weibo', column: 'existing' }) ?? 0), 0);
    expect(getCell(county2024, { table: 'newMedia', row: 'weibo', column: 'existing' })).toBe(expected);

    const html = await readFile(join(county, 'out/report.html'), 'utf8');
    expect(html).toContain('七、政务新媒体情况');
    expect(html).toContain('4.转送其他机关办理');
    const { stdout: pdf } = await exec('pdftotext', ['-layout', join(county, 'out/report.pdf'), '-']);
    expect(pdf.replace(/\s+/g, '')).toContain('七、政务新媒体情况');
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.load((await readFile(join(county, 'out/summary.xlsx'))) as unknown as ArrayBuffer);
    expect(summary.worksheets.map((sheet) => sheet.name)).toContain('表七汇总');
  });

  it('compare: the plugin’s cross-year rule fires', async () => {
    await mkdir(join(county, '2023'), { recursive: true });
    await mkdir(join(county, '2024'), { recursive: true });
    const current = townshipReport(form, '青山镇人民政府', 0);
    const previous = townshipReport(form, '青山镇人民政府', 0, 2023);
    // Last year's accounts in operation are this year's at the start, but for 其他.
    for (const row of ['weibo', 'wechat']) setCell(previous, { table: 'newMedia', row, column: 'operating' }, getCell(current, { table: 'newMedia', row, column: 'existing' }));
    setCell(previous, { table: 'newMedia', row: 'other', column: 'operating' }, 40);
    setCell(previous, { table: 'applications', row: 'carriedForward', column: 'total' }, getCell(current, { table: 'applications', row: 'carriedOver', column: 'total' }));
    await writeFile(join(county, '2023/青山镇.json'), JSON.stringify(previous));
    await writeFile(join(county, '2024/青山镇.json'), JSON.stringify(current));
    const result = await run(['compare', '2023', '2024', '--json']);
    const document = JSON.parse(result.stdout);
    const rules = document.pairs[0].diagnostics.filter((d: { code: string }) => d.code === 'XM-3');
    expect(rules).toHaveLength(1);
    const [rule] = rules;
    expect(rule.message).toBe(`表七“其他”行：2024年“上年末账号数” = ${getCell(current, { table: 'newMedia', row: 'other', column: 'existing' })}，2023年“年末运营账号数” = 40，两者应相等`);
  });
});
