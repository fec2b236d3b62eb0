import { describe, expect, it } from 'vitest';
import { forms, validateReport } from '../index.js';
import { layoutTable, tableCells } from '../plugin.js';
import { createExampleReport } from '../testing.js';

const count = (formId: 'gov-2021' | 'gov-2019', table: string) => tableCells(forms[formId].tables.find((t) => t.id === table)!).length;

describe('built-in forms match the spec', () => {
  it('has the official cell counts', () => {
    expect(forms['gov-2021'].tables.find((t) => t.id === 'applications')!.rows).toHaveLength(25);
    expect(forms['gov-2019'].tables.find((t) => t.id === 'applications')!.rows).toHaveLength(23);
    expect(count('gov-2021', 'applications')).toBe(25 * 7);
    expect(count('gov-2019', 'applications')).toBe(23 * 7);
    expect(count('gov-2021', 'active')).toBe(10);
    expect(count('gov-2019', 'active')).toBe(22);
    expect(count('gov-2021', 'reviewLitigation')).toBe(15);
    expect(count('gov-2019', 'reviewLitigation')).toBe(15);
  });

  it('lays out table 三 as printed: 28 × 10 grid, corner note, 办理结果 rowspan 22', () => {
    const grid = layoutTable(forms['gov-2021'].tables.find((t) => t.id === 'applications')!);
    expect(grid.rowCount).toBe(28);
    expect(grid.columnCount).toBe(10);
    expect(grid.headerRows).toBe(3);
    const corner = grid.cells.find((c) => c.kind === 'corner')!;
    expect(corner).toMatchObject({ rowSpan: 3, colSpan: 3, text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' });
    expect(grid.cells.find((c) => c.text === '三、本年度办理结果')).toMatchObject({ rowSpan: 22, colSpan: 1 });
    expect(grid.cells.find((c) => c.text === '（三）不予公开')).toMatchObject({ rowSpan: 8 });
    expect(grid.cells.find((c) => c.text === '（六）其他处理')).toMatchObject({ rowSpan: 3 });
    expect(grid.cells.find((c) => c.text === '一、本年新收政府信息公开申请数量')).toMatchObject({ colSpan: 3 });
    expect(grid.cells.find((c) => c.text === '（一）予以公开')).toMatchObject({ colSpan: 2, column: 1 });
    expect(grid.cells.find((c) => c.text === '申请人情况')).toMatchObject({ colSpan: 7, rowSpan: 1 });
    expect(grid.cells.find((c) => c.text === '自然人')).toMatchObject({ rowSpan: 2 });
    expect(grid.cells.find((c) => c.text === '法人或其他组织')).toMatchObject({ colSpan: 5 });
    expect(grid.cells.filter((c) => c.kind === 'value')).toHaveLength(175);
  });

  it('lays out table 三 of the trial format with 办理结果 rowspan 20 (26 × 10)', () => {
    const grid = layoutTable(forms['gov-2019'].tables.find((t) => t.id === 'applications')!);
    expect(grid.rowCount).toBe(26);
    expect(grid.cells.find((c) => c.text === '三、本年度办理结果')).toMatchObject({ rowSpan: 20 });
    expect(grid.cells.find((c) => c.text === '（六）其他处理')).toMatchObject({ colSpan: 2, rowSpan: 1 });
  });

  it('lays out table 四 as one row of 15 under a three-level header', () => {
    const grid = layoutTable(forms['gov-2021'].tables.find((t) => t.id === 'reviewLitigation')!);
    expect(grid.columnCount).toBe(15);
    expect(grid.rowCount).toBe(4);
    expect(grid.cells.find((c) => c.text === '行政复议')).toMatchObject({ colSpan: 5, rowSpan: 1, row: 0 });
    expect(grid.cells.find((c) => c.text === '行政诉讼')).toMatchObject({ colSpan: 10, row: 0 });
    expect(grid.cells.find((c) => c.text === '未经复议直接起诉')).toMatchObject({ colSpan: 5, row: 1 });
    const reviewLeaves = grid.cells.filter((c) => c.kind === 'header' && c.row === 1 && c.column < 5);
    expect(reviewLeaves.map((c) => [c.text, c.rowSpan])).toEqual([
      ['结果维持', 2],
      ['结果纠正', 2],
      ['其他结果', 2],
      ['尚未审结', 2],
      ['总计', 2],
    ]);
  });

  it('lays out table 二 as stacked blocks with full-width captions', () => {
    const grid = layoutTable(forms['gov-2021'].tables.find((t) => t.id === 'active')!);
    expect(grid.columnCount).toBe(4);
    expect(grid.cells.filter((c) => c.kind === 'caption').map((c) => [c.text, c.colSpan])).toEqual([
      ['第二十条第（一）项', 4],
      ['第二十条第（五）项', 4],
      ['第二十条第（六）项', 4],
      ['第二十条第（八）项', 4],
    ]);
    expect(grid.cells.find((c) => c.text === '本年收费金额（单位：万元）')).toMatchObject({ colSpan: 3 });
    expect(grid.bands.filter((b) => b.kind === 'block')).toHaveLength(4);
  });

  it('an example report of either format passes every check', () => {
    for (const year of [2020, 2023]) {
      for (const seed of [1, 2, 3]) {
        const report = createExampleReport({ year, seed });
        expect(validateReport(report)).toEqual([]);
      }
    }
  });
});
