import { ReportError } from '../errors.js';
import { gov2019 } from './gov-2019.js';
import { gov2021 } from './gov-2021.js';
import { narrativeRules } from '../rules/narrative-rules.js';
import { legacyBase } from './legacy.js';
import type { FormDefinition, FormId, TableDefinition } from './types.js';

/** The built-in forms, by id. */
export const forms: Readonly<Record<'gov-2021' | 'gov-2019' | 'legacy', FormDefinition>> = Object.freeze({
  'gov-2021': gov2021,
  'gov-2019': gov2019,
  legacy: { ...legacyBase, rules: [...legacyBase.rules, ...narrativeRules] },
});

/** A built-in form by id, or from `extra` (e.g. forms added by plugins). Throws on an unknown id. */
export function getForm(id: FormId, extra: readonly FormDefinition[] = []): FormDefinition {
  const found = extra.find((form) => form.id === id) ?? (forms as Record<string, FormDefinition>)[id];
  if (!found) {
    throw new ReportError('unknown-form', `未知的报告格式：${id}（可用：${[...Object.keys(forms), ...extra.map((f) => f.id)].join('、')}）`);
  }
  return found;
}

/** The national table format for a report year: `gov-2019` for 2019–2020, `gov-2021` from 2021 (spec §0). */
export function formForYear(year: number): 'gov-2019' | 'gov-2021' | undefined {
  if (year >= 2021) return 'gov-2021';
  if (year >= 2019) return 'gov-2019';
  return undefined;
}

export function getTable(form: FormDefinition, tableId: string): TableDefinition {
  const table = form.tables.find((t) => t.id === tableId);
  if (!table) throw new ReportError('unknown-table', `格式 ${form.id} 中没有表格 ${tableId}`);
  return table;
}

/** Column ids a row has. */
export function rowColumns(table: TableDefinition, rowId: string): string[] {
  const row = table.rows.find((r) => r.id === rowId);
  if (!row) return [];
  return row.columns ?? table.columns.map((c) => c.id);
}

/** Every cell of a table as `{ row, column }` pairs, in printed order. */
export function tableCells(table: TableDefinition): Array<{ row: string; column: string }> {
  return table.rows.flatMap((row) => (row.columns ?? table.columns.map((c) => c.id)).map((column) => ({ row: row.id, column })));
}
