import { getCell, type AggregateResult, type Locale } from '@report/core';
import { columnLetters } from '../xlsx/cell-address.js';
import { pick } from '../locale.js';
import { headerGrid, headerRowHeights } from './header-grid.js';
import { inputText } from './input-text.js';
import { memberValues } from './member-values.js';
import { landscapePage } from './page-layout.js';
import type { TableSheetPlan } from './table-sheets.js';
import type { StreamingWorkbook } from './xlsx/streaming-workbook.js';
import { cellStyle } from './xlsx/styles.js';

/** 序号, 单位名称, 文件: the columns before the figures. */
const FIXED_WIDTHS = [6, 22, 18];
const VALUE_WIDTH = 8;
/** Points: the title row, and a member's row (the sheets' default height). */
const TITLE_HEIGHT = 24;
const ROW_HEIGHT = 15;

export interface TableSheetContext {
  result: AggregateResult;
  locale: Locale | undefined;
  /** The page footer (sheet name, page numbers). */
  footer: string;
  /** Each member's name and file as shown (see `memberTexts`), made once for all the sheets. */
  members: ReadonlyArray<{ name: string; file: string }>;
}

/** The members' names and files as cells show them. */
export function memberTexts(result: AggregateResult): Array<{ name: string; file: string }> {
  return (result.report.members ?? []).map((member) => ({ name: inputText(member.organ.name), file: inputText(member.file) }));
}

/**
 * One table sheet: the title, the merged official header, a row per member with its figures as
 * plain values, and the total row, where each total is a live `SUM` over the members' cells above
 * it with the aggregate's number as its cached result (so a viewer that does not recalculate shows
 * it too). A cell no member filled has no number in the aggregate, and its total stays blank.
 */
export async function writeTableSheet(workbook: StreamingWorkbook, plan: TableSheetPlan, context: TableSheetContext): Promise<void> {
  const { result, locale, members } = context;
  const t = (zh: string, en: string) => pick(locale, zh, en);
  const { report } = result;
  const fixed = [t('序号', 'No.'), t('单位名称', 'Organ'), t('文件', 'File')];
  const widths = [...FIXED_WIDTHS, ...plan.columns.map(() => VALUE_WIDTH)];
  const last = widths.length - 1;
  const header = headerGrid(plan.columns.map((column) => column.path));
  const headerTop = 1;
  const firstMember = headerTop + header.depth;
  const heights = headerRowHeights(header, widths.slice(fixed.length));
  const height = TITLE_HEIGHT + heights.reduce((sum, row) => sum + row, 0) + ROW_HEIGHT * (members.length + 1);
  const sheet = await workbook.addSheet({
    name: plan.name,
    columnWidths: widths,
    frozen: { rows: firstMember, columns: fixed.length },
    autoFilter: { top: firstMember - 1, left: 0, bottom: firstMember - 1 + members.length, right: last },
    page: landscapePage(widths, height, { titleRows: [headerTop + 1, firstMember], titleColumns: [1, fixed.length], footer: context.footer }),
  });

  const part = plan.part.length ? t(`：${plan.part.join(' / ')}`, `: ${plan.part.join(' / ')}`) : '';
  sheet.startRow(TITLE_HEIGHT);
  sheet.string(0, `${inputText(report.organ.name)}${report.year}${t('年', ' ')}${plan.table.title}${t('（汇总）', ' (summary)')}${part}`, cellStyle.title);
  await sheet.endRow();
  sheet.merge({ top: 0, left: 0, bottom: 0, right: last });

  for (let level = 0; level < header.depth; level++) {
    sheet.startRow(heights[level]);
    const starts = new Map(header.cells.filter((cell) => cell.row === level).map((cell) => [cell.column + fixed.length, cell.text]));
    for (let column = 0; column <= last; column++) {
      const text = level === 0 && column < fixed.length ? fixed[column] : starts.get(column);
      if (text === undefined) sheet.blank(column, cellStyle.header);
      else sheet.string(column, text, cellStyle.header);
    }
    await sheet.endRow();
  }
  if (header.depth > 1) fixed.forEach((_, column) => sheet.merge({ top: headerTop, left: column, bottom: firstMember - 1, right: column }));
  for (const cell of header.cells) {
    if (cell.rowSpan > 1 || cell.colSpan > 1) {
      const left = fixed.length + cell.column;
      sheet.merge({ top: headerTop + cell.row, left, bottom: headerTop + cell.row + cell.rowSpan - 1, right: left + cell.colSpan - 1 });
    }
  }

  const values = memberValues(result, plan.columns.map((column) => column.ref));
  for (const [index, member] of members.entries()) {
    sheet.startRow();
    sheet.number(0, index + 1, cellStyle.number);
    sheet.string(1, member.name, cellStyle.text);
    sheet.string(2, member.file, cellStyle.text);
    for (let cell = 0; cell < plan.columns.length; cell++) {
      const value = values.value(index, cell);
      if (value === null) sheet.blank(fixed.length + cell, cellStyle.number);
      else sheet.number(fixed.length + cell, value, cellStyle.number);
    }
    await sheet.endRow();
  }

  sheet.startRow();
  sheet.blank(0, cellStyle.totalText);
  sheet.string(1, t('合计', 'Total'), cellStyle.totalText);
  sheet.string(2, t(`${members.length} 个单位`, `${members.length} organs`), cellStyle.totalText);
  plan.columns.forEach((column, cell) => {
    const total = getCell(report, column.ref);
    const letters = columnLetters(fixed.length + cell);
    if (total === null || members.length === 0) sheet.blank(fixed.length + cell, cellStyle.totalNumber);
    else sheet.formula(fixed.length + cell, `SUM(${letters}${firstMember + 1}:${letters}${firstMember + members.length})`, total, cellStyle.totalNumber);
  });
  await sheet.endRow();
}
