import type ExcelJS from 'exceljs';
import { cellKey, organLevelLabels, organLevels, type CellKind, type FormDefinition, type Locale, type Organ, type TableDefinition } from '@report/core';
import { tableName, type GridCell, type TableGrid } from '@report/core/plugin';
import { cellAddress } from '../xlsx/cell-address.js';
import { META_SHEET, metaRowValues, TEMPLATE_VERSION, type MetaRow } from './metadata.js';
import { uniqueSheetName } from './sheet-names.js';
import { gridOf } from './template-map.js';
import { templateTexts } from './texts.js';
import { totalFormulas } from './total-formulas.js';

export interface TemplateOptions {
  /** Report year the template is for (shown on the cover, locked). */
  year: number;
  /** Organ to prefill on the cover. */
  organ?: Partial<Organ>;
  /** Contact to prefill on the cover. */
  contact?: { person?: string; phone?: string };
  /** Language of the cover, instructions and messages (the official table labels stay Chinese). */
  locale?: Locale;
}

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const EMPTY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFBFBFBF' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = '宋体';
/** Grid rows start below the title and the note. */
const GRID_TOP = 2;

/** Display width of text in Excel column units (a CJK character is two). */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return width;
}

function linesNeeded(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((lines, line) => lines + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width - 1.5))), 0);
}

function columnWidths(table: TableDefinition, grid: TableGrid): number[] {
  switch (table.layout.type) {
    case 'matrix': {
      const labels = table.layout.labelColumns;
      const label = labels === 3 ? [12, 16, 38] : Array.from({ length: labels }, (_, i) => (i === labels - 1 ? 36 : 14));
      return Array.from({ length: grid.columnCount }, (_, i) => (i < labels ? label[i] : 10));
    }
    case 'blocks':
      return Array.from({ length: grid.columnCount }, (_, i) => (i === 0 ? 22 : 18));
    case 'flat':
      return Array.from({ length: grid.columnCount }, () => 9);
  }
}

function validationFor(kind: CellKind, texts: ReturnType<typeof templateTexts>): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, showInputMessage: true, errorStyle: 'stop' };
  switch (kind) {
    case 'count':
      return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], errorTitle: texts.validation.countTitle, error: texts.validation.count, promptTitle: texts.validation.countTitle, prompt: texts.validation.count };
    case 'signedCount':
      return { ...common, type: 'whole', operator: 'between', formulae: [-999999999, 999999999], errorTitle: texts.validation.signedTitle, error: texts.validation.signed, promptTitle: texts.validation.signedTitle, prompt: texts.validation.signed };
    case 'amount':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], errorTitle: texts.validation.amountTitle, error: texts.validation.amount, promptTitle: texts.validation.amountTitle, prompt: texts.validation.amount };
  }
}

/** Runs of adjacent cells along one axis, as `D5:I5` ranges. */
function runs(positions: Array<{ row: number; column: number }>, along: 'row' | 'column'): string[] {
  const major = (p: { row: number; column: number }) => (along === 'row' ? p.row : p.column);
  const minor = (p: { row: number; column: number }) => (along === 'row' ? p.column : p.row);
  const sorted = [...positions].sort((a, b) => major(a) - major(b) || minor(a) - minor(b));
  const result: string[] = [];
  let index = 0;
  while (index < sorted.length) {
    let end = index;
    while (end + 1 < sorted.length && major(sorted[end + 1]) === major(sorted[index]) && minor(sorted[end + 1]) === minor(sorted[end]) + 1) end += 1;
    const first = sorted[index];
    const last = sorted[end];
    result.push(end === index ? cellAddress(first.row, first.column) : `${cellAddress(first.row, first.column)}:${cellAddress(last.row, last.column)}`);
    index = end + 1;
  }
  return result;
}

/** Collapses cells into as few `D5:I5`-style ranges as possible, for formulas. */
function formulaRanges(positions: Array<{ row: number; column: number }>): string {
  const byRow = runs(positions, 'row');
  const byColumn = runs(positions, 'column');
  return (byColumn.length < byRow.length ? byColumn : byRow).join(',');
}

/** The formula of a total: blank while none of its cells is filled, else their sum. */
export function totalFormulaText(ranges: string): string {
  return `IF(COUNT(${ranges})=0,"",SUM(${ranges}))`;
}

interface SheetPlan {
  sheetName: string;
  table: TableDefinition;
  grid: TableGrid;
  /** Grid position → sheet position. */
  at: (cell: Pick<GridCell, 'row' | 'column'>) => { row: number; column: number };
}

function styleGridCell(cell: ExcelJS.Cell, grid: GridCell): void {
  const header = grid.kind === 'header' || grid.kind === 'caption' || grid.kind === 'corner';
  cell.font = { name: FONT, size: grid.kind === 'corner' ? 9 : 10.5, bold: grid.kind === 'header' || grid.kind === 'caption' };
  cell.alignment = {
    vertical: 'middle',
    horizontal: grid.kind === 'rowLabel' ? 'left' : 'center',
    wrapText: true,
  };
  cell.border = BORDER;
  if (header && grid.kind === 'caption') cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
}

/**
 * Builds the .xlsx template of a form for one report year: a cover, one sheet per table drawn
 * from `layoutTable` (official labels, merged headers as printed), a narrative sheet, and a very
 * hidden metadata sheet mapping every input cell to its `table/row/column` id. Input cells are
 * unlocked and validated by Excel; labels are protected; totals are live formulas; every sheet
 * prints on A4. A form extended by a plugin gets its extra rows and tables with no change here.
 */
export async function createTemplate(form: FormDefinition, options: TemplateOptions): Promise<Uint8Array> {
  const { year, locale } = options;
  const texts = templateTexts(locale, form, year);
  // exceljs loads here, not when the package is imported: reading workbooks never needs it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = '@report/excel-import';
  workbook.calcProperties.fullCalcOnLoad = true;
  const taken = new Set<string>([META_SHEET.toLowerCase()]);
  const meta: MetaRow[] = [
    { kind: 'form', id: form.id },
    { kind: 'version', id: String(TEMPLATE_VERSION) },
    { kind: 'year', id: String(year) },
    { kind: 'locale', id: locale ?? 'zh-CN' },
  ];

  // ── Cover ───────────────────────────────────────────────────────────────────────────────
  const coverName = uniqueSheetName(texts.coverSheet, taken);
  const cover = workbook.addWorksheet(coverName, { properties: { tabColor: { argb: 'FF2F5597' } } });
  cover.columns = [{ width: 22 }, { width: 46 }, { width: 34 }];
  cover.mergeCells('A1:C1');
  const title = cover.getCell('A1');
  title.value = texts.title;
  title.font = { name: FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cover.getRow(1).height = 36;
  const levelLabels = organLevels.map((level) => (locale === 'en' ? organLevelLabels[level].en : organLevelLabels[level].zh));
  const fields: Array<{ id: string; label: string; hint: string; value?: string | number; locked?: boolean; validation?: ExcelJS.DataValidation; text?: boolean }> = [
    { id: 'organ.name', label: texts.fields.name, hint: texts.fieldHints.name, value: options.organ?.name },
    {
      id: 'organ.level',
      label: texts.fields.level,
      hint: texts.fieldHints.level,
      value: options.organ?.level ? levelLabels[organLevels.indexOf(options.organ.level)] : undefined,
      validation: { type: 'list', allowBlank: true, formulae: [`"${levelLabels.join(',')}"`], showErrorMessage: true, errorTitle: texts.validation.levelTitle, error: texts.validation.level },
    },
    {
      id: 'organ.creditCode',
      label: texts.fields.creditCode,
      hint: texts.fieldHints.creditCode,
      value: options.organ?.creditCode,
      text: true,
      validation: { type: 'textLength', operator: 'equal', allowBlank: true, formulae: [18], showErrorMessage: true, errorTitle: texts.validation.creditCodeTitle, error: texts.validation.creditCode },
    },
    {
      id: 'organ.divisionCode',
      label: texts.fields.divisionCode,
      hint: texts.fieldHints.divisionCode,
      value: options.organ?.divisionCode,
      text: true,
      validation: { type: 'textLength', operator: 'between', allowBlank: true, formulae: [6, 12], showErrorMessage: true, errorTitle: texts.validation.divisionCodeTitle, error: texts.validation.divisionCode },
    },
    { id: 'contact.person', label: texts.fields.contactPerson, hint: texts.fieldHints.contactPerson, value: options.contact?.person },
    { id: 'contact.phone', label: texts.fields.contactPhone, hint: texts.fieldHints.contactPhone, value: options.contact?.phone, text: true },
    { id: 'year', label: texts.fields.year, hint: '', value: year, locked: true },
    { id: 'format', label: texts.fields.format, hint: '', value: `${form.name}（${form.source}）`, locked: true },
  ];
  fields.forEach((field, index) => {
    const row = 3 + index;
    const label = cover.getCell(row, 1);
    label.value = field.label;
    label.font = { name: FONT, size: 11, bold: true };
    label.alignment = { vertical: 'middle' };
    label.border = BORDER;
    const input = cover.getCell(row, 2);
    if (field.value !== undefined && field.value !== '') input.value = field.value;
    input.font = { name: FONT, size: 11 };
    input.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
    input.border = BORDER;
    if (field.text) input.numFmt = '@';
    if (!field.locked) {
      input.protection = { locked: false };
      input.fill = INPUT_FILL;
    } else {
      input.fill = TOTAL_FILL;
    }
    if (field.validation) input.dataValidation = field.validation;
    const hint = cover.getCell(row, 3);
    hint.value = field.hint || null;
    hint.font = { name: FONT, size: 9, color: { argb: 'FF7F7F7F' } };
    hint.alignment = { vertical: 'middle', wrapText: true };
    cover.getRow(row).height = field.id === 'format' ? 36 : 22;
    if (field.id !== 'year' && field.id !== 'format') meta.push({ kind: 'field', id: field.id, sheet: coverName, address: cellAddress(row - 1, 1) });
    meta.push({ kind: 'label', id: field.id, sheet: coverName, address: cellAddress(row - 1, 0), text: field.label });
  });
  const instructionsTop = 3 + fields.length + 1;
  const instructionsTitle = cover.getCell(instructionsTop, 1);
  instructionsTitle.value = texts.instructionsTitle;
  instructionsTitle.font = { name: FONT, size: 12, bold: true };
  texts.instructions.forEach((line, index) => {
    const row = instructionsTop + 1 + index;
    cover.mergeCells(row, 1, row, 3);
    const cell = cover.getCell(row, 1);
    cell.value = `${index + 1}. ${line}`;
    cell.font = { name: FONT, size: 10.5 };
    cell.alignment = { vertical: 'top', wrapText: true };
    cover.getRow(row).height = 15 * linesNeeded(cell.value as string, 22 + 46 + 34);
  });
  cover.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true };

  // ── Tables ──────────────────────────────────────────────────────────────────────────────
  const totals = totalFormulas(form);
  const totalByKey = new Map(totals.map((total) => [cellKey(total.target), total]));
  const plans: SheetPlan[] = [];
  for (const table of form.tables) {
    const grid = gridOf(table);
    const sheetName = uniqueSheetName(tableName(form, table, locale ?? 'zh-CN'), taken);
    plans.push({ sheetName, table, grid, at: (cell) => ({ row: GRID_TOP + cell.row, column: cell.column }) });
  }
  const positionOf = new Map<string, { sheet: string; row: number; column: number }>();
  for (const plan of plans) {
    for (const cell of plan.grid.cells) if (cell.ref) positionOf.set(cellKey(cell.ref), { sheet: plan.sheetName, ...plan.at(cell) });
  }

  for (const plan of plans) {
    const { table, grid, sheetName } = plan;
    const sheet = workbook.addWorksheet(sheetName);
    meta.push({ kind: 'table', id: table.id, sheet: sheetName, address: cellAddress(GRID_TOP, 0) });
    const widths = columnWidths(table, grid);
    sheet.columns = widths.map((width) => ({ width }));
    const last = grid.columnCount;
    sheet.mergeCells(1, 1, 1, last);
    const heading = sheet.getCell(1, 1);
    heading.value = table.title;
    heading.font = { name: FONT, size: 14, bold: true };
    heading.alignment = { horizontal: 'center', vertical: 'middle' };
    sheet.getRow(1).height = 28;
    sheet.mergeCells(2, 1, 2, last);
    const note = sheet.getCell(2, 1);
    note.value = texts.tableNote;
    note.font = { name: FONT, size: 9, color: { argb: 'FF7F7F7F' } };
    note.alignment = { horizontal: 'right', vertical: 'middle' };

    const rowHeights = new Array<number>(grid.rowCount).fill(20);
    for (const gridCell of grid.cells) {
      const { row, column } = plan.at(gridCell);
      if (gridCell.rowSpan > 1 || gridCell.colSpan > 1) sheet.mergeCells(row + 1, column + 1, row + gridCell.rowSpan, column + gridCell.colSpan);
      const cell = sheet.getCell(row + 1, column + 1);
      styleGridCell(cell, gridCell);
      if (gridCell.kind === 'value' && gridCell.ref) {
        const columnDefinition = table.columns.find((c) => c.id === gridCell.ref!.column)!;
        const total = totalByKey.get(cellKey(gridCell.ref));
        cell.alignment = { vertical: 'middle', horizontal: 'right' };
        cell.numFmt = columnDefinition.kind === 'amount' ? '0.00####' : '0';
        if (total) {
          const ranges = formulaRanges(total.terms.map((term) => positionOf.get(cellKey(term))!).filter((p) => p && p.sheet === sheetName));
          cell.value = { formula: totalFormulaText(ranges) } as ExcelJS.CellFormulaValue;
          cell.fill = TOTAL_FILL;
        } else {
          cell.protection = { locked: false };
          cell.fill = INPUT_FILL;
          cell.dataValidation = validationFor(columnDefinition.kind, texts);
        }
      } else if (gridCell.kind === 'empty') {
        cell.fill = EMPTY_FILL;
      } else {
        cell.value = gridCell.text;
      }
      if (gridCell.text) {
        const width = widths.slice(gridCell.column, gridCell.column + gridCell.colSpan).reduce((a, b) => a + b, 0);
        const needed = linesNeeded(gridCell.text, width) * 14 + 6;
        const perRow = needed / gridCell.rowSpan;
        for (let r = gridCell.row; r < gridCell.row + gridCell.rowSpan; r++) rowHeights[r] = Math.max(rowHeights[r], Math.min(perRow, 120));
      }
    }
    rowHeights.forEach((height, index) => (sheet.getRow(GRID_TOP + index + 1).height = Math.ceil(height)));
    let after = GRID_TOP + grid.rowCount + 2;
    for (const line of table.notes ?? []) {
      sheet.mergeCells(after, 1, after, last);
      const cell = sheet.getCell(after, 1);
      cell.value = line;
      cell.font = { name: FONT, size: 9 };
      cell.alignment = { wrapText: true, vertical: 'top' };
      after += 1;
    }
    const wide = widths.reduce((a, b) => a + b, 0) > 90;
    sheet.pageSetup = {
      paperSize: 9,
      orientation: wide ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      // One page per table; a longer plugin table may take more.
      fitToHeight: grid.rowCount > 40 ? 0 : 1,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    if (grid.headerRows > 0) sheet.pageSetup.printTitlesRow = `${GRID_TOP + 1}:${GRID_TOP + grid.headerRows}`;
    sheet.headerFooter.oddFooter = '&C— &P —';
    sheet.views = [{ state: 'frozen', ySplit: GRID_TOP + grid.headerRows, xSplit: 0 }];
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }

  // ── Narrative ───────────────────────────────────────────────────────────────────────────
  const narrativeName = uniqueSheetName(texts.narrativeSheet, taken);
  const narrative = workbook.addWorksheet(narrativeName);
  narrative.columns = [{ width: 26 }, { width: 80 }, { width: 30 }];
  texts.narrativeHeader.forEach((text, index) => {
    const cell = narrative.getCell(1, index + 1);
    cell.value = text;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = BORDER;
  });
  form.sections.forEach((section, index) => {
    const row = 2 + index;
    const label = narrative.getCell(row, 1);
    label.value = section.title;
    label.font = { name: FONT, size: 11, bold: true };
    label.alignment = { vertical: 'top', wrapText: true };
    label.border = BORDER;
    const input = narrative.getCell(row, 2);
    input.protection = { locked: false };
    input.fill = INPUT_FILL;
    input.alignment = { vertical: 'top', wrapText: true };
    input.font = { name: FONT, size: 11 };
    input.border = BORDER;
    const hint = narrative.getCell(row, 3);
    hint.value = section.tableId ? texts.tableSectionHint : (section.hint ?? null);
    hint.font = { name: FONT, size: 9, color: { argb: 'FF7F7F7F' } };
    hint.alignment = { vertical: 'top', wrapText: true };
    hint.border = BORDER;
    narrative.getRow(row).height = section.tableId ? 48 : 160;
    meta.push({ kind: 'section', id: section.id, sheet: narrativeName, address: cellAddress(row - 1, 1) });
    meta.push({ kind: 'label', id: section.id, sheet: narrativeName, address: cellAddress(row - 1, 0), text: section.title });
  });
  narrative.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await narrative.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  await cover.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  // ── Metadata ────────────────────────────────────────────────────────────────────────────
  const metaSheet = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  for (const row of meta) metaSheet.addRow(metaRowValues(row));

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
