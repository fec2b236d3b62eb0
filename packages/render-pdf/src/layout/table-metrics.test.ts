import { getForm, type Report } from '@report/core';
import { outlineTable } from '@report/core/plugin';
import { describe, expect, it } from 'vitest';
import { officialTable } from '../content/official-table.js';
import { measureTable } from './table-metrics.js';

/** CJK characters one em wide, everything else half an em. */
const measureFor = (_role: unknown, size: number) => (character: string) => (/[\u2e80-\uffef\u201c\u201d]/.test(character) ? size : size / 2);
const typeArea = 442.2; // 156 mm
const emptyReport: Pick<Report, 'tables'> = { tables: {} };

function tableOf(id: string, format: 'gov-2021' | 'gov-2019' = 'gov-2021') {
  return officialTable(outlineTable(getForm(format).tables.find((table) => table.id === id)!, emptyReport));
}

describe('measureTable', () => {
  it('fits table 三 in the 156 mm type area at 五号, its seven number columns equal and the labels wider', () => {
    const metrics = measureTable(tableOf('applications'), typeArea, measureFor, [10.5, 9], 1.3);
    expect(metrics.size).toBe(10.5);
    expect(metrics.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(typeArea, 3);
    const numbers = metrics.columnWidths.slice(3);
    for (const width of numbers) expect(width).toBeCloseTo(numbers[0], 6);
    expect(metrics.columnWidths[2]).toBeGreaterThan(2.5 * numbers[0]); // leaf labels (1.属于国家秘密…)
  });

  it('keeps a category label’s ordinal on its own line when the label wraps', () => {
    const table = tableOf('applications');
    const metrics = measureTable(table, typeArea, measureFor, [10.5, 9], 1.3);
    const denied = table.cells.find((cell) => cell.text === '（三）不予公开')!;
    expect(metrics.lines.get(denied)!.map((line) => line.text)).toEqual(['（三）', '不予公开']);
  });

  it('gives every merged cell at least the height of its text, and a header row to each header level', () => {
    const table = tableOf('applications');
    const metrics = measureTable(table, typeArea, measureFor, [10.5, 9], 1.3);
    for (const cell of table.cells) {
      let height = 0;
      for (let row = cell.row; row < cell.row + cell.rowSpan; row++) height += metrics.rowHeights[row];
      expect(height).toBeGreaterThanOrEqual(metrics.lines.get(cell)!.length * metrics.lineHeight * (cell.scale ?? 1));
    }
    expect(table.headerRows).toBe(3);
  });

  it('fits table 四’s fifteen columns, and falls back to 小五 when 五号 cannot fit', () => {
    const wide = measureTable(tableOf('reviewLitigation'), typeArea, measureFor, [10.5, 9], 1.3);
    expect(wide.columnWidths).toHaveLength(15);
    expect(wide.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(typeArea, 3);
    const narrow = measureTable(tableOf('reviewLitigation'), 380, measureFor, [10.5, 9], 1.3);
    expect(narrow.size).toBe(9);
  });
});
