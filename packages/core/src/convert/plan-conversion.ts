import type { FormDefinition, RowDefinition, TableDefinition } from '../forms/types.js';
import type { CellRef } from '../model/report.js';
import { normalizeLabel } from '../text/normalize.js';

/** Why a cell of one form has no exact counterpart in another. */
export type UnmappedReason =
  /** The target form has no table of that id (gov-2019 → legacy). */
  | 'table-not-in-format'
  /** The target table has no row of that id, and no rows it was split into (第二十条第（五）项 其他对外管理服务事项). */
  | 'row-not-in-format'
  /** The row is in the target form but without that column (2019 规章 本年新制作数量: 2021 counts 本年制发件数). */
  | 'column-not-in-row'
  /** The same cell id holds another kind of figure (a count against an amount). */
  | 'kind-differs'
  /** The row is split into several rows in the target form; only 0 splits exactly (2019 （六）其他处理 → 2021 three rows). */
  | 'cannot-split'
  /** The target row is the sum of several source rows, and some of them are not filled. */
  | 'parts-not-filled';

/** How one target cell (or several) is derived from the source, exactly. */
export type Derivation =
  | { kind: 'copy'; target: CellRef; source: CellRef }
  /** The source row was split into these rows: exact only for 0 (all parts 0) and for a blank (all blank). */
  | { kind: 'split'; targets: CellRef[]; source: CellRef }
  /** The target row merges these source rows: exact when all are filled (their sum) or none is (blank). */
  | { kind: 'sum'; target: CellRef; sources: CellRef[] };

/** Everything about turning reports of one form into another, from the two definitions alone. */
export interface ConversionPlan {
  from: FormDefinition;
  to: FormDefinition;
  derivations: Derivation[];
  /** Source cells that no derivation reads, with the reason. */
  unmappable: Array<{ source: CellRef; reason: UnmappedReason; detail: ReasonDetail }>;
  /** Target cells that no derivation writes: not filled after converting. */
  unfilled: CellRef[];
}

/** What a reason is about, for its explanation. */
export interface ReasonDetail {
  table: TableDefinition;
  row: RowDefinition;
  /** The target rows a row was split into or merged from. */
  others?: RowDefinition[];
}

const columnsOf = (table: TableDefinition, row: RowDefinition) => row.columns ?? table.columns.map((c) => c.id);
const kindOf = (table: TableDefinition, column: string) => table.columns.find((c) => c.id === column)?.kind;
/** The full printed path of a row (`三、本年度办理结果 / （六）其他处理`), as a key. */
const pathKey = (parts: readonly string[]) => parts.map(normalizeLabel).join('/');
const ownPath = (row: RowDefinition) => pathKey([...(row.labelPath ?? []), row.label]);
const parentPath = (row: RowDefinition) => pathKey(row.labelPath ?? []);

/**
 * Rows of `inner` that sit under a row of `outer` (their category path is its label path): the
 * rows a single row was split into. Both must be rows the other table lacks. The 2019 row
 * `（六）其他处理` and the 2021 rows under `（六）其他处理` are found so, and so is a province's
 * fourth row added there — nothing here names a row.
 */
function childRows(row: RowDefinition, inner: TableDefinition, outer: TableDefinition): RowDefinition[] {
  const path = ownPath(row);
  return inner.rows.filter((candidate) => parentPath(candidate) === path && !outer.rows.some((r) => r.id === candidate.id));
}

const ref = (table: TableDefinition, row: string, column: string): CellRef => ({ table: table.id, row, column });

function planTable(source: TableDefinition, target: TableDefinition, plan: ConversionPlan): void {
  const consumed = new Set<string>();
  // Target rows that merge several source rows (gov-2021 → gov-2019: （六） 1–3 → （六）其他处理).
  for (const row of target.rows) {
    if (source.rows.some((r) => r.id === row.id)) continue;
    const parts = childRows(row, source, target);
    if (parts.length === 0) continue;
    for (const column of columnsOf(target, row)) {
      if (!parts.every((part) => columnsOf(source, part).includes(column) && kindOf(source, column) === kindOf(target, column))) continue;
      plan.derivations.push({ kind: 'sum', target: ref(target, row.id, column), sources: parts.map((part) => ref(source, part.id, column)) });
      for (const part of parts) consumed.add(`${part.id}/${column}`);
    }
  }
  for (const row of source.rows) {
    const same = target.rows.find((r) => r.id === row.id);
    const parts = same ? [] : childRows(row, target, source);
    for (const column of columnsOf(source, row)) {
      if (consumed.has(`${row.id}/${column}`)) continue;
      const cell = ref(source, row.id, column);
      const detail: ReasonDetail = { table: source, row };
      if (same) {
        if (!columnsOf(target, same).includes(column)) plan.unmappable.push({ source: cell, reason: 'column-not-in-row', detail });
        else if (kindOf(target, column) !== kindOf(source, column)) plan.unmappable.push({ source: cell, reason: 'kind-differs', detail });
        else plan.derivations.push({ kind: 'copy', target: ref(target, row.id, column), source: cell });
      } else if (parts.length > 0 && parts.every((part) => columnsOf(target, part).includes(column) && kindOf(target, column) === kindOf(source, column))) {
        plan.derivations.push({ kind: 'split', targets: parts.map((part) => ref(target, part.id, column)), source: cell });
      } else {
        plan.unmappable.push({ source: cell, reason: parts.length > 0 ? 'cannot-split' : 'row-not-in-format', detail: { ...detail, others: parts } });
      }
    }
  }
}

const plans = new WeakMap<FormDefinition, WeakMap<FormDefinition, ConversionPlan>>();

/**
 * How reports of `from` become reports of `to`, cell by cell, where the mapping is exact: a cell
 * whose table, row and column ids exist in both with the same kind is copied (the ids are the
 * contract of `report-json.md`: same id, same concept — 2019 处理决定数量 → 2021 本年处理决定数量);
 * a row the target splits into the rows under its label is split when it is 0 (or blank), a
 * target row that merges source rows is their sum when all are filled. Anything else is
 * unmappable and listed, never guessed. Derived from the two forms alone, so a province's form
 * converts the same way. Computed once per pair of forms.
 */
export function planConversion(from: FormDefinition, to: FormDefinition): ConversionPlan {
  let byTarget = plans.get(from);
  if (!byTarget) plans.set(from, (byTarget = new WeakMap()));
  const known = byTarget.get(to);
  if (known) return known;
  const plan: ConversionPlan = { from, to, derivations: [], unmappable: [], unfilled: [] };
  for (const source of from.tables) {
    const target = to.tables.find((t) => t.id === source.id);
    if (target) {
      planTable(source, target, plan);
      continue;
    }
    for (const row of source.rows) {
      for (const column of columnsOf(source, row)) plan.unmappable.push({ source: ref(source, row.id, column), reason: 'table-not-in-format', detail: { table: source, row } });
    }
  }
  const written = new Set(plan.derivations.flatMap((d) => (d.kind === 'split' ? d.targets : [d.target])).map((cell) => `${cell.table}/${cell.row}/${cell.column}`));
  for (const table of to.tables) {
    for (const row of table.rows) {
      for (const column of columnsOf(table, row)) if (!written.has(`${table.id}/${row.id}/${column}`)) plan.unfilled.push(ref(table, row.id, column));
    }
  }
  byTarget.set(to, plan);
  return plan;
}
