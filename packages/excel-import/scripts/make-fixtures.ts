/**
 * Generates the workbook fixtures of src/__fixtures__/ and, next to each, what reading it must
 * give (`<file>.expected.json`): the report's values as planted here and the diagnostics the
 * planted problems must cause. Values come from core's example reports; every label is typed
 * out literally (scripts/fixture-kit/official-tables.ts), not drawn from the form definitions.
 * Some fixtures are written by LibreOffice itself (soffice must be installed).
 *
 *   npm run fixtures -w @report/excel-import
 */
import { Deflate, unzipSync, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cellKey, forms, type FormDefinition, type Organ, type Report, type ReportTables } from '@report/core';
import { tableCells } from '@report/core/plugin';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, fillTemplate } from '../src/index.js';
import { convertWithLibreOffice, hasLibreOffice } from './fixture-kit/libreoffice.js';
import { paintActive, paintApplications, paintReviewLitigation, type ValueFor } from './fixture-kit/official-tables.js';
import { address, SheetSpec, type SpecValue } from './fixture-kit/sheet-spec.js';
import { writeWithExcelJs } from './fixture-kit/write-exceljs.js';
import { writeRawXlsx } from './fixture-kit/write-raw-xlsx.js';

// This file runs from scripts/ or, bundled, from .tmp/: both sit one level below the package.
const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = resolve(packageRoot, 'src/__fixtures__');
const scratch = mkdtempSync(join(tmpdir(), 'report-fixtures-'));

interface ExpectedDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info';
  sheet?: string;
  cell?: string;
  table?: string;
  row?: string;
  column?: string;
}

interface Expectation {
  description: string;
  madeBy: string;
  options?: { year?: number; limits?: Record<string, number> };
  report: null | { format: string; year: number; organ: Organ; tables: ReportTables; sections?: Report['sections'] };
  /** Every error and warning reading must give (and no others); infos listed must be among those given. */
  diagnostics: ExpectedDiagnostic[];
}

function save(name: string, bytes: Uint8Array, expectation: Expectation): void {
  writeFileSync(join(fixtures, name), bytes);
  writeFileSync(join(fixtures, `${name}.expected.json`), `${JSON.stringify(expectation, null, 2)}\n`);
  console.log(`  ${name} (${bytes.length} bytes): ${expectation.description}`);
}

/** Planted values: the example report's, with overrides, and where each landed. */
class Plant {
  readonly expected: ReportTables = {};
  readonly positions = new Map<string, string>();
  private readonly overrides = new Map<string, { cell: SpecValue; expected: number | null }>();

  constructor(
    readonly form: FormDefinition,
    readonly source: Report,
    private readonly write: (value: number, key: string) => SpecValue = (value) => value,
  ) {
    for (const table of form.tables) {
      this.expected[table.id] = {};
      for (const { row, column } of tableCells(table)) {
        (this.expected[table.id][row] ??= {})[column] = source.tables[table.id]?.[row]?.[column] ?? null;
      }
    }
  }

  override(table: string, row: string, column: string, cell: SpecValue, expected: number | null): this {
    this.overrides.set(cellKey({ table, row, column }), { cell, expected });
    this.expected[table][row][column] = expected;
    return this;
  }

  /** Cells of a row left out of the workbook: read as not filled. */
  omitRow(table: string, row: string): this {
    for (const column of Object.keys(this.expected[table][row])) this.expected[table][row][column] = null;
    return this;
  }

  at(table: string, row: string, column: string): string {
    const position = this.positions.get(cellKey({ table, row, column }));
    if (!position) throw new Error(`not painted: ${table}/${row}/${column}`);
    return position;
  }

  readonly value: ValueFor = (table, row, column, at) => {
    const key = cellKey({ table, row, column });
    this.positions.set(key, address(at.row, at.column));
    const override = this.overrides.get(key);
    if (override) return override.cell;
    const value = this.source.tables[table]?.[row]?.[column];
    return typeof value === 'number' ? this.write(value, key) : null;
  };
}

const info = (code: string): ExpectedDiagnostic => ({ code, severity: 'info' });

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Workbooks typed or pasted by townships
// ─────────────────────────────────────────────────────────────────────────────────────────────

/** A township typed the three tables on one sheet, at odd positions, with titles and notes. */
async function handTyped2021(): Promise<Uint8Array> {
  const source = createExampleReport({ year: 2023, seed: 11, scale: 20, organ: { name: '某某镇人民政府', level: 'township' } });
  const plant = new Plant(forms['gov-2021'], source);
  const sheet = new SheetSpec('Sheet1');
  sheet.columnWidths = [4, 30, 24, 14, 14, 14, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12];
  sheet.set(1, 1, '某某镇2023年政府信息公开工作年度报告（数据部分）').merge(1, 1, 1, 8);
  sheet.set(2, 1, '填报单位：某某镇人民政府');
  sheet.set(4, 2, '二、主动公开政府信息情况');
  let row = paintActive(sheet, 5, 2, '2021', { merged: false }, plant.value);
  sheet.set(row, 2, '注：本表数据截至2023年12月31日。');
  sheet.set(row + 3, 1, '三、收到和处理政府信息公开申请情况');
  row = paintApplications(sheet, row + 4, 1, '2021', { merged: true }, plant.value);
  sheet.set(row, 1, '说明：“其他”指法人或其他组织中的其他类型。');
  sheet.set(row + 3, 1, '四、政府信息公开行政复议、行政诉讼情况');
  row = paintReviewLitigation(sheet, row + 4, 1, { merged: true }, plant.value);
  const notes = new SheetSpec('填报说明');
  notes.set(0, 0, '本表由党政办公室填报，联系人：张三，电话：0731-12345678。');
  const bytes = await writeWithExcelJs([sheet, notes]);
  save('hand-typed-2021-one-sheet.xlsx', bytes, {
    description: 'Tables 二, 三, 四 typed on one sheet at odd positions (C6, B27, B59), title and note rows around them; table 二 unmerged, 三 and 四 merged as printed.',
    madeBy: 'exceljs (as a spreadsheet program saves a typed sheet)',
    report: { format: 'gov-2021', year: 2023, organ: { name: '某某镇人民政府', level: 'township' }, tables: plant.expected },
    diagnostics: [info('import-format-detected'), info('import-level-guessed'), info('import-narrative-not-found')],
  });
  return bytes;
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';

/** Tables pasted from a web page into one sheet each: merged cells, label variants, numbers as text. */
async function pasted2021(): Promise<{ bytes: Uint8Array; expectation: Expectation }> {
  const source = createExampleReport({ year: 2022, seed: 12, scale: 300, organ: { name: '某某县教育局', level: 'department' } });
  let counter = 0;
  // Numbers as text: half of them full-width, totals with thousands separators.
  const asText = (value: number): SpecValue => {
    counter += 1;
    if (value >= 1000) return value.toLocaleString('en-US');
    if (counter % 2 === 0) return String(value).replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]);
    return String(value);
  };
  const plant = new Plant(forms['gov-2021'], source, (value, key) => (key.startsWith('applications/') || key.startsWith('reviewLitigation/') ? asText(value) : value));
  plant.override('active', 'coercion', 'decisions', null, null);
  plant.override('reviewLitigation', 'review', 'other', '无', null);
  plant.override('reviewLitigation', 'litigationDirect', 'other', '/', null);
  // Web copies: half-width brackets, line breaks in headers, 其它, a full-width full stop, straight quotes, ， for 、.
  const variants = (text: string) =>
    text
      .replace(/（一）予以公开/, '(一)予以公开')
      .replace(/^商业企业$/, '商业\n企业')
      .replace(/^科研机构$/, '科研\n机构')
      .replace(/^社会公益组织$/, '社会公益\n组织')
      .replace(/^其他$/, '其它')
      .replace(/^1\.属于国家秘密$/, '1．属于国家秘密')
      .replace(/“三安全一稳定”/, '"三安全一稳定"')
      .replace(/逾期不补正、行政机关/, '逾期不补正，行政机关')
      .replace(/^本年收费金额（单位：万元）$/, '本年收费金额\n（单位：万元）');
  const cover = new SheetSpec('封面');
  cover.set(0, 0, '政府信息公开工作年度报告数据表').merge(0, 0, 0, 3);
  cover.set(2, 0, '报送单位：').set(2, 1, '某某县教育局');
  cover.set(3, 0, '报告年度：').set(3, 1, 2022);
  const active = new SheetSpec('表2');
  active.set(0, 0, '二、主动公开政府信息情况').merge(0, 0, 0, 3);
  paintActive(active, 1, 0, '2021', { merged: true, label: variants }, plant.value);
  const applications = new SheetSpec('表3');
  applications.set(0, 0, '三、收到和处理政府信息公开申请情况').merge(0, 0, 0, 9);
  paintApplications(applications, 1, 0, '2021', { merged: true, label: variants }, plant.value);
  const review = new SheetSpec('表4');
  review.set(0, 0, '四、政府信息公开行政复议、行政诉讼情况').merge(0, 0, 0, 14);
  paintReviewLitigation(review, 1, 0, { merged: true, label: variants }, plant.value);
  const bytes = await writeWithExcelJs([cover, active, applications, review]);
  const expectation: Expectation = {
    description: 'Each table pasted from a web page onto its own sheet: merged headers, line breaks and half-width brackets in labels, 其它, numbers stored as text (full-width digits, thousands separators), a blank cell, 无 and /.',
    madeBy: 'exceljs',
    report: { format: 'gov-2021', year: 2022, organ: { name: '某某县教育局', level: 'department' }, tables: plant.expected },
    diagnostics: [
      { code: 'import-cell-blank', severity: 'info', sheet: '表2', cell: plant.at('active', 'coercion', 'decisions'), table: 'active' },
      { code: 'import-cell-dash', severity: 'warning', sheet: '表4', cell: plant.at('reviewLitigation', 'review', 'other'), table: 'reviewLitigation' },
      { code: 'import-cell-dash', severity: 'warning', sheet: '表4', cell: plant.at('reviewLitigation', 'litigationDirect', 'other'), table: 'reviewLitigation' },
      info('import-format-detected'),
      info('import-level-guessed'),
    ],
  };
  save('pasted-2021-sheets.xlsx', bytes, expectation);
  return { bytes, expectation };
}

/** The 2019 trial format typed by a 湖北 department: 减4/增3, 251000元, dashes, annotated labels, an extra local row. */
function handTyped2019(): Uint8Array {
  const source = createExampleReport({ year: 2020, seed: 13, scale: 30, organ: { name: '武汉市某某局', level: 'department' } });
  const plant = new Plant(forms['gov-2019'], source);
  plant.override('active', 'licensing', 'previousCount', 40, 40);
  plant.override('active', 'licensing', 'change', '减4', -4);
  plant.override('active', 'otherServices', 'previousCount', 12, 12);
  plant.override('active', 'otherServices', 'change', '增3', 3);
  plant.override('active', 'penalty', 'previousCount', 9, 9);
  plant.override('active', 'penalty', 'change', -2, -2);
  plant.override('active', 'coercion', 'decisions', '-', null);
  plant.override('active', 'procurement', 'amount', '251000元', 25.1);
  const sheet = new SheetSpec('Sheet1');
  sheet.set(0, 0, '武汉市某某局2020年政府信息公开工作年度报告');
  sheet.set(2, 0, '二、主动公开政府信息情况');
  const below = paintActive(sheet, 3, 0, '2019', { merged: false }, plant.value, {
    rename: { 规章: '规章（设区的市、自治州人民政府应提供相关数据）', 上一年项目数量: '上一年项目数量（指2019年事项数）' },
    extraRows: { '第二十条第（一）项': [['其他主动公开文件', [35, 35, 120]]] },
  });
  // Table 四 to the right of table 二, table 三 below both.
  sheet.set(2, 6, '四、政府信息公开行政复议、行政诉讼情况');
  paintReviewLitigation(sheet, 3, 6, { merged: false }, plant.value);
  sheet.set(below + 1, 0, '三、收到和处理政府信息公开申请情况');
  paintApplications(sheet, below + 2, 0, '2019', { merged: false }, plant.value);
  const bytes = writeRawXlsx([sheet]);
  save('hand-typed-2019.xlsx', bytes, {
    description: '2019 trial format typed on one sheet (table 四 beside table 二): 本年增/减 as 减4, 增3 and -2; 采购总金额 251000元; a dash; 湖北 annotations in labels; an extra local row 其他主动公开文件.',
    madeBy: 'hand-written SpreadsheetML (shared strings)',
    report: { format: 'gov-2019', year: 2020, organ: { name: '武汉市某某局', level: 'department' }, tables: plant.expected },
    diagnostics: [
      { code: 'import-cell-dash', severity: 'warning', sheet: 'Sheet1', cell: plant.at('active', 'coercion', 'decisions'), table: 'active' },
      { code: 'import-row-unrecognized', severity: 'warning', sheet: 'Sheet1', table: 'active' },
      { code: 'import-amount-converted', severity: 'info', sheet: 'Sheet1', cell: plant.at('active', 'procurement', 'amount'), table: 'active', row: 'procurement', column: 'amount' },
      info('import-format-detected'),
    ],
  });
  return bytes;
}

/** Table 二 of the 2021 format with table 三 of the trial format (one （六） row). */
async function mixedFormats(): Promise<Uint8Array> {
  const source2021 = createExampleReport({ year: 2022, seed: 14, scale: 15, organ: { name: '某某乡人民政府', level: 'township' } });
  const source2019 = createExampleReport({ year: 2020, seed: 14, scale: 15, form: forms['gov-2019'] });
  const plant = new Plant(forms['gov-2021'], source2021);
  for (const [id] of Object.entries(source2019.tables.applications)) {
    if (id === 'otherHandling') continue;
    for (const [column, value] of Object.entries(source2019.tables.applications[id])) plant.override('applications', id, column, value, value);
  }
  // The trial （六） row converts exactly only where it is 0 (all three 2021 rows 0); elsewhere they stay blank.
  for (const id of ['otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other']) {
    plant.omitRow('applications', id);
    for (const [column, value] of Object.entries(source2019.tables.applications.otherHandling)) if (value === 0) plant.expected.applications[id][column] = 0;
  }
  const trial = new Plant(forms['gov-2019'], source2019);
  const sheet = new SheetSpec('数据');
  sheet.set(0, 0, '某某乡人民政府2022年政府信息公开工作年度报告');
  let row = paintActive(sheet, 2, 0, '2021', { merged: true }, plant.value);
  // Table 三 typed from last year's (trial) report: its values come from the trial plant.
  const applicationsValue: ValueFor = (table, rowId, column, at) => (rowId === 'otherHandling' ? trial.value(table, rowId, column, at) : plant.value(table, rowId, column, at));
  row = paintApplications(sheet, row + 2, 0, '2019', { merged: true }, applicationsValue);
  paintReviewLitigation(sheet, row + 2, 0, { merged: true }, plant.value);
  const bytes = await writeWithExcelJs([sheet]);
  save('mixed-format.xlsx', bytes, {
    description: 'A 2022 report whose table 二 follows the 2021 format but whose table 三 was copied from a trial-format report (a single （六）其他处理 row): read as the trial table and converted, the （六） figures that cannot be split listed.',
    madeBy: 'exceljs',
    report: { format: 'gov-2021', year: 2022, organ: { name: '某某乡人民政府', level: 'township' }, tables: plant.expected },
    diagnostics: [
      { code: 'format-drift', severity: 'warning', sheet: '数据', table: 'applications' },
      { code: 'convert-cells-unmapped', severity: 'warning', sheet: '数据', table: 'applications', row: 'otherHandling' },
      info('import-format-detected'),
    ],
  });
  return bytes;
}

/** Every kind of bad cell, in SpreadsheetML as the .NET Open XML SDK writes it (x: prefix, inline strings, no r). */
function badCells2021(): Uint8Array {
  const source = createExampleReport({ year: 2024, seed: 15, scale: 12, organ: { name: '某某街道办事处', level: 'township' } });
  const plant = new Plant(forms['gov-2021'], source);
  plant.override('applications', 'granted', 'research', '十二', null);
  plant.override('applications', 'denied.stateSecret', 'naturalPerson', -3, null);
  plant.override('applications', 'granted', 'naturalPerson', 2.5, null);
  plant.override('applications', 'carriedForward', 'naturalPerson', { rich: ['1', '2'], phonetic: 'イチ' }, 12);
  plant.override('reviewLitigation', 'review', 'upheld', true, null);
  plant.override('active', 'fees', 'amount', '3000元', 0.3);
  plant.omitRow('applications', 'notProcessed.excessive');
  const sheet = new SheetSpec('年报表');
  sheet.set(0, 0, '某某街道办事处2024年政府信息公开工作年度报告');
  let row = paintActive(sheet, 2, 0, '2021', { merged: false }, plant.value);
  const applicationsTop = row + 1;
  row = paintApplications(sheet, applicationsTop, 0, '2021', { merged: false }, plant.value, { skipRows: ['notProcessed.excessive'] });
  paintReviewLitigation(sheet, row + 1, 0, { merged: false }, plant.value);
  // Totals as formulas: one without a saved result (computed), one that cannot be computed, one saved as #REF!.
  const newReceivedRow = Number(plant.at('applications', 'newReceived', 'total').replace(/\D/g, ''));
  const newReceivedSum = ['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'otherOrganization'].reduce((n, c) => n + (source.tables.applications.newReceived[c] ?? 0), 0);
  const at = (key: string) => {
    const [table, rowId, column] = key.split('/');
    const cell = plant.at(table, rowId, column);
    const match = /^([A-Z]+)(\d+)$/.exec(cell)!;
    return { row: Number(match[2]) - 1, column: match[1].charCodeAt(0) - 65 };
  };
  const total = at('applications/newReceived/total');
  sheet.set(total.row, total.column, { formula: `SUM(D${newReceivedRow}:I${newReceivedRow})` });
  plant.expected.applications.newReceived.total = newReceivedSum;
  const carriedOver = at('applications/carriedOver/total');
  sheet.set(carriedOver.row, carriedOver.column, { formula: 'VLOOKUP(A1,数据!B:C,2,FALSE)' });
  plant.expected.applications.carriedOver.total = null;
  const carriedForward = at('applications/carriedForward/total');
  sheet.set(carriedForward.row, carriedForward.column, { formula: 'SUM(#REF!)', error: '#REF!' });
  plant.expected.applications.carriedForward.total = null;
  const bytes = writeRawXlsx([sheet], { prefix: 'x', inlineStrings: true, omitCellReferences: true });
  const cell = (table: string, rowId: string, column: string, code: string, severity: ExpectedDiagnostic['severity']): ExpectedDiagnostic => ({
    code,
    severity,
    sheet: '年报表',
    cell: plant.at(table, rowId, column),
    table,
    row: rowId,
    column,
  });
  save('bad-cells-2021.xlsx', bytes, {
    description: 'Bad cells: 十二, a negative and a fractional count, TRUE, a formula without a saved result (a SUM, computed), one that cannot be computed, a cached #REF!, 3000元 in a 万元 cell, rich text with a phonetic run, and a deleted row; elements with an x: prefix, inline strings and no cell references.',
    madeBy: 'hand-written SpreadsheetML in the style of the .NET Open XML SDK',
    report: { format: 'gov-2021', year: 2024, organ: { name: '某某街道办事处', level: 'township' }, tables: plant.expected },
    diagnostics: [
      cell('applications', 'granted', 'research', 'import-cell-not-number', 'error'),
      cell('applications', 'denied.stateSecret', 'naturalPerson', 'import-count-negative', 'error'),
      cell('applications', 'granted', 'naturalPerson', 'import-not-whole-number', 'error'),
      cell('reviewLitigation', 'review', 'upheld', 'import-cell-not-number', 'error'),
      cell('applications', 'newReceived', 'total', 'import-formula-computed', 'warning'),
      cell('applications', 'carriedOver', 'total', 'import-formula-no-value', 'error'),
      cell('applications', 'carriedForward', 'total', 'import-formula-error', 'error'),
      cell('active', 'fees', 'amount', 'import-amount-converted', 'info'),
      { code: 'import-row-missing', severity: 'error', table: 'applications', row: 'notProcessed.excessive' },
      info('import-format-detected'),
    ],
  });
  return bytes;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// The template
// ─────────────────────────────────────────────────────────────────────────────────────────────

function withNarrative(report: Report): Report {
  const texts: Record<string, string[]> = {
    overview: ['2024年，某某镇深入贯彻《中华人民共和国政府信息公开条例》，围绕“公开为常态、不公开为例外”推进政务公开。', '主动公开方面，通过镇政府网站和公开栏发布信息，做到应公开尽公开。'],
    problems: ['存在的主要问题：公开内容不够全面，解读形式单一。', '改进措施：加强培训，丰富解读形式。'],
    other: ['本年度未收取信息处理费。'],
  };
  return { ...report, sections: report.sections.map((section) => ({ ...section, paragraphs: texts[section.id] ?? section.paragraphs })) };
}

async function templateFilled2021(): Promise<Uint8Array> {
  const organ: Organ = { name: '某某镇人民政府', level: 'township', creditCode: '11430100MB1234567X', divisionCode: '430102001' };
  const report = withNarrative(createExampleReport({ year: 2024, seed: 21, scale: 25, organ }));
  const template = await createTemplate(forms['gov-2021'], { year: 2024 });
  const bytes = fillTemplate(template, report, { contact: { person: '李四', phone: '0731-87654321' } });
  save('template-2021-filled.xlsx', bytes, {
    description: 'The 2024 template (gov-2021) filled in: cover, every table cell, narrative; totals as formulas with their results.',
    madeBy: '@report/excel-import createTemplate + fillTemplate',
    report: { format: 'gov-2021', year: 2024, organ, tables: report.tables, sections: report.sections },
    diagnostics: [],
  });
  return bytes;
}

async function template2019(): Promise<{ bytes: Uint8Array; report: Report }> {
  const organ: Organ = { name: '某某县财政局', level: 'department' };
  const report = createExampleReport({ year: 2020, seed: 22, scale: 18, organ });
  const template = await createTemplate(forms['gov-2019'], { year: 2020 });
  return { bytes: fillTemplate(template, report), report };
}

/** The filled template with a row inserted by exceljs (protection removed): the map no longer fits. */
async function templateRowsInserted(filled: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(filled as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('表三')!;
  sheet.spliceRows(6, 0, ['（自加）说明：以下数据经分管领导审核']);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Input that is not a readable .xlsx
// ─────────────────────────────────────────────────────────────────────────────────────────────

function failure(description: string, madeBy: string, code: string, options?: Expectation['options']): Expectation {
  return { description, madeBy, ...(options ? { options } : {}), report: null, diagnostics: [{ code, severity: 'error' }] };
}

/** An .xlsx whose one sheet inflates to 300 MB of spaces while its headers claim 1 KB. */
function zipBomb(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const head = new TextEncoder().encode('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  deflate.push(head);
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < 300; i++) deflate.push(spaces);
  deflate.push(new TextEncoder().encode('</sheetData></worksheet>'), true);
  const compressed = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) compressed.set(chunk, offset), (offset += chunk.length);
  const base = writeRawXlsx([new SheetSpec('Sheet1').set(0, 0, '占位')]);
  // Rebuild the archive with the bomb stored as the sheet's deflate data, sizes claiming 1 KB.
  const parts: Record<string, Uint8Array> = {};
  const listing = readEntries(base);
  for (const [name, bytes] of Object.entries(listing)) parts[name] = name === 'xl/worksheets/sheet1.xml' ? new Uint8Array(0) : bytes;
  const archive = zipSync(parts, { level: 0, mtime: new Date('2024-01-15T09:00:00Z') });
  return replaceEntryData(archive, 'xl/worksheets/sheet1.xml', compressed, 1024);
}

/** Entries of a zip written by fflate (for rebuilding). */
function readEntries(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}

/** Puts deflate data into a stored, empty entry and fixes the headers (method 8, claimed size). */
function replaceEntryData(archive: Uint8Array, name: string, data: Uint8Array, claimedSize: number): Uint8Array {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const decoder = new TextDecoder();
  const bytes: Uint8Array[] = [];
  let position = 0;
  let shift = 0;
  const localOffsets = new Map<string, number>();
  // Local headers and data.
  while (view.getUint32(position, true) === 0x04034b50) {
    const nameLength = view.getUint16(position + 26, true);
    const extraLength = view.getUint16(position + 28, true);
    const entryName = decoder.decode(archive.subarray(position + 30, position + 30 + nameLength));
    const size = view.getUint32(position + 18, true);
    const header = archive.slice(position, position + 30 + nameLength + extraLength);
    const headerView = new DataView(header.buffer);
    localOffsets.set(entryName, position + shift);
    let body = archive.subarray(position + 30 + nameLength + extraLength, position + 30 + nameLength + extraLength + size);
    if (entryName === name) {
      headerView.setUint16(8, 8, true);
      headerView.setUint32(18, data.length, true);
      headerView.setUint32(22, claimedSize, true);
      shift += data.length - body.length;
      body = data;
    }
    bytes.push(header, body);
    position += 30 + nameLength + extraLength + size;
  }
  // Central directory with the new offsets and sizes.
  const directoryStart = position;
  let directoryLength = 0;
  while (view.getUint32(position, true) === 0x02014b50) {
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const length = 46 + nameLength + extraLength + commentLength;
    const entry = archive.slice(position, position + length);
    const entryView = new DataView(entry.buffer);
    const entryName = decoder.decode(entry.subarray(46, 46 + nameLength));
    entryView.setUint32(42, localOffsets.get(entryName)!, true);
    if (entryName === name) {
      entryView.setUint16(10, 8, true);
      entryView.setUint32(20, data.length, true);
      entryView.setUint32(24, claimedSize, true);
    }
    bytes.push(entry);
    directoryLength += length;
    position += length;
  }
  const end = archive.slice(position);
  const endView = new DataView(end.buffer);
  endView.setUint32(16, directoryStart + shift, true);
  endView.setUint32(12, directoryLength, true);
  bytes.push(end);
  const total = bytes.reduce((n, b) => n + b.length, 0);
  const result = new Uint8Array(total);
  let offset = 0;
  for (const b of bytes) result.set(b, offset), (offset += b.length);
  return result;
}

function manyCells(): Uint8Array {
  const sheet = new SheetSpec('明细');
  for (let row = 0; row < 300; row++) for (let column = 0; column < 100; column++) sheet.set(row, column, row * 100 + column);
  return writeRawXlsx([sheet]);
}

/** A damaged local header: the central directory points at bytes that are not an entry. */
function damaged(filled: Uint8Array): Uint8Array {
  const copy = filled.slice();
  const view = new DataView(copy.buffer);
  const text = new TextDecoder('latin1').decode(copy);
  const sheetName = 'xl/worksheets/sheet3.xml';
  const at = text.indexOf(sheetName);
  // The first occurrence is the local header's name; its signature is 30 bytes before.
  if (view.getUint32(at - 30, true) !== 0x04034b50) throw new Error('local header of the sheet not found');
  view.setUint32(at - 30, 0x0bad0bad, true);
  return copy;
}

const exportedHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>政府信息公开年报数据导出</title></head>
<body><table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>12</td></tr>
</table></body></html>
`;

async function main(): Promise<void> {
  if (!hasLibreOffice()) throw new Error('make-fixtures needs LibreOffice (soffice) for the fixtures it saves; install libreoffice-calc-nogui');
  for (const file of readdirSync(fixtures)) rmSync(join(fixtures, file));
  console.log(`Writing fixtures to ${fixtures}`);

  const typed = await handTyped2021();
  const pasted = await pasted2021();
  handTyped2019();
  await mixedFormats();
  badCells2021();
  const filled = await templateFilled2021();

  const inserted = await templateRowsInserted(filled);
  const filledExpectation = JSON.parse(readFileSync(join(fixtures, 'template-2021-filled.xlsx.expected.json'), 'utf8')) as Expectation;
  save('template-rows-inserted.xlsx', inserted, {
    description: 'The filled template after someone unprotected 表三 and inserted a row: the cell map no longer fits, so the tables are read by their labels.',
    madeBy: 'exceljs (load, spliceRows, save)',
    report: { ...filledExpectation.report!, sections: undefined },
    diagnostics: [{ code: 'import-template-modified', severity: 'warning', sheet: '表三' }, info('import-format-detected')],
  });

  // ── Saved by LibreOffice ──
  const trial = await template2019();
  writeFileSync(join(scratch, 'template-2019-libreoffice.xlsx'), trial.bytes);
  writeFileSync(join(scratch, 'pasted-2021-libreoffice.xlsx'), pasted.bytes);
  const outXlsx = join(scratch, 'xlsx');
  mkdirSync(outXlsx);
  const [trialSaved, pastedSaved] = convertWithLibreOffice([join(scratch, 'template-2019-libreoffice.xlsx'), join(scratch, 'pasted-2021-libreoffice.xlsx')], 'xlsx', outXlsx);
  save('template-2019-libreoffice.xlsx', readFileSync(trialSaved), {
    description: 'The 2020 template (gov-2019) filled in, then opened and saved by LibreOffice Calc (formulas recalculated, parts rewritten).',
    madeBy: 'LibreOffice Calc (soffice --convert-to xlsx)',
    report: { format: 'gov-2019', year: 2020, organ: trial.report.organ, tables: trial.report.tables, sections: trial.report.sections },
    diagnostics: [],
  });
  save('pasted-2021-libreoffice.xlsx', readFileSync(pastedSaved), {
    ...pasted.expectation,
    description: `${pasted.expectation.description} Saved again by LibreOffice Calc.`,
    madeBy: 'LibreOffice Calc (soffice --convert-to xlsx)',
  });

  writeFileSync(join(scratch, 'report.xlsx'), typed);
  const [xls] = convertWithLibreOffice([join(scratch, 'report.xlsx')], 'xls', scratch);
  save('excel-97-2003.xls', readFileSync(xls), failure('The hand-typed workbook saved as Excel 97-2003 (.xls) by LibreOffice.', 'LibreOffice Calc (soffice --convert-to xls)', 'import-xls'));
  save('wps-spreadsheet.et', readFileSync(xls), failure('A WPS .et file: a compound (OLE2) binary workbook with the .et extension (the BIFF workbook above, named as WPS names it).', 'LibreOffice Calc (BIFF8), renamed .et', 'import-et'));
  const [ods] = convertWithLibreOffice([join(scratch, 'report.xlsx')], 'ods', scratch);
  save('libreoffice.ods', readFileSync(ods), failure('The hand-typed workbook saved as OpenDocument (.ods) by LibreOffice.', 'LibreOffice Calc (soffice --convert-to ods)', 'import-ods'));
  const [csv] = convertWithLibreOffice([join(scratch, 'report.xlsx')], 'csv:Text - txt - csv (StarCalc):44,34,76', scratch);
  save('export.csv', readFileSync(csv), failure('The first sheet exported as CSV (UTF-8) by LibreOffice.', 'LibreOffice Calc (soffice --convert-to csv)', 'import-csv'));

  writeFileSync(join(scratch, 'plain.xlsx'), filled);
  const encrypted = join(scratch, 'encrypted.xlsx');
  const python = spawnSync(
    '/usr/bin/python3',
    [join(packageRoot, 'scripts/fixture-kit/encrypt-with-libreoffice.py'), join(scratch, 'plain.xlsx'), encrypted, 'mima2024', join(scratch, 'profile-encrypt')],
    { encoding: 'utf8', timeout: 240_000, env: { ...process.env, PYTHONPATH: '/usr/lib/python3/dist-packages:/usr/lib/libreoffice/program' } },
  );
  if (python.status !== 0) throw new Error(`encrypting failed: ${python.stderr}`);
  save('password-protected.xlsx', readFileSync(encrypted), failure('The filled template saved by LibreOffice with a password to open (ECMA-376 standard encryption: an OLE2 file with EncryptionInfo and EncryptedPackage).', 'LibreOffice Calc through UNO (EncryptionData OOXPassword)', 'import-encrypted'));

  // ── Broken and hostile files ──
  save('truncated.xlsx', filled.slice(0, Math.floor(filled.length * 0.6)), failure('The filled template cut off after 60% of its bytes (an interrupted upload).', 'the template fixture, truncated', 'import-corrupt'));
  save('damaged.xlsx', damaged(filled), failure('The filled template with a damaged entry header inside the archive.', 'the template fixture, one header overwritten', 'import-corrupt'));
  save('empty.xlsx', new Uint8Array(0), failure('An empty file (0 bytes).', 'nothing', 'import-file-empty'));
  save('zip-bomb.xlsx', zipBomb(), failure('A zip bomb: the sheet inflates to 300 MB of spaces while the archive claims 1 KB.', 'fflate, headers edited', 'import-zip-bomb'));
  save('many-cells.xlsx', manyCells(), failure('A sheet of 30,000 numbers, read with a limit of 20,000 cells.', 'hand-written SpreadsheetML', 'import-too-many-cells', { limits: { maxCells: 20_000 } }));
  save('exported-html.xls', new TextEncoder().encode(exportedHtml), failure('An “.xls” exported by a web system that is really an HTML table.', 'hand-written HTML', 'import-html-table'));

  rmSync(scratch, { recursive: true, force: true });
  console.log('Done.');
}

await main();
