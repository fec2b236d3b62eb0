import { getCell, getForm, setCell, type FormDefinition, type Report } from '@report/core';
import { layoutTable } from '@report/core/plugin';
import { createExampleReport } from '@report/core/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openHtml, readTable } from './__fixtures__/browser.js';
import { extendedForm } from './__fixtures__/extended-form.js';
import { renderHtml } from './index.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The grid as the browser parsed the HTML, compared cell by cell with `layoutTable` of the form. */
async function expectTablesMatchForm(report: Report, form: FormDefinition) {
  const { page } = await openHtml(browser, renderHtml(report, { form }));
  for (const table of form.tables) {
    const grid = layoutTable(table);
    const parsed = await readTable(page, table.id);
    const expected = grid.cells
      .map((cell) => ({
        row: cell.row,
        column: cell.column,
        rowSpan: cell.rowSpan,
        colSpan: cell.colSpan,
        // Value cells: the number printed (an amount may carry its unit), or nothing when not filled.
        text: cell.kind === 'value' ? getCell(report, cell.ref!) : cell.text,
        ref: cell.ref ? `${cell.ref.table}/${cell.ref.row}/${cell.ref.column}` : null,
      }))
      .sort((a, b) => a.row - b.row || a.column - b.column);
    const actual = parsed.cells.map(({ row, column, rowSpan, colSpan, text, ref }) => ({
      row,
      column,
      rowSpan,
      colSpan,
      text: ref === null ? text : text === '' ? null : Number.parseFloat(text),
      ref,
    }));
    expect(actual, `table ${table.id} of ${form.id}`).toEqual(expected);
    expect(parsed.headRows, `header rows of ${table.id}`).toBe(grid.headerRows);
  }
  await page.close();
}

describe('tables drawn from the form', () => {
  it('prints every table of a full gov-2021 report with the spans of layoutTable', async () => {
    const form = getForm('gov-2021');
    await expectTablesMatchForm(createExampleReport({ year: 2023, seed: 5, form }), form);
  });

  it('prints every table of a gov-2019 report with the spans of layoutTable', async () => {
    const form = getForm('gov-2019');
    const report = createExampleReport({ year: 2020, seed: 9, form });
    report.tables.active.procurement.amount = 25.1;
    await expectTablesMatchForm(report, form);
  });

  it('prints the extra rows and the extra table of a plugin-extended form (extendForm) with no renderer change', async () => {
    const form = extendedForm();
    const report = createExampleReport({ year: 2023, seed: 2, form });
    setCell(report, { table: 'applications', row: 'notProcessed.provincial', column: 'total' }, 4);
    setCell(report, { table: 'active', row: 'otherServices', column: 'decisions' }, 321);
    setCell(report, { table: 'processingFees', row: 'fees', column: 'collected' }, 0.04);
    await expectTablesMatchForm(report, form);
    const html = renderHtml(report, { form });
    expect(html).toContain('6.省级扩展：咨询类申请');
    expect(html).toContain('其他对外管理服务事项');
    expect(html).toContain('实际收取总金额（万元）');
    expect(html).toContain('<h2 class="heading heading--1">七、信息处理费收取情况</h2>');
  });
});

describe('the official structure (spec §3–§5)', () => {
  it('has the 28 × 10 table 三 of 2021 with the 勾稽关系 note in the corner and 三、本年度办理结果 over 22 rows', async () => {
    const { page } = await openHtml(browser, renderHtml(createExampleReport({ year: 2023 })));
    const { cells, headRows } = await readTable(page, 'applications');
    expect(headRows).toBe(3);
    const find = (text: string) => cells.find((cell) => cell.text === text);
    expect(find('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')).toMatchObject({ row: 0, column: 0, rowSpan: 3, colSpan: 3 });
    expect(find('申请人情况')).toMatchObject({ row: 0, column: 3, colSpan: 7, rowSpan: 1 });
    expect(find('自然人')).toMatchObject({ row: 1, rowSpan: 2, colSpan: 1 });
    expect(find('法人或其他组织')).toMatchObject({ row: 1, colSpan: 5 });
    expect(find('总计')).toMatchObject({ row: 1, column: 9, rowSpan: 2 });
    expect(find('三、本年度办理结果')).toMatchObject({ column: 0, rowSpan: 22, colSpan: 1 });
    expect(find('一、本年新收政府信息公开申请数量')).toMatchObject({ row: 3, colSpan: 3 });
    expect(find('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toMatchObject({ column: 1, colSpan: 2 });
    expect(find('（三）不予公开')).toMatchObject({ column: 1, rowSpan: 8 });
    expect(find('3.危及“三安全一稳定”')).toMatchObject({ column: 2, colSpan: 1 });
    expect(find('（六）其他处理')).toMatchObject({ rowSpan: 3 });
    expect(find('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')).toBeDefined();
    expect(Math.max(...cells.map((cell) => cell.row + cell.rowSpan))).toBe(28);
    expect(Math.max(...cells.map((cell) => cell.column + cell.colSpan))).toBe(10);
    expect(cells.filter((cell) => cell.ref !== null)).toHaveLength(25 * 7);
    await page.close();
  });

  it('has table 三 of the trial format with （六）其他处理 as one row and the result group over 20 rows', async () => {
    const { page } = await openHtml(browser, renderHtml(createExampleReport({ year: 2019 })));
    const { cells } = await readTable(page, 'applications');
    expect(cells.find((cell) => cell.text === '三、本年度办理结果')).toMatchObject({ rowSpan: 20 });
    expect(cells.find((cell) => cell.text === '（六）其他处理')).toMatchObject({ colSpan: 2, rowSpan: 1 });
    expect(Math.max(...cells.map((cell) => cell.row + cell.rowSpan))).toBe(26);
    await page.close();
  });

  it('prints table 四 as one row of 15 cells under 行政复议 (5) and 行政诉讼 (10)', async () => {
    const { page } = await openHtml(browser, renderHtml(createExampleReport({ year: 2023 })));
    const { cells, headRows } = await readTable(page, 'reviewLitigation');
    expect(headRows).toBe(3);
    expect(cells.find((cell) => cell.text === '行政复议')).toMatchObject({ row: 0, column: 0, colSpan: 5 });
    expect(cells.find((cell) => cell.text === '行政诉讼')).toMatchObject({ row: 0, column: 5, colSpan: 10 });
    expect(cells.find((cell) => cell.text === '未经复议直接起诉')).toMatchObject({ row: 1, colSpan: 5 });
    expect(cells.filter((cell) => cell.text === '结果维持').map((cell) => [cell.row, cell.rowSpan])).toEqual([
      [1, 2],
      [2, 1],
      [2, 1],
    ]);
    expect(cells.filter((cell) => cell.ref !== null).map((cell) => cell.row)).toEqual(Array(15).fill(3));
    await page.close();
  });

  it('prints table 二 of 2021 as four blocks, each caption over the full width and in its own tbody', async () => {
    const { page } = await openHtml(browser, renderHtml(createExampleReport({ year: 2023 })));
    const { cells, bodies } = await readTable(page, 'active');
    expect(cells.filter((cell) => cell.text.startsWith('第二十条')).map((cell) => [cell.text, cell.colSpan])).toEqual([
      ['第二十条第（一）项', 4],
      ['第二十条第（五）项', 4],
      ['第二十条第（六）项', 4],
      ['第二十条第（八）项', 4],
    ]);
    expect(bodies).toEqual([4, 3, 4, 3]);
    expect(cells.find((cell) => cell.text === '本年收费金额（单位：万元）')).toMatchObject({ colSpan: 3 });
    await page.close();
  });
});
