import type { Locale } from '../diagnostics/types.js';
import type { FormDefinition, LocalizedText } from '../forms/types.js';
import { cellKey, type CellRef, type CellValue, type ReportTables } from '../model/report.js';
import { tableCells } from '../forms/registry.js';
import { sumExact } from '../numbers.js';
import { cellLabel, rowLabel, tableName } from '../rules/labels.js';
import { planConversion, type ReasonDetail, type UnmappedReason } from './plan-conversion.js';

/** A filled cell of the source form that has no exact place in the target form. */
export interface UnmappedCell {
  /** `table/row/column` in the source form. */
  key: string;
  ref: CellRef;
  /** Its official label in the source form (`表二 / 其他对外管理服务事项 / 处理决定数量`). */
  label: string;
  value: number;
  reason: UnmappedReason;
  /** Why, in words (the locale's). */
  explanation: string;
}

/** A cell of the target form that nothing in the source form gives: not filled after converting. */
export interface UnfilledCell {
  key: string;
  ref: CellRef;
  /** Its official label in the target form. */
  label: string;
}

export interface TablesConversion {
  tables: ReportTables;
  unmapped: UnmappedCell[];
  unfilled: UnfilledCell[];
  /** For each target cell written, the source cells it came from (`table/row/column` keys). */
  sources: Record<string, string[]>;
}

function explanation(reason: UnmappedReason, detail: ReasonDetail, from: FormDefinition, to: FormDefinition, column: string): LocalizedText {
  const format = to.name;
  const table = { zh: tableName(from, detail.table, 'zh-CN'), en: tableName(from, detail.table, 'en') };
  const row = rowLabel(detail.table, detail.row.id);
  const columnText = detail.table.columns.find((c) => c.id === column)?.label ?? column;
  const others = (detail.others ?? []).map((other) => `“${other.label}”`).join('、');
  switch (reason) {
    case 'table-not-in-format':
      return { zh: `《${format}》没有${table.zh}`, en: `《${format}》 has no ${table.en}` };
    case 'row-not-in-format':
      return { zh: `《${format}》的${table.zh}没有“${row}”行`, en: `${table.en} of 《${format}》 has no row “${row}”` };
    case 'column-not-in-row':
      return { zh: `《${format}》${table.zh}的“${row}”行没有“${columnText}”列，口径不同`, en: `the row “${row}” of ${table.en} in 《${format}》 has no column “${columnText}”; the figures are not comparable` };
    case 'kind-differs':
      return { zh: `《${format}》中该单元格记录的是另一种数值`, en: `the cell holds another kind of figure in 《${format}》` };
    case 'cannot-split':
      return {
        zh: `《${format}》把“${row}”分为${detail.others?.length ?? 0}项（${others}），不能拆分（只有 0 可以拆分）`,
        en: `《${format}》 splits “${row}” into ${detail.others?.length ?? 0} rows (${others}); it cannot be split (only 0 can)`,
      };
    case 'parts-not-filled':
      return { zh: `《${format}》的对应行由${others}相加，其中有未填写的，不能求和`, en: `the row of 《${format}》 is the sum of ${others}, some of which are not filled` };
  }
}

/**
 * Converts the tables of a report of `from` into those of `to` with `planConversion`: every
 * exact derivation applied, every filled source cell that has no exact place listed in
 * `unmapped` (with its label, value and why), every target cell nothing gives listed in
 * `unfilled`. Only `tableIds` (default: all) are converted; the others are left out.
 */
export function convertTables(tables: ReportTables, from: FormDefinition, to: FormDefinition, options: { locale?: Locale; tableIds?: readonly string[] } = {}): TablesConversion {
  const locale = options.locale ?? 'zh-CN';
  const only = options.tableIds ? new Set(options.tableIds) : undefined;
  const inScope = (cell: CellRef) => !only || only.has(cell.table);
  const plan = planConversion(from, to);
  const read = (cell: CellRef): CellValue => {
    const value = tables[cell.table]?.[cell.row]?.[cell.column];
    return typeof value === 'number' ? value : null;
  };
  const result: TablesConversion = { tables: {}, unmapped: [], unfilled: [], sources: {} };
  const write = (cell: CellRef, value: CellValue, origins: CellRef[]) => {
    ((result.tables[cell.table] ??= {})[cell.row] ??= {})[cell.column] = value;
    if (value !== null) result.sources[cellKey(cell)] = origins.map(cellKey);
  };
  const unmapped = (cell: CellRef, reason: UnmappedReason, detail: ReasonDetail) => {
    const value = read(cell);
    if (value === null) return;
    const text = explanation(reason, detail, from, to, cell.column);
    result.unmapped.push({ key: cellKey(cell), ref: cell, label: cellLabel(from, detail.table, cell.row, cell.column, locale), value, reason, explanation: locale === 'en' ? text.en : text.zh });
  };
  const tableOf = (id: string) => from.tables.find((t) => t.id === id)!;
  const rowOf = (cell: CellRef) => tableOf(cell.table).rows.find((r) => r.id === cell.row)!;

  for (const derivation of plan.derivations) {
    if (derivation.kind === 'copy') {
      if (inScope(derivation.source)) write(derivation.target, read(derivation.source), [derivation.source]);
    } else if (derivation.kind === 'split') {
      if (!inScope(derivation.source)) continue;
      const value = read(derivation.source);
      if (value === null || value === 0) for (const target of derivation.targets) write(target, value, [derivation.source]);
      else {
        const targetTable = to.tables.find((t) => t.id === derivation.targets[0].table)!;
        const others = derivation.targets.map((target) => targetTable.rows.find((r) => r.id === target.row)!);
        unmapped(derivation.source, 'cannot-split', { table: tableOf(derivation.source.table), row: rowOf(derivation.source), others });
        for (const target of derivation.targets) write(target, null, []);
      }
    } else {
      if (!inScope(derivation.sources[0])) continue;
      const values = derivation.sources.map(read);
      if (values.every((value) => value === null)) write(derivation.target, null, []);
      else if (values.every((value) => value !== null)) write(derivation.target, sumExact(values as number[]), derivation.sources);
      else {
        const others = derivation.sources.map(rowOf);
        for (const source of derivation.sources) unmapped(source, 'parts-not-filled', { table: tableOf(source.table), row: rowOf(source), others });
        write(derivation.target, null, []);
      }
    }
  }
  for (const { source, reason, detail } of plan.unmappable) if (inScope(source)) unmapped(source, reason, detail);
  // In the source form's printed order.
  const order = new Map(from.tables.flatMap((table) => tableCells(table).map((cell) => cellKey({ table: table.id, ...cell }))).map((key, index) => [key, index]));
  result.unmapped.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  for (const cell of plan.unfilled) {
    if (only && !only.has(cell.table)) continue;
    write(cell, null, []);
    const table = to.tables.find((t) => t.id === cell.table)!;
    result.unfilled.push({ key: cellKey(cell), ref: cell, label: cellLabel(to, table, cell.row, cell.column, locale) });
  }
  return result;
}
