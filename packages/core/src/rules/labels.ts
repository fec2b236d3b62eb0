import type { Locale } from '../diagnostics/types.js';
import type { FormDefinition, TableDefinition } from '../forms/types.js';
import { tableIndex } from './form-index.js';

/**
 * Labels depend only on the form (which is not changed once made): each is worked out once per
 * form or table definition and kept (messages of tens of thousands of reports name the same rows).
 */
const tableNames = new WeakMap<FormDefinition, WeakMap<TableDefinition, { zh: string; en: string }>>();
const rowLabels = new WeakMap<TableDefinition, Map<string, string>>();
const columnLabels = new WeakMap<TableDefinition, Map<string, string>>();

const roman: Record<string, string> = { 一: 'I', 二: 'II', 三: 'III', 四: 'IV', 五: 'V', 六: 'VI', 七: 'VII' };

/** `表三` for the table printed in section 三 (`Table III` in English). */
export function tableName(form: FormDefinition, table: TableDefinition, locale: Locale): string {
  let byTable = tableNames.get(form);
  if (!byTable) tableNames.set(form, (byTable = new WeakMap()));
  let names = byTable.get(table);
  if (!names) {
    const section = form.sections.find((s) => s.tableId === table.id || s.id === table.sectionId);
    const number = section?.number;
    names = { zh: number ? `表${number}` : table.title, en: number ? `Table ${roman[number] ?? number}` : `Table ${table.id}` };
    byTable.set(table, names);
  }
  return locale === 'en' ? names.en : names.zh;
}

/** Full official label of a row: its category path and own label (`（三）不予公开 1.属于国家秘密`). */
export function rowLabel(table: TableDefinition, rowId: string): string {
  const row = tableIndex(table).rowById.get(rowId)?.row;
  if (!row) return rowId; // an id the form lacks (a report's): not kept
  let labels = rowLabels.get(table);
  if (!labels) rowLabels.set(table, (labels = new Map()));
  let label = labels.get(rowId);
  if (label === undefined) {
    const inner = (row.labelPath ?? []).filter((part) => !part.startsWith('三、本年度办理结果'));
    labels.set(rowId, (label = [...inner, row.label].join(' ')));
  }
  return label;
}

export function columnLabel(table: TableDefinition, columnId: string): string {
  const column = tableIndex(table).columnById.get(columnId);
  if (!column) return columnId;
  let labels = columnLabels.get(table);
  if (!labels) columnLabels.set(table, (labels = new Map()));
  let label = labels.get(columnId);
  if (label === undefined) {
    const path = (column.headerPath ?? []).filter((part) => part !== '申请人情况');
    labels.set(columnId, (label = [...path, column.label].join('/')));
  }
  return label;
}

/** `表三 / 一、本年新收政府信息公开申请数量 / 自然人`. */
export function cellLabel(form: FormDefinition, table: TableDefinition, rowId: string | undefined, columnId: string | undefined, locale: Locale): string {
  return [tableName(form, table, locale), rowId ? rowLabel(table, rowId) : undefined, columnId ? columnLabel(table, columnId) : undefined]
    .filter(Boolean)
    .join(' / ');
}
