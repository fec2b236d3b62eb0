import type ExcelJS from 'exceljs';
import { cellContributions, cellKey, getForm, type AggregateResult, type Diagnostic, type FormDefinition, type Locale, type Roster, type SubmissionOutcome } from '@report/core';
import { columnLabel, rowLabel, tableCells, tableName } from '@report/core/plugin';
import { pick } from '../locale.js';
import { uniqueSheetName } from '../template/sheet-names.js';

export interface SummaryWorkbookOptions {
  locale?: Locale;
  /** The roster aggregated against, to name missing members (otherwise their ids are shown). */
  roster?: Roster;
  /** Forms besides the built-in ones (plugins). */
  forms?: readonly FormDefinition[];
}

const FONT = '宋体';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Text from a township's file, always as a string cell: exceljs writes strings as shared strings,
 * never as formulas, so `=HYPERLINK(…)`, `+1`, `-2` or `@SUM(…)` stay the text they are.
 */
function text(value: string | undefined): ExcelJS.CellValue {
  return value === undefined || value === '' ? null : value;
}

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { name: FONT, size: 10, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
}

function statusLabel(status: string, locale: Locale | undefined): string {
  const labels: Record<string, [string, string]> = {
    accepted: ['已采用', 'accepted'],
    rejected: ['退回', 'rejected'],
    duplicate: ['重复', 'duplicate'],
    unexpected: ['不在名册', 'not on the roster'],
    excluded: ['未计入', 'excluded'],
    missing: ['未报送', 'missing'],
  };
  const [zh, en] = labels[status] ?? [status, status];
  return pick(locale, zh, en);
}

function severityLabel(severity: Diagnostic['severity'], locale: Locale | undefined): string {
  return severity === 'error' ? pick(locale, '错误', 'error') : severity === 'warning' ? pick(locale, '警告', 'warning') : pick(locale, '提示', 'info');
}

/**
 * The county's summary workbook: one sheet per table with a row per member organ and the total
 * row, a completeness sheet (expected, received, missing, rejected, duplicate, late…) and a
 * diagnostics sheet (file, sheet, cell, severity, message…) with filters, so staff can sort and
 * filter. Text from townships' files is written as text, never as a formula.
 */
export async function writeSummaryWorkbook(result: AggregateResult, options: SummaryWorkbookOptions = {}): Promise<Uint8Array> {
  const { locale } = options;
  const t = (zh: string, en: string) => pick(locale, zh, en);
  const { report, completeness } = result;
  const form = getForm(report.format, options.forms);
  const members = report.members ?? [];
  // exceljs loads here, not when the package is imported: reading workbooks never needs it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = '@report/excel-import';
  const taken = new Set<string>();

  for (const table of form.tables) {
    const sheet = workbook.addWorksheet(uniqueSheetName(`${tableName(form, table, locale ?? 'zh-CN')}${t('汇总', ' summary')}`, taken));
    const cells = tableCells(table);
    const fixed = [t('序号', 'No.'), t('机关名称', 'Organ'), t('文件', 'File')];
    sheet.columns = [{ width: 6 }, { width: 26 }, { width: 24 }, ...cells.map(() => ({ width: 12 }))];
    sheet.mergeCells(1, 1, 1, fixed.length + cells.length);
    const title = sheet.getCell(1, 1);
    title.value = `${report.organ.name}${report.year}${t('年', ' ')}${table.title}${t('（汇总）', ' (summary)')}`;
    title.font = { name: FONT, size: 14, bold: true };
    title.alignment = { horizontal: 'left', vertical: 'middle' };
    // Header: the row label over its cells, the column label under it.
    const rowHeader = sheet.getRow(2);
    const columnHeader = sheet.getRow(3);
    fixed.forEach((label, index) => {
      rowHeader.getCell(index + 1).value = label;
      sheet.mergeCells(2, index + 1, 3, index + 1);
    });
    let start = 0;
    while (start < cells.length) {
      let end = start;
      while (end + 1 < cells.length && cells[end + 1].row === cells[start].row) end += 1;
      const first = fixed.length + start + 1;
      rowHeader.getCell(first).value = rowLabel(table, cells[start].row);
      if (end > start) sheet.mergeCells(2, first, 2, fixed.length + end + 1);
      for (let i = start; i <= end; i++) columnHeader.getCell(fixed.length + i + 1).value = columnLabel(table, cells[i].column);
      start = end + 1;
    }
    styleHeader(rowHeader);
    styleHeader(columnHeader);
    rowHeader.height = 48;
    columnHeader.height = 36;
    const byMember = cells.map(({ row, column }) => {
      const values = new Map<number, number>();
      for (const part of cellContributions(report, cellKey({ table: table.id, row, column }))) values.set(part.member, part.value);
      return values;
    });
    members.forEach((member, index) => {
      const row = sheet.addRow([index + 1, text(member.organ.name), text(member.file), ...byMember.map((values) => values.get(index) ?? null)]);
      row.eachCell({ includeEmpty: true }, (cell) => (cell.border = BORDER));
    });
    const total = sheet.addRow([null, t('合计', 'Total'), t(`${members.length} 个单位`, `${members.length} organs`), ...cells.map(({ row, column }) => report.tables[table.id]?.[row]?.[column] ?? null)]);
    total.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: FONT, size: 10, bold: true };
      cell.fill = TOTAL_FILL;
      cell.border = BORDER;
    });
    sheet.views = [{ state: 'frozen', xSplit: fixed.length, ySplit: 3 }];
    sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + members.length, column: fixed.length + cells.length } };
    // Wide sheets print across pages, each repeating the organ columns and the header rows.
    sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: cells.length <= 20, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:3', printTitlesColumn: 'A:C' };
  }

  // ── Completeness ────────────────────────────────────────────────────────────────────────
  const names = new Map((options.roster?.entries ?? []).map((entry) => [entry.id, entry.name]));
  const complete = workbook.addWorksheet(uniqueSheetName(t('报送情况', 'Completeness'), taken));
  complete.columns = [{ width: 26 }, { width: 12 }, { width: 30 }, { width: 8 }, { width: 8 }, { width: 8 }, { width: 70 }];
  const summary: Array<[string, number]> = [
    [t('应报单位', 'Expected'), completeness.expected.length],
    [t('已报送', 'Received'), completeness.received.length],
    [t('未报送', 'Missing'), completeness.missing.length],
    [t('已采用', 'Accepted'), completeness.accepted.length],
    [t('退回', 'Rejected'), completeness.rejected.length],
    [t('重复', 'Duplicate'), completeness.duplicate.length],
    [t('逾期', 'Late'), completeness.late.length],
    [t('不在名册', 'Not on the roster'), completeness.unexpected.length],
    [t('未计入', 'Excluded'), completeness.excluded.length],
  ];
  const heading = complete.getCell(1, 1);
  heading.value = `${report.organ.name}${report.year}${t('年度报告报送情况', ' submissions')}`;
  heading.font = { name: FONT, size: 14, bold: true };
  summary.forEach(([label, count], index) => {
    const row = complete.getRow(2 + index);
    row.getCell(1).value = label;
    row.getCell(1).font = { name: FONT, size: 10, bold: true };
    row.getCell(2).value = count;
    row.getCell(1).border = BORDER;
    row.getCell(2).border = BORDER;
  });
  const listTop = 2 + summary.length + 1;
  const header = complete.getRow(listTop);
  header.values = [t('机关', 'Organ'), t('状态', 'Status'), t('文件', 'File'), t('逾期', 'Late'), t('错误', 'Errors'), t('警告', 'Warnings'), t('原因', 'Reasons')];
  styleHeader(header);
  const outcomeRow = (outcome: SubmissionOutcome) => [
    text(outcome.organ),
    statusLabel(outcome.status, locale),
    text(outcome.file),
    outcome.late ? t('是', 'yes') : '',
    outcome.errorCount,
    outcome.warningCount,
    text(outcome.reasons.join(t('；', '; '))),
  ];
  for (const outcome of result.outcomes) complete.addRow(outcomeRow(outcome));
  for (const id of completeness.missing) complete.addRow([text(names.get(id) ?? id), statusLabel('missing', locale), null, '', null, null, null]);
  const listBottom = complete.rowCount;
  for (let r = listTop + 1; r <= listBottom; r++) complete.getRow(r).eachCell({ includeEmpty: true }, (cell) => ((cell.border = BORDER), (cell.alignment = { wrapText: true, vertical: 'top' })));
  complete.autoFilter = { from: { row: listTop, column: 1 }, to: { row: listBottom, column: 7 } };
  complete.views = [{ state: 'frozen', ySplit: listTop, xSplit: 0 }];
  complete.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

  // ── Diagnostics ─────────────────────────────────────────────────────────────────────────
  const problems = workbook.addWorksheet(uniqueSheetName(t('问题清单', 'Diagnostics'), taken));
  problems.columns = [
    { header: t('文件', 'File'), width: 26 },
    { header: t('机关', 'Organ'), width: 22 },
    { header: t('工作表', 'Sheet'), width: 12 },
    { header: t('单元格', 'Cell'), width: 8 },
    { header: t('级别', 'Severity'), width: 8 },
    { header: t('代码', 'Code'), width: 24 },
    { header: t('位置', 'Where'), width: 36 },
    { header: t('说明', 'Message'), width: 70 },
    { header: t('处理建议', 'How to fix'), width: 50 },
  ];
  styleHeader(problems.getRow(1));
  for (const diagnostic of result.diagnostics) {
    const { location } = diagnostic;
    const row = problems.addRow([
      text(location.file),
      text(location.organ),
      text(location.sheet),
      text(location.cell),
      severityLabel(diagnostic.severity, locale),
      diagnostic.code,
      text(location.label ?? [location.table, location.row, location.column].filter(Boolean).join('/')),
      text(diagnostic.message),
      text(diagnostic.help),
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (diagnostic.severity === 'error') row.getCell(5).font = { color: { argb: 'FFC00000' }, bold: true };
  }
  problems.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, problems.rowCount), column: 9 } };
  problems.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  problems.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
