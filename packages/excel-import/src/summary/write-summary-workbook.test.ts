import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { aggregate, cellContributions, getCell, setCell, forms, type CellRef, type Diagnostic, type Roster, type Submission, type TableDefinition } from '@report/core';
import { tableCells } from '@report/core/plugin';
import { createExampleReport } from '@report/core/testing';
import { openZip } from '../container/zip.js';
import { getRawCell } from '../xlsx/sheet.js';
import { openWorkbookPackage } from '../xlsx/workbook-package.js';
import { writeSummaryWorkbook } from '../index.js';
import { countyAggregate, filledBySome, unfilledEverywhere } from './__fixtures__/county.js';

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

/** Each table's sheets and the cells in their value columns, left to right, as the layout is specified (not read from the writer). */
function expectedSheets(): Array<{ name: string; table: TableDefinition; cells: CellRef[]; leafLabels: string[] }> {
  const form = forms['gov-2021'];
  const names: Record<string, string> = { active: '表二', applications: '表三', reviewLitigation: '表四' };
  return form.tables.flatMap((table) => {
    const cells = tableCells(table);
    if (cells.length <= 40) {
      return [{ name: `${names[table.id]}汇总`, table, cells: cells.map((cell) => ({ table: table.id, ...cell })), leafLabels: cells.map((cell) => table.columns.find((c) => c.id === cell.column)!.label) }];
    }
    // 表三: one sheet per applicant column, the official rows as its columns.
    return table.columns.map((column) => {
      const rows = table.rows.filter((row) => (row.columns ?? table.columns.map((c) => c.id)).includes(column.id));
      const label = column.headerPath && column.headerPath.length > 1 ? `${column.headerPath.at(-1)}·${column.label}` : column.label;
      return { name: `表三汇总（${label}）`, table, cells: rows.map((row) => ({ table: table.id, row: row.id, column: column.id })), leafLabels: rows.map((row) => row.label) };
    });
  });
}

/** Where the members and the total row are: the members' rows end just above the row labelled 合计. */
function totalRowOf(sheet: ExcelJS.Worksheet, label = '合计'): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 2).value === label) return r;
  throw new Error(`no ${label} row in ${sheet.name}`);
}

describe('writeSummaryWorkbook', () => {
  const result = aggregate(submissions(), { roster, organ: { name: '某县人民政府', level: 'county' }, year: 2024 });

  it('has the tables’ sheets (表三 one per applicant column), the completeness and diagnostics sheets', async () => {
    const workbook = await load(await writeSummaryWorkbook(result, { roster }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '表二汇总',
      '表三汇总（自然人）',
      '表三汇总（法人或其他组织·商业企业）',
      '表三汇总（法人或其他组织·科研机构）',
      '表三汇总（法人或其他组织·社会公益组织）',
      '表三汇总（法人或其他组织·法律服务机构）',
      '表三汇总（法人或其他组织·其他）',
      '表三汇总（总计）',
      '表四汇总',
      '报送情况',
      '问题清单',
    ]);
    // 丁乡 does not balance and the third file has an import error: both are rejected; 甲镇's copy is a duplicate.
    expect(result.report.members!.map((member) => member.organ.name)).toEqual(['甲镇人民政府', '乙镇人民政府']);

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
    expect(completeness.getColumn(2).values).toEqual(expect.arrayContaining(['已采用', '退回', '重复', '未报送']));
    expect(completeness.autoFilter).toBeTruthy();

    const problems = workbook.getWorksheet('问题清单')!;
    expect(problems.getRow(1).values).toEqual([undefined, '文件', '机关', '工作表', '单元格', '级别', '代码', '位置', '说明', '处理建议']);
    expect(problems.rowCount).toBe(1 + result.diagnostics.length);
    expect(problems.autoFilter).toBeTruthy();
    // A place without a label is named by the cell's official label, never by its ids.
    const places = problems.getColumn(7).values.filter((value) => typeof value === 'string') as string[];
    expect(places.some((place) => /^[a-z]+\/[a-zA-Z.]+/.test(place))).toBe(false);
  });

  it('shows every member’s figures as plain values, each total as SUM over exactly its members’ cells with the aggregate’s number cached', async () => {
    const { result: county, roster: countyRoster } = countyAggregate(12);
    const members = county.report.members!;
    expect(members).toHaveLength(12);
    const bytes = await writeSummaryWorkbook(county, { roster: countyRoster });
    const workbook = await load(bytes);
    // The totals' XML as written (exceljs drops a cached result of 0 when it reads).
    const raw = openWorkbookPackage(openZip(bytes), { remaining: 1e8 }, { remaining: 1e6 });
    const rawSheet = (name: string) => raw.sheet(raw.sheets.find((entry) => entry.name === name)!);
    const seen = new Set<string>();
    let formulas = 0;
    for (const expected of expectedSheets()) {
      const sheet = workbook.getWorksheet(expected.name)!;
      expect(sheet, expected.name).toBeDefined();
      const total = totalRowOf(sheet);
      const first = total - members.length;
      const written = rawSheet(expected.name);
      expect(sheet.getCell(total, 3).value).toBe('12 个单位');
      // The header's bottom row names each column by its official label (merged cells show their label).
      expect(expected.leafLabels.map((_, j) => sheet.getCell(first - 1, 4 + j).value)).toEqual(expected.leafLabels);
      expected.cells.forEach((ref, j) => {
        seen.add(`${ref.table}/${ref.row}/${ref.column}`);
        const column = sheet.getColumn(4 + j).letter;
        members.forEach((member, i) => {
          expect(sheet.getCell(first + i, 2).value).toBe(member.organ.name);
          expect(sheet.getCell(first + i, 3).value).toBe(member.file);
          const cell = sheet.getCell(first + i, 4 + j);
          const contribution = cellContributions(county.report, `${ref.table}/${ref.row}/${ref.column}`).find((part) => part.member === i);
          expect(cell.formula).toBeUndefined();
          expect(cell.value ?? null, `${expected.name} ${column}${first + i}`).toBe(contribution?.value ?? null);
        });
        const cell = getRawCell(written, total - 1, 3 + j);
        const aggregateValue = getCell(county.report, ref);
        if (aggregateValue === null) {
          expect(cell?.formula, `${expected.name} ${column}${total}`).toBeUndefined();
          expect(cell?.value).toBeUndefined();
          return;
        }
        formulas += 1;
        expect(cell?.formula).toBe(`SUM(${column}${first}:${column}${total - 1})`);
        expect(Number(cell?.value)).toBe(aggregateValue);
      });
    }
    // Every cell of the form is in exactly one column of one sheet.
    const all = forms['gov-2021'].tables.flatMap((table) => tableCells(table).map((cell) => `${table.id}/${cell.row}/${cell.column}`));
    expect([...seen].sort()).toEqual([...all].sort());
    expect(formulas).toBe(all.length - 1);
    // The cell nobody filled has no total; the one some filled sums those who did.
    expect(getCell(county.report, unfilledEverywhere)).toBeNull();
    expect(cellContributions(county.report, `${filledBySome.table}/${filledBySome.row}/${filledBySome.column}`)).toHaveLength(11);
  });

  it('reads the members’ figures of an aggregated report of an earlier version (per-cell contributions) the same way', async () => {
    const { result: county, roster: countyRoster } = countyAggregate(6);
    expect(county.report.memberFigures).toBeDefined();
    const keys = forms['gov-2021'].tables.flatMap((table) => tableCells(table).map((cell) => `${table.id}/${cell.row}/${cell.column}`));
    const contributions = Object.fromEntries(keys.map((key) => [key, cellContributions(county.report, key)]).filter(([, parts]) => parts.length > 0));
    const { memberFigures: _figures, memberLayouts: _layouts, ...rest } = county.report;
    const earlier = { ...county, report: { ...rest, contributions } };
    const sheets = async (bytes: Uint8Array) => {
      const files = unzipSync(bytes);
      return Object.keys(files).filter((name) => name.startsWith('xl/worksheets/')).map((name) => strFromU8(files[name]));
    };
    const now = await sheets(await writeSummaryWorkbook(county, { roster: countyRoster }));
    expect(now.join('')).toContain('<f>SUM(');
    expect(await sheets(await writeSummaryWorkbook(earlier, { roster: countyRoster }))).toEqual(now);
  });

  it('prints: landscape, fitted to the page width, header rows and organ columns repeated, panes frozen below the header', async () => {
    const workbook = await load(await writeSummaryWorkbook(result, { roster }));
    for (const expected of expectedSheets()) {
      const sheet = workbook.getWorksheet(expected.name)!;
      const first = totalRowOf(sheet) - result.report.members!.length;
      // Two members: the sheet fits one page both ways; a long one runs down pages (page-layout.test.ts).
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1, printTitlesRow: `2:${first - 1}`, printTitlesColumn: 'A:C' });
      // 表三's sheets are 28 columns wide: A3 keeps their text at 70 % or more; the others fit A4.
      expect(sheet.pageSetup.paperSize, expected.name).toBe(expected.table.id === 'applications' ? 8 : 9);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: first - 1 });
      expect(sheet.autoFilter, expected.name).toBeTruthy();
      expect(sheet.headerFooter.oddFooter).toBe('&L&A&R第 &P 页，共 &N 页');
    }
    // 表三's header merges as the official table does: 三、本年度办理结果 over its 22 rows, （三）不予公开 over 8, 一、 down three rows.
    const natural = workbook.getWorksheet('表三汇总（自然人）')!;
    const merges = (natural.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:AB1', 'A2:A4', 'D2:D4', 'F2:AA2', 'H3:O3']));
    expect(natural.getCell('F2').value).toBe('三、本年度办理结果');
    expect(natural.getCell('H3').value).toBe('（三）不予公开');
    expect(natural.getCell('A1').value).toBe('某县人民政府2024年三、收到和处理政府信息公开申请情况（汇总）：申请人情况 / 自然人');
  });

  it('writes text from townships (=, +, -, @) as text, never as a formula; only totals are formulas', async () => {
    const bytes = await writeSummaryWorkbook(result, { roster });
    const workbook = openWorkbookPackage(openZip(bytes), { remaining: 1e8 }, { remaining: 1e6 });
    const texts: string[] = [];
    for (const entry of workbook.sheets) {
      for (const cell of workbook.sheet(entry).cells.values()) {
        if (cell.formula !== undefined) expect(cell.formula, `${entry.name} ${cell.value}`).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
        if (cell.type === 's' && cell.value) texts.push(cell.value);
      }
    }
    for (const text of HOSTILE) expect(texts).toContain(text);
  });

  it('keeps text that looks like an escape or that XML cannot hold readable, and drops characters that would reorder it', async () => {
    const names = ['甲镇_x0041_人民政府', '乙镇\u202e人民政府', '丙镇\u0001人民政府', '丁镇\ud800人民政府'];
    const { result: county, roster: countyRoster } = countyAggregate(4, names);
    const bytes = await writeSummaryWorkbook(county, { roster: countyRoster });
    const workbook = await load(bytes);
    const sheet = workbook.getWorksheet('表二汇总')!;
    const first = totalRowOf(sheet) - 4;
    const shown = [0, 1, 2, 3].map((i) => sheet.getCell(first + i, 2).value);
    expect(shown).toEqual(['甲镇_x0041_人民政府', '乙镇人民政府', '丙镇人民政府', '丁镇\ud800人民政府']);
    const ours = openWorkbookPackage(openZip(bytes), { remaining: 1e8 }, { remaining: 1e6 });
    const entry = ours.sheets.find((candidate) => candidate.name === '表二汇总')!;
    const values = [...ours.sheet(entry).cells.values()].map((cell) => cell.value);
    expect(values).toContain('甲镇_x0041_人民政府');
  });

  it('writes the sheets in English on request', async () => {
    const workbook = await load(await writeSummaryWorkbook(result, { roster, locale: 'en' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Table II summary',
      'Table III natural persons',
      'Table III businesses',
      'Table III research institutions',
      'Table III public-interest organ',
      'Table III legal service institu',
      'Table III other organizations',
      'Table III total',
      'Table IV summary',
      'Completeness',
      'Diagnostics',
    ]);
    expect(workbook.worksheets[0].getCell(totalRowOf(workbook.worksheets[0], 'Total'), 2).value).toBe('Total');
  });
});
