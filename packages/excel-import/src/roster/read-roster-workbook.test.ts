import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readRosterWorkbook } from '../index.js';

async function rosterWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  sheet.addRow(['某县2024年政府信息公开年报报送名册']);
  sheet.addRow(['序号', '名称', '层级', '统一社会信用代码', '行政区划代码', '别名']);
  sheet.addRow([1, '城关镇人民政府', '乡镇', '', '431299101', '城关']);
  sheet.addRow([2, '示例县财政局', '县直部门', '11431299MB1000101B', '', '']);
  sheet.addRow([3, '龙潭镇人民政府', '乡镇', '', 431299102, '']);
  workbook.addWorksheet('说明').addRow(['第二张工作表不读取']);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readRosterWorkbook', () => {
  it('reads the first sheet into rows of cell text and builds the roster with core', async () => {
    const { roster, diagnostics } = await readRosterWorkbook(await rosterWorkbook(), { fileName: '名册.xlsx' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(roster!.file).toBe('名册.xlsx');
    expect(roster!.entries.map((entry) => [entry.name, entry.level])).toEqual([
      ['城关镇人民政府', 'township'],
      ['示例县财政局', 'department'],
      ['龙潭镇人民政府', 'township'],
    ]);
    expect(roster!.entries[0]).toMatchObject({ divisionCode: '431299101', aliases: ['城关'] });
    expect(roster!.entries[1]).toMatchObject({ creditCode: '11431299MB1000101B' });
    expect(roster!.entries[2]).toMatchObject({ divisionCode: '431299102' });
  });

  it('gives the same file diagnostics as reports for what is not an .xlsx', async () => {
    const csv = new TextEncoder().encode('名称,层级\n城关镇,乡镇\n');
    const { roster, diagnostics } = await readRosterWorkbook(csv, { fileName: '名册.xlsx' });
    expect(roster).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['import-csv']);
  });
});
