import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forms, getCell, validateReport, type Report } from '@report/core';
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
}

const organ = { name: '某某镇人民政府', level: 'township' as const };
const pages: Page[] = [
  { name: 'stacked-2021', format: '2021', style: { stacked: true }, report: createExampleReport({ year: 2023, seed: 31, scale: 25, organ }) },
  { name: 'stacked-2019', format: '2019', style: { stacked: true }, report: createExampleReport({ year: 2020, seed: 32, scale: 25, organ, form: forms['gov-2019'] }) },
  { name: 'stacked-no-legal-service', format: '2021', style: { stacked: true, omitColumns: ['legalService'] }, report: createExampleReport({ year: 2023, seed: 33, scale: 25, organ }) },
];

function pageHtml(page: Page): string {
  const value = (table: string, row: string, column: string) => getCell(page.report, { table, row, column });
  const tables = [htmlActive(page.format, value, page.style), htmlApplications(page.format, value, page.style), htmlReviewLitigation(value, page.style)];
  return htmlDocument(`${organ.name}${page.report.year}年政府信息公开工作年度报告`, tables);
}

/**
 * Web pages whose tables have their labels wrapped over stacked cells — `商业` over `企业` under the
 * merged `法人或其他组织`, `本年新` merged over `制作数量` and `公开数量`, `未经复议` over `直接起诉`,
 * `一、本年新收政府信息` beside `公开申请数量`, `（二）部分公开（…` over `…不计其他情形）` — opened
 * in LibreOffice Calc and saved as .xlsx, as a township does with a table copied from a site.
 */
describe.skipIf(!available)('labels split over stacked cells, made by LibreOffice from HTML tables', () => {
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
});
