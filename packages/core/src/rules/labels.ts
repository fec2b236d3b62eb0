import type { Locale } from '../diagnostics/types.js';
import type { FormDefinition, TableDefinition } from '../forms/types.js';

/** `表三` for the table printed in section 三 (`Table III` in English). */
export function tableName(form: FormDefinition, table: TableDefinition, locale: Locale): string {
  const section = form.sections.find((s) => s.tableId === table.id || s.id === table.sectionId);
  const number = section?.number;
  if (locale === 'en') {
    const roman: Record<string, string> = { 一: 'I', 二: 'II', 三: 'III', 四: 'IV', 五: 'V', 六: 'VI', 七: 'VII' };
    return number ? `Table ${roman[number] ?? number}` : `Table ${table.id}`;
  }
  return number ? `表${number}` : table.title;
}

/** Full official label of a row: its category path and own label (`（三）不予公开 1.属于国家秘密`). */
export function rowLabel(table: TableDefinition, rowId: string): string {
  const row = table.rows.find((r) => r.id === rowId);
  if (!row) return rowId;
  const inner = (row.labelPath ?? []).filter((part) => !part.startsWith('三、本年度办理结果'));
  return [...inner, row.label].join(' ');
}

export function columnLabel(table: TableDefinition, columnId: string): string {
  const column = table.columns.find((c) => c.id === columnId);
  if (!column) return columnId;
  const path = (column.headerPath ?? []).filter((part) => part !== '申请人情况');
  return [...path, column.label].join('/');
}

/** `表三 / 一、本年新收政府信息公开申请数量 / 自然人`. */
export function cellLabel(form: FormDefinition, table: TableDefinition, rowId: string | undefined, columnId: string | undefined, locale: Locale): string {
  return [tableName(form, table, locale), rowId ? rowLabel(table, rowId) : undefined, columnId ? columnLabel(table, columnId) : undefined]
    .filter(Boolean)
    .join(' / ');
}
