import type { CellRef, ColumnDefinition, FormDefinition, Locale, RowDefinition, TableDefinition } from '@report/core';
import { columnLabel, tableCells, tableName } from '@report/core/plugin';
import { pick } from '../locale.js';
import { uniqueSheetName } from '../template/sheet-names.js';

/** A value column of a summary sheet: the cell it shows and its header labels, outermost first. */
export interface SummaryColumn {
  ref: CellRef;
  path: string[];
}

/** One sheet of a table's summary: a row per member, a column per cell, the totals below. */
export interface TableSheetPlan {
  table: TableDefinition;
  /** The tab's name (unique in the workbook). */
  name: string;
  /** The table's official columns this sheet is limited to, as a label path (`申请人情况 / 自然人`); empty when it shows every cell. */
  part: string[];
  columns: SummaryColumn[];
}

/**
 * The most value columns one sheet takes before its table is split into a sheet per column of the
 * table: 表三 (25 rows × 7 columns) becomes seven sheets of 25 columns that print on one page
 * width each, instead of one sheet of 175 that printed on some 45 pages. 表二 (10) and 表四 (15)
 * stay whole, as does a province's small table.
 */
export const MAX_VALUE_COLUMNS = 40;

function rowPath(table: TableDefinition, row: RowDefinition): string[] {
  const caption = table.layout.type === 'blocks' ? table.layout.blocks.find((block) => block.id === row.block)?.caption : undefined;
  return [...(caption ? [caption] : []), ...(row.labelPath ?? []), row.label];
}

const columnPath = (column: ColumnDefinition) => [...(column.headerPath ?? []), column.label];

/**
 * The sheets of each table of the form, in the form's order: a table of up to
 * {@link MAX_VALUE_COLUMNS} cells on one sheet (headers: the row's labels over the column's),
 * a larger one on a sheet per table column (headers: the row's labels; the column in the title
 * and the tab's name). Derived from the form alone, so a plugin's table is summarised too.
 */
export function tableSheetPlans(form: FormDefinition, locale: Locale | undefined, taken: Set<string>): TableSheetPlan[] {
  const t = (zh: string, en: string) => pick(locale, zh, en);
  return form.tables.flatMap((table): TableSheetPlan[] => {
    const rows = new Map(table.rows.map((row) => [row.id, row]));
    const columns = new Map(table.columns.map((column) => [column.id, column]));
    const cells = tableCells(table);
    const base = `${tableName(form, table, locale ?? 'zh-CN')}${t('汇总', ' summary')}`;
    if (cells.length <= MAX_VALUE_COLUMNS || table.columns.length === 1) {
      const summaryColumns = cells.map(({ row, column }) => ({
        ref: { table: table.id, row, column },
        path: [...rowPath(table, rows.get(row)!), ...columnPath(columns.get(column)!)],
      }));
      return [{ table, name: uniqueSheetName(base, taken), part: [], columns: summaryColumns }];
    }
    return table.columns.map((column) => ({
      table,
      name: uniqueSheetName(t(`${base}（${columnLabel(table, column.id).replaceAll('/', '·')}）`, `${tableName(form, table, 'en')} ${column.labelEn ?? column.id}`), taken),
      part: columnPath(column),
      columns: cells.filter((cell) => cell.column === column.id).map(({ row }) => ({ ref: { table: table.id, row, column: column.id }, path: rowPath(table, rows.get(row)!) })),
    }));
  });
}
