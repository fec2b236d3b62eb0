import { describe, expect, it } from 'vitest';
import { SheetSpec } from '../../scripts/fixture-kit/sheet-spec.js';
import { writeRawXlsx } from '../../scripts/fixture-kit/write-raw-xlsx.js';
import { resolveLimits } from '../limits.js';
import { DiagnosticSink } from './diagnostic-sink.js';
import { openWorkbook } from './open-workbook.js';
import { cellsMatching, indexSheet } from './sheet-index.js';
import { matchKey } from './labels.js';

function firstSheet(bytes: Uint8Array) {
  const workbook = openWorkbook(bytes, resolveLimits({}), new DiagnosticSink('typed.xlsx', {}))!;
  return workbook.sheet(workbook.sheets[0]);
}

/** A header typed on two rows with no merged cells, and a row label split over two cells. */
function typedSheet(): SheetSpec {
  const sheet = new SheetSpec('Sheet1');
  sheet.set(0, 3, '法人或其他组织').merge(0, 3, 0, 4);
  sheet.set(1, 3, '商业').set(1, 4, '科研');
  sheet.set(2, 3, '企业').set(2, 4, '机构');
  sheet.set(3, 0, '一、本年新收').set(3, 1, '政府信息公开申请数量').set(3, 3, 4).set(3, 4, 5);
  sheet.set(4, 0, '商业企业（注）');
  return sheet;
}

describe('labels joined from several cells', () => {
  it('finds a header stacked down and a row label split across, at their last piece', () => {
    const index = indexSheet(firstSheet(writeRawXlsx([typedSheet()])));
    expect(cellsMatching(index, [matchKey('商业企业')], ['down']).map((c) => [c.row, c.column, c.text, c.joined ?? 'single'])).toEqual([
      [2, 3, '商业企业', 'down'],
      [4, 0, '商业企业（注）', 'single'],
    ]);
    expect(cellsMatching(index, [matchKey('科研机构')], ['down']).map((c) => [c.row, c.column])).toEqual([[2, 4]]);
    const row = cellsMatching(index, [matchKey('一、本年新收政府信息公开申请数量')]);
    expect(row.map((c) => [c.row, c.column, c.joined])).toEqual([[3, 1, 'right']]);
    // A header is never read across, nor a label from cells that do not touch.
    expect(cellsMatching(index, [matchKey('一、本年新收政府信息公开申请数量')], ['down'])).toEqual([]);
    expect(cellsMatching(index, [matchKey('商业科研')], ['down'])).toEqual([]);
    expect(cellsMatching(index, [matchKey('企业一、本年新收')])).toEqual([]);
  });

  it('joins through a header merged over the cells it begins (`法人或其他组织` over `商业`)', () => {
    const index = indexSheet(firstSheet(writeRawXlsx([typedSheet()])));
    expect(cellsMatching(index, [matchKey('法人或其他组织科研机构')], ['down']).map((c) => [c.row, c.column, c.top])).toEqual([[2, 4, 0]]);
  });
});
