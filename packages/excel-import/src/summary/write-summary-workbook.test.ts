import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aggregate, cellContributions, setCell, forms, type Diagnostic, type Roster, type Submission } from '@report/core';
import { tableCells } from '@report/core/plugin';
import { createExampleReport } from '@report/core/testing';
import { openZip } from '../container/zip.js';
import { openWorkbookPackage } from '../xlsx/workbook-package.js';
import { writeSummaryWorkbook } from '../index.js';

const HOSTILE = ['=HYPERLINK("http://example.invalid","点我")', '+1+2', '-3+4', '@SUM(A1:A9)'];

const roster: Roster = {
  entries: [
    { id: 'a', name: '甲镇人民政府', level: 'township' },
    { id: 'b', name: '乙镇人民政府', level: 'township' },
    { id: 'c', name: HOSTILE[0], level: 'township' },
    { id: 'd', name: '丁乡人民政府', level: 'township' },
    { id: 'e', name: '戊乡人民政府', level: 'township' },
  ],
};

function submissions(): Submission[] {
  const make = (name: string, seed: number, file: string) => ({
    report: createExampleReport({ year: 2024, seed, organ: { name, level: 'township' } }),
    file,
    sha256: String(seed).padStart(64, '0'),
    submittedOn: '2025-01-20',
  });
  const hostileDiagnostic: Diagnostic = {
    code: 'import-cell-not-number',
    severity: 'error',
    message: HOSTILE[3],
    location: { file: HOSTILE[1], sheet: HOSTILE[2], cell: 'D7', organ: HOSTILE[0] },
  };
  const broken = make('丁乡人民政府', 4, '丁乡.xlsx');
  setCell(broken.report, { table: 'applications', row: 'newReceived', column: 'total' }, 9999);
  return [
    make('甲镇人民政府', 1, '甲镇.xlsx'),
    make('乙镇人民政府', 2, '乙镇.xlsx'),
    { ...make(HOSTILE[0], 3, HOSTILE[1]), diagnostics: [hostileDiagnostic] },
    broken,
    { ...make('甲镇人民政府', 1, '甲镇（再次发送）.xlsx') },
  ];
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('writeSummaryWorkbook', () => {
  const result = aggregate(submissions(), { roster, organ: { name: '某县人民政府', level: 'county' }, year: 2024 });

  it('has a sheet per table with a row per member and the total row, and completeness and diagnostics sheets', async () => {
    const workbook = await load(await writeSummaryWorkbook(result, { roster }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['表二汇总', '表三汇总', '表四汇总', '报送情况', '问题清单']);
    const members = result.report.members!;
    // 丁乡 does not balance and the third file has an import error: both are rejected; 甲镇's copy is a duplicate.
    expect(members.map((member) => member.organ.name)).toEqual(['甲镇人民政府', '乙镇人民政府']);
    for (const [index, table] of forms['gov-2021'].tables.entries()) {
      const sheet = workbook.worksheets[index];
      const cells = tableCells(table);
      expect(sheet.rowCount).toBe(3 + members.length + 1);
      members.forEach((member, i) => {
        const row = sheet.getRow(4 + i);
        expect(row.getCell(2).value).toBe(member.organ.name);
        cells.forEach(({ row: rowId, column }, j) => {
          const contribution = cellContributions(result.report, `${table.id}/${rowId}/${column}`).find((part) => part.member === i);
          expect(row.getCell(4 + j).value ?? null).toBe(contribution?.value ?? null);
        });
      });
      const total = sheet.getRow(4 + members.length);
      expect(total.getCell(2).value).toBe('合计');
      cells.forEach(({ row: rowId, column }, j) => expect(total.getCell(4 + j).value ?? null).toBe(result.report.tables[table.id][rowId][column]));
      expect(sheet.autoFilter).toBeTruthy();
    }
    const completeness = workbook.getWorksheet('报送情况')!;
    const counts = Object.fromEntries([2, 3, 4, 5, 6, 7, 8].map((r) => [completeness.getCell(r, 1).value, completeness.getCell(r, 2).value]));
    expect(counts).toMatchObject({
      应报单位: result.completeness.expected.length,
      已报送: result.completeness.received.length,
      未报送: result.completeness.missing.length,
      退回: result.completeness.rejected.length,
      重复: result.completeness.duplicate.length,
      逾期: result.completeness.late.length,
    });
    expect(result.completeness.missing).toEqual(['e']);
    const listed = completeness.getColumn(1).values.filter((value) => typeof value === 'string');
    expect(listed).toContain('戊乡人民政府');
    const statuses = completeness.getColumn(2).values;
    expect(statuses).toEqual(expect.arrayContaining(['已采用', '退回', '重复', '未报送']));

    const problems = workbook.getWorksheet('问题清单')!;
    expect(problems.getRow(1).values).toEqual([undefined, '文件', '机关', '工作表', '单元格', '级别', '代码', '位置', '说明', '处理建议']);
    expect(problems.rowCount).toBe(1 + result.diagnostics.length);
    expect(problems.autoFilter).toBeTruthy();
  });

  it('writes text from townships (=, +, -, @) as text, never as a formula', async () => {
    const bytes = await writeSummaryWorkbook(result, { roster });
    const workbook = openWorkbookPackage(openZip(bytes), { remaining: 1e8 }, { remaining: 1e6 });
    const texts: string[] = [];
    for (const entry of workbook.sheets) {
      for (const cell of workbook.sheet(entry).cells.values()) {
        expect(cell.formula, `${entry.name} ${cell.value}`).toBeUndefined();
        if (cell.type === 's' && cell.value) texts.push(cell.value);
      }
    }
    for (const text of HOSTILE) expect(texts).toContain(text);
  });

  it('writes the sheets in English on request', async () => {
    const workbook = await load(await writeSummaryWorkbook(result, { roster, locale: 'en' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Table II summary', 'Table III summary', 'Table IV summary', 'Completeness', 'Diagnostics']);
  });
});
