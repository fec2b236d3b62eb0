import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { forms, setCell, type FormDefinition, type Report, type TableDefinition } from '@report/core';
import { layoutTable } from '@report/core/plugin';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, fillTemplate, readWorkbook } from '../index.js';
import { META_SHEET } from './metadata.js';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** Sheet cell of a grid position: the grid starts on row 3, column A. */
const at = (sheet: ExcelJS.Worksheet, row: number, column: number) => sheet.getCell(row + 3, column + 1);

describe('createTemplate', () => {
  it('has a cover, one sheet per table, a narrative sheet and very hidden metadata', async () => {
    const workbook = await load(await createTemplate(forms['gov-2021'], { year: 2024, organ: { name: '某某镇人民政府', level: 'township' } }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['封面', '表二', '表三', '表四', '文字部分', META_SHEET]);
    expect(workbook.getWorksheet(META_SHEET)!.state).toBe('veryHidden');
    const cover = workbook.getWorksheet('封面')!;
    const texts = cover.getSheetValues().flat().filter((value) => typeof value === 'string') as string[];
    for (const label of ['机关名称', '机关层级', '统一社会信用代码', '行政区划代码', '联系人', '报告年度', '填写说明']) expect(texts).toContain(label);
    expect(texts).toContain('某某镇人民政府');
    expect(texts).toContain('乡镇（街道）');
    expect(texts.some((text) => text.includes('只填阿拉伯数字') && text.includes('填 0'))).toBe(true);
    const year = cover.getColumn(1).values.indexOf('报告年度');
    expect(cover.getCell(year, 2).value).toBe(2024);
    expect(cover.getCell(year, 2).protection?.locked).not.toBe(false);
    const levelRow = cover.getColumn(1).values.indexOf('机关层级');
    expect(cover.getCell(levelRow, 2).dataValidation).toMatchObject({ type: 'list' });
  });

  it('draws every table from layoutTable: official labels at their places, merged as printed', async () => {
    const workbook = await load(await createTemplate(forms['gov-2021'], { year: 2024 }));
    for (const [sheetName, table] of [['表二', 0], ['表三', 1], ['表四', 2]] as const) {
      const definition = forms['gov-2021'].tables[table];
      const grid = layoutTable(definition);
      const sheet = workbook.getWorksheet(sheetName)!;
      expect(sheet.getCell(1, 1).value).toBe(definition.title);
      const merges = new Set((sheet.model as unknown as { merges: string[] }).merges);
      for (const cell of grid.cells) {
        if (cell.kind !== 'value' && cell.kind !== 'empty') expect(at(sheet, cell.row, cell.column).value, `${sheetName} ${cell.text}`).toBe(cell.text);
        if (cell.rowSpan > 1 || cell.colSpan > 1) {
          const range = `${at(sheet, cell.row, cell.column).address}:${at(sheet, cell.row + cell.rowSpan - 1, cell.column + cell.colSpan - 1).address}`;
          expect(merges, `${sheetName} ${cell.text || cell.kind} merged ${range}`).toContain(range);
        }
      }
    }
  });

  it('unlocks and validates input cells by kind, protects labels, and computes 总计 with formulas', async () => {
    const workbook = await load(await createTemplate(forms['gov-2019'], { year: 2020 }));
    const active = workbook.getWorksheet('表二')!;
    const grid = layoutTable(forms['gov-2019'].tables[0]);
    const cellOf = (row: string, column: string) => {
      const cell = grid.cells.find((c) => c.ref?.row === row && c.ref.column === column)!;
      return at(active, cell.row, cell.column);
    };
    expect(cellOf('regulations', 'made').protection?.locked).toBe(false);
    expect(cellOf('regulations', 'made').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(cellOf('licensing', 'change').dataValidation).toMatchObject({ type: 'whole', operator: 'between' });
    expect(cellOf('procurement', 'amount').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual' });
    expect(cellOf('licensing', 'change').dataValidation.error).toContain('负数');
    const label = grid.cells.find((c) => c.text === '规章')!;
    expect(at(active, label.row, label.column).protection?.locked).not.toBe(false);
    expect((active as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });

    const applications = workbook.getWorksheet('表三')!;
    const applicationsGrid = layoutTable(forms['gov-2019'].tables[1]);
    const position = (row: string, column: string) => applicationsGrid.cells.find((c) => c.ref?.row === row && c.ref.column === column)!;
    const total = position('newReceived', 'total');
    const first = at(applications, total.row, total.column - 6).address;
    const last = at(applications, total.row, total.column - 1).address;
    expect(at(applications, total.row, total.column).formula).toBe(`IF(COUNT(${first}:${last})=0,"",SUM(${first}:${last}))`);
    expect(at(applications, total.row, total.column).protection?.locked).not.toBe(false);
    const handled = position('totalHandled', 'naturalPerson');
    const top = at(applications, position('granted', 'naturalPerson').row, handled.column).address;
    const bottom = at(applications, position('otherHandling', 'naturalPerson').row, handled.column).address;
    expect(at(applications, handled.row, handled.column).formula).toBe(`IF(COUNT(${top}:${bottom})=0,"",SUM(${top}:${bottom}))`);
    const review = workbook.getWorksheet('表四')!;
    const reviewTotal = review.getRow(6).getCell(5);
    expect(reviewTotal.formula).toBe('IF(COUNT(A6:D6)=0,"",SUM(A6:D6))');
  });

  it('prints every sheet on A4, one page wide, repeating table headers', async () => {
    const workbook = await load(await createTemplate(forms['gov-2021'], { year: 2024 }));
    for (const sheet of workbook.worksheets.filter((s) => s.name !== META_SHEET)) {
      expect(sheet.pageSetup.paperSize, sheet.name).toBe(9);
      expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1);
    }
    expect(workbook.getWorksheet('表三')!.pageSetup.printTitlesRow).toBe('3:5');
    expect(workbook.getWorksheet('表三')!.pageSetup.orientation).toBe('landscape');
  });

  it('writes the cover and instructions in English on request; official labels stay Chinese', async () => {
    const workbook = await load(await createTemplate(forms['gov-2021'], { year: 2024, locale: 'en' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Cover', 'Table II', 'Table III', 'Table IV', 'Narrative', META_SHEET]);
    const cover = workbook.getWorksheet('Cover')!;
    expect(cover.getColumn(1).values).toContain('Organ name');
    expect(workbook.getWorksheet('Table III')!.getCell(6, 1).value).toBe('一、本年新收政府信息公开申请数量');
  });
});

/** gov-2021 extended by a province: an extra row in table 二 and an extra table with its own total. */
function extendedForm(): FormDefinition {
  const base = forms['gov-2021'];
  const active = base.tables.find((table) => table.id === 'active')!;
  const extraRow = { id: 'otherDocuments', label: '其他主动公开文件', columns: ['issued', 'repealed', 'inForce'], block: 'article20.1' };
  const rows = [...active.rows];
  rows.splice(2, 0, extraRow);
  const hotline: TableDefinition = {
    id: 'hotline',
    sectionId: 'other',
    title: '七、政务公开热线办理情况',
    columns: [
      { id: 'received', label: '受理数', kind: 'count', groups: ['part'] },
      { id: 'answered', label: '办结数', kind: 'count', groups: ['part'] },
      { id: 'all', label: '合计', kind: 'count' },
    ],
    rows: [{ id: 'calls', label: '热线电话' }, { id: 'messages', label: '网上留言' }],
    layout: { type: 'matrix', labelColumns: 1, corner: '类别' },
  };
  return {
    ...base,
    id: 'gov-2021-hubei',
    extends: 'gov-2021',
    tables: [{ ...active, rows }, ...base.tables.slice(1), hotline],
    rules: [
      ...base.rules,
      { id: 'HB-1', kind: 'equation', severity: 'error', table: 'hotline', each: 'row', left: ['all'], op: '=', right: [{ group: 'part' }], leftText: { zh: '合计', en: 'all' }, rightText: { zh: '受理数+办结数', en: 'received+answered' }, description: { zh: '合计等于受理数与办结数之和', en: 'all = received + answered' } },
    ],
  };
}

describe('a form extended by a plugin', () => {
  it('gets its extra rows and tables in the template, with totals from its rules, and reads back exactly', async () => {
    const form = extendedForm();
    const report: Report = createExampleReport({ form, year: 2024, seed: 5 });
    for (const [column, value] of [['issued', 4], ['repealed', 1], ['inForce', 30]] as const) setCell(report, { table: 'active', row: 'otherDocuments', column }, value);
    for (const [row, received, answered] of [['calls', 120, 118], ['messages', 45, 40]] as const) {
      setCell(report, { table: 'hotline', row, column: 'received' }, received);
      setCell(report, { table: 'hotline', row, column: 'answered' }, answered);
      setCell(report, { table: 'hotline', row, column: 'all' }, received + answered);
    }
    const template = await createTemplate(form, { year: 2024 });
    const workbook = await load(template);
    // The extra table is printed in section 六, so its sheet is 表六.
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['封面', '表二', '表三', '表四', '表六', '文字部分', META_SHEET]);
    const hotline = workbook.getWorksheet('表六')!;
    expect(hotline.getCell('A1').value).toBe('七、政务公开热线办理情况');
    expect(hotline.getCell('D4').formula).toBe('IF(COUNT(B4:C4)=0,"",SUM(B4:C4))');
    expect(workbook.getWorksheet('表二')!.getCell('A7').value).toBe('其他主动公开文件');

    const filled = fillTemplate(template, report, { forms: [form] });
    const exact = await readWorkbook(filled, { fileName: 'hubei.xlsx', forms: [form] });
    expect(exact.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(exact.report!.format).toBe('gov-2021-hubei');
    expect(exact.report!.tables).toEqual(report.tables);

    // Without the plugin the template's form is unknown: read by labels as the national form, and the extra row is reported.
    const national = await readWorkbook(filled, { fileName: 'hubei.xlsx' });
    expect(national.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['import-template-unknown-form', 'import-row-unrecognized']));
    expect(national.report!.format).toBe('gov-2021');
    expect(national.report!.tables.applications).toEqual(report.tables.applications);
  });
});
