import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPipeline, getCell, setCell, type FormDefinition, type Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { fillTemplate, readWorkbook } from '@report/excel-import';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provincePlugin } from '../../../examples/province-plugin/index.mjs';
import { readPluginConfig } from '../scripts/build-options.mjs';
import { app, cliBin, downloadBytes, ensureBuilt, exec, launch, root, siteIndex, singleFile, watch } from './support.js';

/**
 * A province's own copy of the app, built as apps/web/README.md "A province's own copy" says: a
 * `gov-report.config.json` outside the repository naming the example plugin (form gov-2021-xm: table 七
 * 政务新媒体情况, row 4.转送其他机关办理, rule XM-1), the build written to a folder of its own. One build
 * (both modes, about half a minute); then the single file from file:// through template, township and county mode,
 * next to the CLI run with the same config file.
 */

const examplePlugin = join(root, 'examples/province-plugin/index.mjs');
const form: FormDefinition = createPipeline({ plugins: [provincePlugin()] }).getForm('gov-2021-xm');
const ROSTER = ['名称,层级,上级', '青山县人民政府,县,', '青山镇人民政府,乡镇,青山县人民政府', '白云镇人民政府,乡镇,青山县人民政府', '石门镇人民政府,乡镇,青山县人民政府'].join('\n');
const MEMBERS = ['青山镇人民政府', '白云镇人民政府', '石门镇人民政府'];
const newMediaRows = ['weibo', 'wechat', 'other'];
const newMediaColumns = ['existing', 'opened', 'closed', 'operating'];

/** A township's figures in the province's form; 白云镇 closes 9 政务微信 accounts but reports one fewer in operation only (XM-1 fails). */
function townshipReport(organ: string, index: number): Report {
  const report = createExampleReport({ form, year: 2024, seed: 40 + index, organ: { name: organ, level: 'township' } });
  newMediaRows.forEach((row, r) => {
    const broken = organ === '白云镇人民政府' && row === 'wechat';
    const existing = 3 + r + index;
    const closed = broken ? 9 : 1;
    setCell(report, { table: 'newMedia', row, column: 'existing' }, existing);
    setCell(report, { table: 'newMedia', row, column: 'opened' }, 2);
    setCell(report, { table: 'newMedia', row, column: 'closed' }, closed);
    setCell(report, { table: 'newMedia', row, column: 'operating' }, existing + 2 - (broken ? 1 : closed));
  });
  return report;
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await exec(process.execPath, [cliBin, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout };
  } catch (error) {
    const failure = error as { code: number; stdout: string };
    return { code: failure.code, stdout: failure.stdout };
  }
}

describe('a province’s own copy, built from its gov-report.config.json', () => {
  const province = mkdtempSync(join(tmpdir(), 'web-province-'));
  const config = join(province, 'gov-report.config.json');
  const out = join(province, 'web');
  const submissions = join(province, 'submissions');
  const defaultBuilds = [singleFile, siteIndex];
  let before: string[];
  let build: { stdout: string; stderr: string };
  let browser: Browser;
  let page: Page;
  let watched: ReturnType<typeof watch>;
  const environment = () => ({ ...process.env, GOV_REPORT_CONFIG: relative(root, config), GOV_REPORT_WEB_OUT: relative(root, out) });

  beforeAll(async () => {
    await ensureBuilt(); // the CLI to compare with, and the default builds (to see they are left alone)
    before = defaultBuilds.map(digest);
    // The README's commands, from the repository root, with paths relative to it.
    await exec('npx', ['turbo', 'run', 'build', '--filter=@report/web^...', '--output-logs=errors-only'], { cwd: root });
    // The plugin named relative to the config file, as the CLI resolves it.
    writeFileSync(config, JSON.stringify({ plugins: [[relative(province, examplePlugin), { formId: 'gov-2021-xm' }]] }, null, 2));
    writeFileSync(join(province, 'roster.csv'), `${ROSTER}\n`);
    build = await exec('npm', ['run', 'build', '-w', '@report/web'], { cwd: root, env: environment(), maxBuffer: 64 * 1024 * 1024 });
    browser = await launch();
    page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
    watched = watch(page);
    await page.goto(pathToFileURL(join(out, 'gov-report.html')).href);
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(province, { recursive: true, force: true });
  });

  it('writes the site and the single file to GOV_REPORT_WEB_OUT, within the size budget, and leaves dist/ and dist-single/ alone', async () => {
    expect(existsSync(join(out, 'gov-report.html'))).toBe(true);
    expect(existsSync(join(out, 'site/index.html'))).toBe(true);
    expect(existsSync(join(out, 'index.html')), 'the intermediate index.html is removed').toBe(false);
    expect(build.stdout).toMatch(/single file with fonts: [\d.]+ MB .*gov-report\.html/);
    expect(defaultBuilds.map(digest)).toEqual(before);
    // The app's lint follows the variable: both of the copy's builds carry the CSP and nothing remote.
    const { stdout } = await exec(process.execPath, [join(app, 'scripts/check-dist.mjs')], { cwd: app, env: environment() });
    expect(stdout).toContain('both builds present');
  });

  it('downloads a template in the plugin’s form, with its sheet 七、政务新媒体情况', async () => {
    await page.fill('#template-organ', '白云镇人民政府');
    await page.fill('#template-year', '2024');
    const template = await downloadBytes(page, () => page.click('#template-download'));
    expect(template.name).toMatch(/^白云镇人民政府2024年.*\.xlsx$/);
    const read = await readWorkbook(new Uint8Array(template.bytes), { fileName: template.name, forms: [form] });
    expect(read.report?.format).toBe('gov-2021-xm');
    expect(read.report?.organ.name).toBe('白云镇人民政府');
    expect(Object.keys(read.report?.tables ?? {})).toContain('newMedia');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.bytes as unknown as ArrayBuffer);
    const titles = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(titles).toContain('七、政务新媒体情况');
    expect(titles).toContain('4.转送其他机关办理');
    // The townships' workbooks: this template filled as each clerk would.
    mkdirSync(submissions, { recursive: true });
    for (const [index, organ] of MEMBERS.entries()) {
      writeFileSync(join(submissions, `${organ.replace('人民政府', '')}.xlsx`), fillTemplate(new Uint8Array(template.bytes), townshipReport(organ, index), { forms: [form] }));
    }
  });

  it('township: a workbook breaking XM-1 shows the rule’s Chinese message at its cell, as the CLI reports it', async () => {
    const file = join(submissions, '白云镇.xlsx');
    await page.setInputFiles('#township-file', file);
    await page.waitForSelector('#township-result:not([hidden])', { timeout: 120_000 });
    const problem = page.locator('li.problem[data-code="XM-1"]');
    expect(await problem.count()).toBe(1);
    expect(await problem.textContent()).toMatch(/表七“政务微信”行：上年末账号数\+本年新开设−本年关停 = -?\d+，年末运营账号数 = \d+，两者应相等/);
    const validate = await cli(['validate', file, '--config', config, '--json'], province);
    expect(validate.code).toBe(1);
    const rule = JSON.parse(validate.stdout).files[0].diagnostics.find((d: { code: string }) => d.code === 'XM-1');
    expect(await problem.getAttribute('data-cell')).toBe(rule.location.cell);
    expect(await problem.getAttribute('data-sheet')).toBe(rule.location.sheet);
    expect(rule.location.cell).toMatch(/^[A-Z]+\d+$/);
    expect(await problem.textContent()).toContain(`单元格 ${rule.location.cell}`);
    // Grouped under the plugin's table, and its cell marked in the official layout of table 七.
    expect(await page.locator('.problems h4').allTextContents()).toContain('七、政务新媒体情况');
    const marked = page.locator('.official-table td.marked[title^="XM-1"]');
    expect(await marked.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-ref')))).toEqual([`newMedia/${rule.location.row}/${rule.location.column}`]);
    mkdirSync(join(app, '.tmp'), { recursive: true });
    await page.screenshot({ path: join(app, '.tmp/province-township.png'), fullPage: true });
  });

  it('county: sums table 七 over the accepted townships and rejects the one breaking XM-1, as the CLI does', async () => {
    await page.click('#tab-county');
    await page.setInputFiles('#county-files', MEMBERS.map((organ) => join(submissions, `${organ.replace('人民政府', '')}.xlsx`)));
    await page.setInputFiles('#county-roster', join(province, 'roster.csv'));
    await page.fill('#county-organ', '青山县人民政府');
    await page.fill('#county-year', '2024');
    await page.click('#county-run');
    await page.waitForSelector('#completeness', { timeout: 180_000 });
    const counts = Object.fromEntries(await page.locator('#completeness td[data-count]').evaluateAll((cells) => cells.map((cell) => [cell.getAttribute('data-count'), Number(cell.textContent)])));
    expect(counts).toMatchObject({ expected: 3, received: 3, accepted: 2, rejected: 1 });
    const rejected = (await page.locator('#file-accounts tr[data-status="rejected"]').textContent()) ?? '';
    expect(rejected).toContain('白云镇');
    // The XM-1 message once, with its cell: not once among the reasons and again as the first error.
    const message = '上年末账号数+本年新开设−本年关停';
    expect(rejected.split(message).length - 1).toBe(1);
    expect(rejected).toContain('B5');
    await page.screenshot({ path: join(app, '.tmp/province-county.png'), fullPage: true });

    const json = await downloadBytes(page, () => page.click('#downloads button[data-output="report-json"]'));
    const county = JSON.parse(json.bytes.toString('utf8')) as Report;
    expect(county.format).toBe('gov-2021-xm');
    const accepted = [0, 2].map((index) => townshipReport(MEMBERS[index], index));
    for (const row of newMediaRows) {
      for (const column of newMediaColumns) {
        const sum = accepted.reduce((total, report) => total + (getCell(report, { table: 'newMedia', row, column }) ?? 0), 0);
        expect(getCell(county, { table: 'newMedia', row, column }), `newMedia/${row}/${column}`).toBe(sum);
      }
    }
    const html = (await downloadBytes(page, () => page.click('#downloads button[data-output="report-html"]'))).bytes.toString('utf8');
    expect(html).toContain('七、政务新媒体情况');
    const cliOut = join(province, 'cli-out');
    const aggregate = await cli(['aggregate', submissions, '--config', config, '--roster', join(province, 'roster.csv'), '--organ', '青山县人民政府', '--year', '2024', '-o', cliOut, '--json'], province);
    expect(aggregate.code).toBe(0);
    expect(county.tables).toEqual(JSON.parse(readFileSync(join(cliOut, 'report.json'), 'utf8')).tables);
  });

  it('made no request off the machine and met no CSP violation or page error', () => {
    expect(watched.requests.length).toBeGreaterThan(0);
    expect(watched.foreign).toEqual([]);
    expect(watched.problems).toEqual([]);
  });
});

describe('the config file the web build reads', () => {
  const folder = mkdtempSync(join(tmpdir(), 'web-config-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  };
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a .mjs config whose default export names the plugins’ modules, with their options', async () => {
    const file = write('gov-report.config.mjs', "export default { plugins: ['./a.mjs', ['@x/plugin', { formId: 'gov-2021-xm', list: [1, 'b'] }]] };\n");
    expect(await readPluginConfig(file)).toEqual([
      { specifier: './a.mjs', options: undefined, hasOptions: false },
      { specifier: '@x/plugin', options: { formId: 'gov-2021-xm', list: [1, 'b'] }, hasOptions: true },
    ]);
  });

  it('refuses plugin values and options that are not data, saying why in Chinese and English', async () => {
    const values = write('values.config.mjs', "export default { plugins: ['./a.mjs', { name: 'inline-plugin' }] };\n");
    await expect(readPluginConfig(values)).rejects.toThrow(/plugins 第 2 项是插件本身，网页版读不了：网页版在构建时把每个插件的模块打包进页面[\s\S]*plugins entry 2 is a plugin value/);
    const options = write('options.config.mjs', "export default { plugins: [['./a.mjs', { check: () => true }]] };\n");
    await expect(readPluginConfig(options)).rejects.toThrow(/plugins 第 1 项的选项只能是数据/);
  });

  it('names the file when a JSON config is broken or has unknown settings', async () => {
    await expect(readPluginConfig(write('broken.json', '{ "plugins": [ '))).rejects.toThrow(/broken\.json: 不是有效的 JSON/);
    await expect(readPluginConfig(write('extra.json', '{ "plugins": [], "output": "x" }'))).rejects.toThrow(/extra\.json: 有不认识的设置：output/);
  });
});
