import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { forms, getCell } from '@report/core';
import { extendForm } from '@report/core/plugin';
import { readWorkbook } from '../index.js';

/** A hand-typed table 二 (2021 columns) whose 规章 row is labelled `政府规章`, as one county's workbooks do. */
async function localWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('表二');
  for (const row of [
    ['二、主动公开政府信息情况'],
    ['第二十条第（一）项'],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['政府规章', 1, 0, 3],
    ['行政规范性文件', 2, 1, 5],
    ['第二十条第（五）项'],
    ['信息内容', '本年处理决定数量'],
    ['行政许可', 4],
    ['第二十条第（六）项'],
    ['信息内容', '本年处理决定数量'],
    ['行政处罚', 5],
    ['行政强制', 6],
    ['第二十条第（八）项'],
    ['信息内容', '本年收费金额（单位：万元）'],
    ['行政事业性收费', 0.5],
  ]) {
    sheet.addRow(row);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('detection labels of a form', () => {
  it('a label added by extendForm lets readWorkbook find a row laid out under it', async () => {
    const bytes = await localWorkbook();
    const options = { fileName: '某某市人民政府.xlsx', year: 2023 };
    const plain = await readWorkbook(bytes, options);
    expect(plain.diagnostics.filter((d) => d.code === 'import-row-missing').map((d) => d.location.row)).toContain('regulations');
    expect(getCell(plain.report!, { table: 'active', row: 'regulations', column: 'issued' })).toBeNull();

    const local = extendForm(forms['gov-2021'], { detection: { tables: { active: { rows: { regulations: ['政府规章'] } } } } });
    const read = await readWorkbook(bytes, { ...options, forms: [local] });
    expect(read.report!.format).toBe('gov-2021');
    expect(read.diagnostics.filter((d) => d.code === 'import-row-missing').map((d) => d.location.row)).not.toContain('regulations');
    expect(['issued', 'repealed', 'inForce'].map((column) => getCell(read.report!, { table: 'active', row: 'regulations', column }))).toEqual([1, 0, 3]);
    expect(read.report!.cellSources?.['active/regulations/issued']).toMatchObject({ sheet: '表二', cell: 'B4' });
  });

  it('the built-in forms carry the variants real workbooks use (gov-2019 `本年增减`)', () => {
    expect(forms['gov-2019'].detection?.tables?.active?.columns?.change).toContain('本年增减');
    expect(forms['gov-2021'].detection?.tables?.applications?.rows?.carriedForward).toEqual(['四、结转下年度继续办理数量']);
  });
});
