import { createDiagnostic, type MessageOptions } from '../diagnostics/create.js';
import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';
import type { FormDefinition, LocalizedText } from '../forms/types.js';
import type { CellRef, CellSource } from '../model/report.js';
import { formatNumber } from '../numbers.js';
import { columnLabel, rowLabel, tableName } from '../rules/labels.js';
import type { UnfilledCell, UnmappedCell } from './convert-tables.js';

const SHOWN = 8;

/** `规章 / 本年新制作数量 3、规范性文件 / 本年新公开数量 5…（共 19 个）`. */
function cellList(items: ReadonlyArray<{ ref: CellRef; value?: number }>, form: FormDefinition): LocalizedText {
  const text = (item: { ref: CellRef; value?: number }) => {
    const table = form.tables.find((t) => t.id === item.ref.table)!;
    return `${rowLabel(table, item.ref.row)} / ${columnLabel(table, item.ref.column)}${item.value === undefined ? '' : ` ${formatNumber(item.value)}`}`;
  };
  const shown = items.slice(0, SHOWN).map(text);
  const more = items.length > SHOWN;
  return {
    zh: `${shown.join('、')}${more ? `…（共 ${items.length} 个）` : ''}`,
    en: `${shown.join(', ')}${more ? `… (${items.length} in all)` : ''}`,
  };
}

function byTable<T extends { ref: CellRef }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) (groups.get(item.ref.table) ?? groups.set(item.ref.table, []).get(item.ref.table)!).push(item);
  return groups;
}

/**
 * The diagnostics of a conversion, one per table: `convert-cells-unmapped` (a warning: figures
 * not carried over, with their labels and values) and `convert-cells-unfilled` (an info: target
 * cells nothing gave). `sources` places the first unmapped cell in its workbook, when known.
 */
export function conversionDiagnostics(
  conversion: { unmapped: readonly UnmappedCell[]; unfilled?: readonly UnfilledCell[] },
  from: FormDefinition,
  to: FormDefinition,
  options: MessageOptions & { sources?: Record<string, CellSource> } = {},
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const name = (form: FormDefinition, id: string) => {
    const table = form.tables.find((t) => t.id === id)!;
    return { zh: tableName(form, table, 'zh-CN'), en: tableName(form, table, 'en') };
  };
  for (const [table, cells] of byTable(conversion.unmapped)) {
    const location: DiagnosticLocation = { table, row: cells[0].ref.row, column: cells[0].ref.column, label: cells[0].label, ...(options.sources?.[cells[0].key] ?? {}) };
    diagnostics.push(
      createDiagnostic({ code: 'convert-cells-unmapped', params: { table: name(from, table), count: cells.length, format: to.name, cells: cellList(cells, from) }, location }, options),
    );
  }
  for (const [table, cells] of byTable(conversion.unfilled ?? [])) {
    diagnostics.push(
      createDiagnostic({ code: 'convert-cells-unfilled', params: { table: name(to, table), count: cells.length, cells: cellList(cells, to) }, location: { table, row: cells[0].ref.row, column: cells[0].ref.column, label: cells[0].label } }, options),
    );
  }
  return diagnostics;
}
