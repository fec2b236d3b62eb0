import { inputLimits } from '@report/core';
import { describe, expect, it } from 'vitest';
import { paintActive, paintApplications, paintReviewLitigation, type ValueFor } from '../scripts/fixture-kit/official-tables.js';
import { SheetSpec } from '../scripts/fixture-kit/sheet-spec.js';
import { writeRawXlsx } from '../scripts/fixture-kit/write-raw-xlsx.js';
import { forms } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, defaultLimits, fillTemplate, readRosterWorkbook, readWorkbook } from './index.js';
import { readCellValue } from './read/cell-value.js';

/** The three tables of the 2021 format typed on one sheet, every cell 0 but those given. */
function typedWorkbook(organ: string, cells: Record<string, string | number> = {}): Uint8Array {
  const sheet = new SheetSpec('Sheet1');
  sheet.set(0, 0, '2023年政府信息公开工作年度报告（数据部分）');
  sheet.set(1, 0, '填报单位：').set(1, 1, organ);
  const value: ValueFor = (table, row, column) => cells[`${table}/${row}/${column}`] ?? 0;
  let row = paintActive(sheet, 3, 0, '2021', { merged: false }, value);
  row = paintApplications(sheet, row + 2, 0, '2021', { merged: true }, value);
  paintReviewLitigation(sheet, row + 2, 0, { merged: true }, value);
  return writeRawXlsx([sheet]);
}

describe('readWorkbook: input limits', () => {
  it('shares the file-size budget with report JSON (core inputLimits)', () => {
    expect(defaultLimits.maxFileBytes).toBe(inputLimits.maxFileBytes);
  });

  it('shortens a 2 MB organ name to 100 characters with text-too-long, before any other message uses it', async () => {
    const name = 'A'.repeat(2 * 1024 * 1024);
    const result = await readWorkbook(typedWorkbook(name), { fileName: 'long.xlsx' });
    expect(result.report).toBeDefined();
    expect(result.report!.organ.name.length).toBe(100);
    expect(result.report!.organ.name.endsWith('…')).toBe(true);
    const long = result.diagnostics.filter((d) => d.code === 'text-too-long');
    expect(long).toHaveLength(1);
    expect(long[0]).toMatchObject({ severity: 'error', location: { file: 'long.xlsx', path: 'organ.name' } });
    // No message carries the megabyte name.
    expect(Math.max(...result.diagnostics.map((d) => d.message.length))).toBeLessThan(1000);
  });

  it('does the same for a filled-in template whose cover holds a 2 MB name', async () => {
    const report = createExampleReport({ year: 2024, seed: 2 });
    report.organ.name = '镇'.repeat(2 * 1024 * 1024);
    const bytes = fillTemplate(await createTemplate(forms['gov-2021'], { year: 2024 }), report);
    const result = await readWorkbook(bytes, { fileName: 'template.xlsx' });
    expect(result.report!.organ.name).toBe(`${'镇'.repeat(99)}…`);
    expect(result.diagnostics.filter((d) => d.code === 'text-too-long').map((d) => d.location.path)).toEqual(['organ.name']);
  });

  it('an 18-digit count typed in a cell and a count of 1e308 are import-number-too-large, not read', async () => {
    const bytes = typedWorkbook('某某镇人民政府', {
      'applications/newReceived/naturalPerson': '123456789012345678',
      'applications/newReceived/business': 1e308,
    });
    const result = await readWorkbook(bytes, { fileName: 'big.xlsx', year: 2023 });
    const large = result.diagnostics.filter((d) => d.code === 'import-number-too-large');
    expect(large).toHaveLength(2);
    expect(large.every((d) => d.severity === 'error' && d.location.file === 'big.xlsx' && d.location.cell)).toBe(true);
    expect(large[0].message).toContain('123456789012345678');
    expect(large[0].message).toContain('1000000000');
    expect(result.report!.tables.applications.newReceived.naturalPerson).toBeNull();
    expect(result.report!.tables.applications.newReceived.business).toBeNull();
  });

  it('bounds amounts in 万元 after unit conversion, and accepts 10^9 itself', () => {
    expect(readCellValue({ row: 0, column: 0, type: 'n', value: '1000000000' }, 'count')).toMatchObject({ kind: 'value', value: 1e9 });
    expect(readCellValue({ row: 0, column: 0, type: 'n', value: '1000000001' }, 'count')).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-number-too-large' }] });
    expect(readCellValue({ row: 0, column: 0, type: 's', value: '200000亿元' }, 'amount')).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-number-too-large' }] });
    expect(readCellValue({ row: 0, column: 0, type: 's', value: '减20000000000' }, 'signedCount')).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-number-too-large' }] });
  });
});

describe('readRosterWorkbook: a sparse sheet', () => {
  it('reads a roster with stray cells at A1048576 and XFD1048576 on the cells present, in little memory', async () => {
    const sheet = new SheetSpec('名册');
    sheet.set(0, 0, '名称').set(0, 1, '层级');
    sheet.set(1, 0, '城关镇人民政府').set(1, 1, '乡镇');
    sheet.set(2, 0, '示例县财政局').set(2, 1, '县直部门');
    sheet.set(1048575, 0, '龙潭镇人民政府').set(1048575, 16383, '备注');
    const bytes = writeRawXlsx([sheet]);
    const before = process.memoryUsage().heapUsed;
    const { roster, diagnostics } = await readRosterWorkbook(bytes, { fileName: '名册.xlsx' });
    const grown = process.memoryUsage().heapUsed - before;
    expect(grown).toBeLessThan(200 * 1024 * 1024);
    expect(roster!.entries.map((entry) => entry.name)).toEqual(['城关镇人民政府', '示例县财政局', '龙潭镇人民政府']);
    // The stray entry's diagnostics point at its real row.
    const levelMissing = diagnostics.find((d) => d.code === 'roster-level-missing' || d.code === 'roster-level-inferred');
    expect(levelMissing?.location.cell).toMatch(/1048576$/);
  });
});
