import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forms, getCell, validateReport, type Diagnostic, type Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { htmlActive, htmlApplications, htmlDocument, htmlReviewLitigation, type HtmlTableStyle } from '../scripts/fixture-kit/html-tables.js';
import { convertHtmlToXlsx, hasLibreOffice } from '../scripts/fixture-kit/libreoffice.js';
import { readWorkbook } from './index.js';

const available = hasLibreOffice();
if (!available) console.warn('LibreOffice (soffice) is not installed: skipping the tests that open web pages in it. .ci/run installs libreoffice-calc-nogui.');

interface Page {
  name: string;
  report: Report;
  style: HtmlTableStyle;
  format: '2021' | '2019';
  /** Table 二 from another report in another format (a hybrid). */
  active?: { report: Report; format: '2021' | '2019' };
}

const organ = { name: '某某镇人民政府', level: 'township' as const };
const pages: Page[] = [
  { name: 'stacked-2021', format: '2021', style: { stacked: true }, report: createExampleReport({ year: 2023, seed: 31, scale: 25, organ }) },
  { name: 'stacked-2019', format: '2019', style: { stacked: true }, report: createExampleReport({ year: 2020, seed: 32, scale: 25, organ, form: forms['gov-2019'] }) },
  { name: 'stacked-no-legal-service', format: '2021', style: { stacked: true, omitColumns: ['legalService'] }, report: createExampleReport({ year: 2023, seed: 33, scale: 25, organ }) },
  // A 2023 report still laid out in the 2019 trial format, and one whose table 二 alone is.
  { name: 'trial-layout-2023', format: '2019', style: { stacked: false }, report: { ...createExampleReport({ year: 2020, seed: 34, scale: 25, organ, form: forms['gov-2019'] }), year: 2023 } },
  {
    name: 'hybrid-active-2023',
    format: '2021',
    style: { stacked: false },
    report: createExampleReport({ year: 2023, seed: 35, scale: 25, organ }),
    active: { format: '2019', report: createExampleReport({ year: 2020, seed: 36, scale: 25, organ, form: forms['gov-2019'] }) },
  },
];

function pageHtml(page: Page): string {
  const value = (table: string, row: string, column: string) => getCell(page.report, { table, row, column });
  const active = page.active ?? { report: page.report, format: page.format };
  const activeValue = (table: string, row: string, column: string) => getCell(active.report, { table, row, column });
  const tables = [htmlActive(active.format, activeValue, page.style), htmlApplications(page.format, value, page.style), htmlReviewLitigation(value, page.style)];
  return htmlDocument(`${organ.name}${page.report.year}年政府信息公开工作年度报告`, tables);
}

/**
 * Web pages whose tables have their labels wrapped over stacked cells — `商业` over `企业` under the
 * merged `法人或其他组织`, `本年新` merged over `制作数量` and `公开数量`, `未经复议` over `直接起诉`,
 * `一、本年新收政府信息` beside `公开申请数量`, `（二）部分公开（…` over `…不计其他情形）` — opened
 * in LibreOffice Calc and saved as .xlsx, as a township does with a table copied from a site; and
 * pages laid out, wholly or for table 二, in the 2019 trial format for a 2023 report.
 */
describe.skipIf(!available)('tables from web pages, made by LibreOffice from HTML: stacked labels and format drift', () => {
  let directory: string;
  const read = new Map<string, Awaited<ReturnType<typeof readWorkbook>>>();

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'excel-import-stacked-'));
    const inputs = pages.map((page) => {
      const path = join(directory, `${page.name}.html`);
      writeFileSync(path, pageHtml(page));
      return path;
    });
    const out = join(directory, 'out');
    mkdirSync(out);
    const converted = convertHtmlToXlsx(inputs, out, join(directory, 'profile'));
    for (const [i, page] of pages.entries()) read.set(page.name, await readWorkbook(new Uint8Array(readFileSync(converted[i])), { fileName: `${page.name}.xlsx` }));
  }, 240_000);

  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('ACCEPTANCE: stacked headers and split row labels of all three tables (2021) read as the figures planted, with no problem', () => {
    const page = pages[0];
    const { report, diagnostics } = read.get(page.name)!;
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)).toEqual([]);
    expect(report!.format).toBe('gov-2021');
    expect(report!.tables).toEqual(page.report.tables);
    expect(validateReport(report!, { knownProblems: diagnostics })).toEqual([]);
    // Each figure says where it is: 商业企业 of 一、本年新收 is right of 自然人 (LibreOffice lines the page's tables up on one grid), on the row of the split label.
    const at = (column: string) => /^([A-Z]+)(\d+)$/.exec(report!.cellSources![`applications/newReceived/${column}`].cell!)!;
    expect(at('business')[2]).toBe(at('naturalPerson')[2]);
    expect(at('business')[1] > at('naturalPerson')[1]).toBe(true);
  });

  it('the 2019 trial table 二 with `本年新` merged over `制作数量` and `公开数量` reads as gov-2019', () => {
    const page = pages[1];
    const { report, diagnostics } = read.get(page.name)!;
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)).toEqual([]);
    expect(report!.format).toBe('gov-2019');
    expect(report!.tables).toEqual(page.report.tables);
    for (const column of ['made', 'published', 'totalPublished']) {
      expect(getCell(report!, { table: 'active', row: 'normativeDocuments', column })).toBe(getCell(page.report, { table: 'active', row: 'normativeDocuments', column }));
    }
  });

  it('ACCEPTANCE: a column that is really missing gets one diagnostic, not one per row', () => {
    const page = pages[2];
    const { report, diagnostics } = read.get(page.name)!;
    const problems = diagnostics.filter((d) => d.severity !== 'info');
    expect(problems.map((d) => [d.code, d.location.column, d.message])).toEqual([['import-column-missing', 'legalService', '表三缺少“法人或其他组织/法律服务机构”列，该列数据未读取']]);
    // Every other figure is read.
    const expected = structuredClone(page.report.tables);
    for (const row of Object.values(expected.applications)) row.legalService = null;
    expect(report!.tables).toEqual(expected);
    // Checking the report with what the import said adds nothing about that column.
    const checks = validateReport(report!, { knownProblems: diagnostics });
    expect(checks.filter((d) => d.location.column === 'legalService' || /法律服务机构/.test(d.message))).toEqual([]);
    expect(checks.filter((d) => d.code === 'cell-not-filled')).toEqual([]);
  });
  it('ACCEPTANCE: a 2023 report laid out in the 2019 trial format is read and checked as gov-2019, with one format-drift warning', () => {
    const page = pages[3];
    const { report, diagnostics } = read.get(page.name)!;
    expect(report!.format).toBe('gov-2019');
    expect(report!.year).toBe(2023);
    expect(report!.tables).toEqual(page.report.tables);
    const all: Diagnostic[] = [...diagnostics, ...validateReport(report!, { knownProblems: diagnostics })];
    expect(all.filter((d) => d.severity !== 'info').map((d) => [d.code, d.severity])).toEqual([['format-drift', 'warning']]);
    expect(all.find((d) => d.code === 'format-drift')!.message).toMatch(/^2023年度报告应使用《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号），表二、表三却按《中华人民共和国政府信息公开工作年度报告格式（试行）》填写；已按/);
  });

  it('ACCEPTANCE: a 2023 report whose table 二 alone is in the 2019 layout: read as gov-2021, table 二 converted exactly, one format-drift warning and every figure left behind listed', () => {
    const page = pages[4];
    const trialActive = page.active!.report;
    const { report, diagnostics } = read.get(page.name)!;
    expect(report!.format).toBe('gov-2021');
    expect(report!.tables.applications).toEqual(page.report.tables.applications);
    expect(report!.tables.reviewLitigation).toEqual(page.report.tables.reviewLitigation);
    // 处理决定数量 is the one table 二 figure both formats share; the 2021 columns it lacks stay blank.
    for (const row of ['licensing', 'penalty', 'coercion']) {
      expect(getCell(report!, { table: 'active', row, column: 'decisions' })).toBe(getCell(trialActive, { table: 'active', row, column: 'decisions' }));
      expect(report!.cellSources?.[`active/${row}/decisions`]?.sheet).toBeTruthy();
    }
    expect(getCell(report!, { table: 'active', row: 'regulations', column: 'issued' })).toBeNull();
    const all: Diagnostic[] = [...diagnostics, ...validateReport(report!, { knownProblems: diagnostics })];
    const drift = all.filter((d) => d.code === 'format-drift');
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ severity: 'warning', location: { table: 'active' } });
    expect(drift[0].message).toMatch(/^2023年度报告应使用《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号），表二却按《中华人民共和国政府信息公开工作年度报告格式（试行）》填写；已按/);
    const [unmapped] = all.filter((d) => d.code === 'convert-cells-unmapped');
    // The trial table 二 has 22 figures; 3 carried over, 19 listed.
    const left = 22 - 3;
    expect(unmapped.message).toMatch(new RegExp(`^表二有 ${left} 个数据在《中华人民共和国政府信息公开工作年度报告格式》中没有对应的单元格，未带入：规章 / 本年新制作数量 \\d+`));
    expect(all.some((d) => d.code === 'import-row-missing' || d.code === 'import-column-missing' || d.code === 'import-table-missing')).toBe(false);
  });
});
