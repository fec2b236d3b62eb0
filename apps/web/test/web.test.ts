import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, axeViolations, cliBin, county, downloadBytes, ensureBuilt, exec, launch, pdfText, serve, singleFile, squeeze, watch } from './support.js';

/**
 * The built app in headless Chromium, as a township and a county office use it: the single file opened
 * from disk, and the site from a local server. Files go in through the file inputs; the figures and
 * problems must be those of `gov-report aggregate` on the same files; no request may leave the machine.
 */

const submissions = readdirSync(join(county, 'submissions')).map((name) => join(county, 'submissions', name));
const shots = join(app, '.tmp');

interface CliRun {
  completeness: Record<string, number | string[]>;
  files: Array<{ file: string; status: string; organ?: string; late: boolean }>;
  errors: number;
  warnings: number;
  infos: number;
}
let cli: CliRun;
let cliReport: { tables: unknown; organ: { name: string }; year: number };
let browser: Browser;
let site: { origin: string; close: () => Promise<void> };

beforeAll(async () => {
  await ensureBuilt();
  mkdirSync(shots, { recursive: true });
  const out = mkdtempSync(join(tmpdir(), 'web-cli-'));
  const args = [cliBin, 'aggregate', join(county, 'submissions'), '--roster', join(county, 'roster.xlsx'), '--received', join(county, 'received.csv'), '--narrative', join(county, '青山县年报文字.txt'), '--organ', '青山县人民政府', '--year', '2024', '-o', out, '--json'];
  const { stdout } = await exec(process.execPath, args, { cwd: county, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  cli = JSON.parse(stdout) as CliRun;
  cliReport = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  browser = await launch();
  site = await serve(join(app, 'dist'));
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const targets = [
  { name: 'single file from file://', url: () => pathToFileURL(singleFile).href, origin: () => undefined as string | undefined, shot: 'single' },
  { name: 'site from 127.0.0.1', url: () => `${site.origin}/index.html`, origin: () => site.origin, shot: 'site' },
];

async function openPage(target: (typeof targets)[number]) {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  const watched = watch(page, target.origin());
  await page.goto(target.url());
  return { page, watched };
}

async function runCounty(page: Page) {
  await page.click('#tab-county');
  await page.setInputFiles('#county-files', submissions);
  await page.setInputFiles('#county-roster', join(county, 'roster.xlsx'));
  await page.setInputFiles('#county-received', join(county, 'received.csv'));
  await page.setInputFiles('#county-narrative', join(county, '青山县年报文字.txt'));
  await page.fill('#county-organ', '青山县人民政府');
  await page.fill('#county-year', '2024');
  await page.click('#county-run');
  await page.waitForSelector('#completeness', { timeout: 180_000 });
}

describe.each(targets)('$name', (target) => {
  // One page per mode, as a township and a county office each use it (and Chromium's limit on many downloads from one page stays out of the way).
  let townshipPage: Page;
  let countyPage: Page;
  let page: Page;
  const watched: Array<ReturnType<typeof watch>> = [];
  beforeAll(async () => {
    const township = await openPage(target);
    const county = await openPage(target);
    townshipPage = township.page;
    countyPage = county.page;
    watched.push(township.watched, county.watched);
    page = townshipPage;
  }, 60_000);
  afterAll(async () => {
    await townshipPage?.close();
    await countyPage?.close();
  });

  it('says in one sentence that nothing leaves the machine, under a strict CSP', async () => {
    expect(await page.locator('#privacy').textContent()).toBe('所有文件只在这台电脑的浏览器里处理，不会上传或发送到任何地方。');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('township: a broken workbook shows its problems by table, with sheet, cell, label and fix, and marks the cell', async () => {
    await page.setInputFiles('#township-file', join(county, 'submissions/白云镇.xlsx'));
    await page.waitForSelector('#township-result:not([hidden])', { timeout: 120_000 });
    expect(await page.locator('#township-counts').textContent()).toContain('2 个错误');
    const problem = page.locator('li.problem[data-code="R3-1"]').first();
    expect(await problem.getAttribute('data-cell')).toBe('D6');
    expect(await problem.getAttribute('data-sheet')).toBe('表三');
    const text = await problem.textContent();
    expect(text).toContain('自然人');
    expect(text).toContain('一+二 = 14，三（七）+四 = 12');
    expect(text).toContain('处理：');
    // Places in words, never an internal id (a section id, a cell key, a diagnostic code).
    expect(text).toContain('工作表“表三”单元格 D6');
    expect(await page.locator('#township-result').textContent()).not.toMatch(/overview|applications\/|narrative-table-mismatch|[a-z]+[A-Z][a-zA-Z]*\//);
    // Grouped under table 三's heading.
    expect(await page.locator('.problems h4').allTextContents()).toContain('三、收到和处理政府信息公开申请情况');
    const marked = page.locator('.official-table td.marked[data-ref="applications/newReceived/naturalPerson"]');
    expect(await marked.getAttribute('title')).toMatch(/^R3-1 /);
    expect(await marked.evaluate((cell) => cell.closest('.official-table')?.querySelector('caption, th')?.textContent ?? '')).toBeTruthy();
    await problem.locator('button').click();
    expect(await page.locator('td.shown').count()).toBe(1);
    expect(await page.locator('td.shown').evaluate((cell) => cell === document.activeElement)).toBe(true);
    await page.screenshot({ path: join(shots, `township-${target.shot}.png`) });
  });

  it('township: downloads the report JSON, the PDF and a blank template for the organ and year', async () => {
    const json = await downloadBytes(page, () => page.click('#township-json'));
    const report = JSON.parse(json.bytes.toString('utf8'));
    expect(report.organ.name).toBe('白云镇人民政府');
    expect(report.year).toBe(2024);
    const pdf = await downloadBytes(page, () => page.click('#township-pdf'));
    expect(squeeze(pdfText(pdf.bytes))).toContain('白云镇人民政府2024年政府信息公开工作年度报告');
    expect(await page.inputValue('#template-organ')).toBe('白云镇人民政府');
    const template = await downloadBytes(page, () => page.click('#template-download'));
    expect(template.name).toMatch(/^白云镇人民政府2024年.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(2);
    // The township's own workbook back, each problem at its cell, the list first; its figures unchanged.
    const annotated = await downloadBytes(page, () => page.click('#township-annotated'));
    expect(annotated.name).toBe('白云镇.xlsx');
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load(annotated.bytes as unknown as ArrayBuffer);
    expect(marked.worksheets[0].name).toBe('问题清单');
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(join(county, 'submissions/白云镇.xlsx'));
    for (const sheet of original.worksheets) {
      sheet.eachRow((row, r) => row.eachCell((cell, c) => expect(marked.getWorksheet(sheet.name)!.getCell(r, c).value, `${sheet.name}!${cell.address}`).toEqual(cell.value)));
    }
  });

  it('county: the same completeness, file accounts and problems as gov-report aggregate on the same files', async () => {
    page = countyPage;
    await runCounty(page);
    const counts = Object.fromEntries(await page.locator('#completeness td[data-count]').evaluateAll((cells) => cells.map((cell) => [cell.getAttribute('data-count'), Number(cell.textContent)])));
    expect(counts).toMatchObject({ expected: 16, received: 14, missing: 2, accepted: 11, rejected: 2, duplicate: 2, late: 1, unreadable: 1, files: 16 });
    for (const key of Object.keys(counts)) expect(counts[key], key).toBe(cli.completeness[key]);
    // Every file accounted for, each where the CLI put it.
    const rows = await page.locator('#file-accounts tbody tr').evaluateAll((trs) => trs.map((tr) => ({ file: tr.getAttribute('data-file')!.split('/').pop(), status: tr.getAttribute('data-status') })));
    expect(rows).toHaveLength(submissions.length);
    const byFile = (list: Array<{ file?: string; status: string | null }>) => Object.fromEntries(list.map((row) => [row.file, row.status]));
    expect(byFile(rows)).toEqual(byFile(cli.files.map((f) => ({ file: f.file.split('/').pop(), status: f.status }))));
    expect(await page.locator('#file-accounts tr[data-status="unreadable"]').textContent()).toContain('龙泉乡.xls');
    // A known problem with its cell.
    const r31 = page.locator('#county-problems li[data-code="R3-1"][data-file="白云镇.xlsx"]').first();
    expect(await r31.getAttribute('data-cell')).toBe('D6');
    const shown = await page.locator('#county-problems li').count();
    expect(shown).toBe(cli.errors + cli.warnings + cli.infos);
    // With two cores or more, reader workers read and checked the 16 files (8 each), and the figures above are still the CLI's.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    if (cores >= 2) expect(await page.locator('#county-readers').textContent()).toMatch(/用 [2-4] 个线程读取和检查了 16 个文件/);
    await page.screenshot({ path: join(shots, `county-${target.shot}.png`) });
  });

  it('county: downloads every output the CLI writes, and one zip of them', async () => {
    const save = (kind: string) => downloadBytes(page, () => page.click(`#downloads button[data-output="${kind}"]`));
    const pdf = await save('report-pdf');
    expect(pdf.name).toBe('report.pdf');
    const text = squeeze(pdfText(pdf.bytes));
    expect(text).toContain('青山县人民政府2024年政府信息公开工作年度报告');
    const summary = await save('summary-workbook');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(summary.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(1);
    const json = await save('report-json');
    const report = JSON.parse(json.bytes.toString('utf8'));
    expect(report.organ.name).toBe('青山县人民政府');
    expect(report.tables).toEqual(cliReport.tables);
    const checking = JSON.parse((await save('checking-json')).bytes.toString('utf8'));
    expect(checking.completeness.expected).toBe(16);
    // The run is recorded as the CLI records it: every file read, with its size and hash, and the sources.
    expect(checking.run.tool).toBe('gov-report-web');
    expect(checking.run.inputs).toHaveLength(submissions.length);
    expect(checking.run.inputs.every((input: { sha256?: string; size: number }) => input.size === 0 || /^[0-9a-f]{64}$/.test(input.sha256 ?? ''))).toBe(true);
    expect(Object.keys(checking.run.sources).sort()).toEqual(['narrative', 'received', 'roster']);
    expect((await save('checking-html')).bytes.toString('utf8')).toContain('R3-1');
    expect((await save('report-html')).bytes.toString('utf8')).toContain('青山县人民政府');
    const docx = unzipSync(new Uint8Array((await save('report-docx')).bytes));
    expect(strFromU8(docx['word/document.xml'])).toContain('青山县人民政府');
    const zip = unzipSync(new Uint8Array((await save('zip')).bytes));
    // The outputs of gov-report aggregate, and the rejected workbooks sent back annotated (退回/), as the CLI writes them.
    const returned = cli.files.filter((f) => f.status === 'rejected' && f.file.endsWith('.xlsx')).map((f) => `退回/${f.file.split('/').at(-1)}`);
    expect(returned.length).toBeGreaterThan(0);
    expect(Object.keys(zip).sort()).toEqual(['checking.html', 'checking.json', 'report.docx', 'report.html', 'report.json', 'report.pdf', 'summary.xlsx', ...returned].sort());
    await page.locator('#county-preview').scrollIntoViewIfNeeded();
    const preview = page.frameLocator('#county-preview');
    expect(squeeze((await preview.locator('body').textContent()) ?? '')).toContain('青山县人民政府2024年政府信息公开工作年度报告');
    await page.waitForTimeout(1500); // a frame scrolled into view paints a moment later
    await page.screenshot({ path: join(shots, `county-preview-${target.shot}.png`) });
  });

  it('has no serious or critical accessibility violation in either mode, with its results shown', async () => {
    const county = (await axeViolations(countyPage)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(county, JSON.stringify(county)).toEqual([]);
    const township = (await axeViolations(townshipPage)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(township, JSON.stringify(township)).toEqual([]);
  });

  it('made no request off the machine and met no CSP violation or page error', () => {
    for (const seen of watched) {
      expect(seen.requests.length).toBeGreaterThan(0);
      expect(seen.foreign).toEqual([]);
      expect(seen.problems).toEqual([]);
    }
  });
});

describe('work in the worker', () => {
  it('cancels a running aggregation, then runs again; switches to English', async () => {
    const { page, watched } = await openPage(targets[0]);
    await page.click('#tab-county');
    await page.setInputFiles('#county-files', submissions);
    await page.setInputFiles('#county-roster', join(county, 'roster.xlsx'));
    await page.click('#county-run');
    await page.click('#cancel');
    await page.waitForSelector('#county-status:has-text("已取消")');
    expect(await page.locator('#progress').isHidden()).toBe(true);
    await page.click('#language');
    expect(await page.locator('h1').textContent()).toContain('Annual reports');
    await page.click('#county-run');
    await page.waitForSelector('#completeness', { timeout: 180_000 });
    expect(await page.locator('#completeness td[data-count="expected"]').textContent()).toBe('16');
    expect(await page.locator('#completeness caption').textContent()).toContain('Completeness');
    await page.screenshot({ path: join(shots, 'county-english.png') });
    expect(watched.foreign).toEqual([]);
    await page.close();
  });
});
