import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';
import type { CellKind, CellsRule, EquationRule, FormDefinition, LocalizedText, RuleDefinition, TableDefinition, Term } from '../forms/types.js';
import { cellKey, type Report } from '../model/report.js';
import { ReportError } from '../errors.js';
import { inputLimits } from '../limits.js';
import { AMOUNT_SCALE, addScaled, formatNumber, sumExact } from '../numbers.js';
import { findTable, tableIndex } from './form-index.js';
import { cellLabel, columnLabel, rowLabel, tableName } from './labels.js';
import type { RuleContext } from './types.js';

const DEFAULT_AMOUNT_TOLERANCE = 0.000001;

/** Attaches the workbook position of a cell when the report knows where it came from. */
export function cellLocation(
  report: Report,
  form: FormDefinition,
  table: TableDefinition,
  row: string | undefined,
  column: string | undefined,
  context: Pick<RuleContext, 'locale'>,
): DiagnosticLocation {
  const location: DiagnosticLocation = { table: table.id, label: cellLabel(form, table, row, column, context.locale) };
  if (row) location.row = row;
  if (column) location.column = column;
  if (row && column) {
    const source = report.cellSources?.[cellKey({ table: table.id, row, column })];
    if (source) Object.assign(location, source);
  }
  return location;
}

function termIds(table: TableDefinition, term: Term, axis: 'row' | 'column'): Array<{ id: string; sign: 1 | -1 }> {
  if (typeof term === 'string') return [{ id: term, sign: 1 }];
  const sign = term.sign ?? 1;
  if ('id' in term) return [{ id: term.id, sign }];
  const members = axis === 'row' ? table.rows : table.columns;
  return members.filter((m) => m.groups?.includes(term.group)).map((m) => ({ id: m.id, sign }));
}

/** `row/column` pairs of each table, built once per table definition (validation runs on thousands of reports). */
const cellSets = new WeakMap<TableDefinition, Set<string>>();

/** Whether the table has a cell at `row`/`column` (rows may have only some of the columns). */
export function hasCell(table: TableDefinition, row: string, column: string): boolean {
  let cells = cellSets.get(table);
  if (!cells) {
    cells = new Set(table.rows.flatMap((r) => (r.columns ?? table.columns.map((c) => c.id)).map((c) => `${r.id}/${c}`)));
    cellSets.set(table, cells);
  }
  return cells.has(`${row}/${column}`);
}

/** `表三“自然人”列` / `Table III, column "自然人"`: where a per-column or per-row relation was evaluated. */
export function scopeText(form: FormDefinition, table: TableDefinition, each: 'column' | 'row', scope: string): LocalizedText {
  return each === 'column'
    ? { zh: `${tableName(form, table, 'zh-CN')}“${columnLabel(table, scope)}”列`, en: `${tableName(form, table, 'en')}, column "${columnLabel(table, scope)}"` }
    : { zh: `${tableName(form, table, 'zh-CN')}“${rowLabel(table, scope)}”行`, en: `${tableName(form, table, 'en')}, row "${rowLabel(table, scope)}"` };
}

/** How the two sides of a failed relation should compare, in words. */
export function relationText(op: EquationRule['op']): LocalizedText {
  return {
    '=': { zh: '两者应相等', en: 'they must be equal' },
    '<=': { zh: '前者不应大于后者', en: 'the left must not exceed the right' },
    '>=': { zh: '前者不应小于后者', en: 'the left must not be less than the right' },
  }[op];
}

/** Whether `left op right` holds, for a difference `left − right`, within `tolerance`. */
export function relationHolds(op: EquationRule['op'], difference: number, tolerance: number): boolean {
  if (op === '=') return Math.abs(difference) <= tolerance;
  if (op === '<=') return difference <= tolerance;
  return difference >= -tolerance;
}

/** Allowed difference: the rule's, else a hair for amounts (万元, decimal) and none for counts. */
export function defaultTolerance(table: TableDefinition, columns: readonly string[]): number {
  return columns.some((id) => table.columns.find((c) => c.id === id)?.kind === 'amount') ? DEFAULT_AMOUNT_TOLERANCE : 0;
}

export interface PlannedTerm {
  row: string;
  column: string;
  sign: 1 | -1;
}

/** Where an equation applies in a table: per column (or row), the cells of each side. */
export interface EquationPlan {
  scope: string;
  left: PlannedTerm[];
  right: PlannedTerm[];
  tolerance: number;
}

/** Plans depend only on the rule and the table definition: computed once, reused for every report. */
const plans = new WeakMap<EquationRule, WeakMap<TableDefinition, EquationPlan[]>>();

export function planEquation(rule: EquationRule, table: TableDefinition): EquationPlan[] {
  let byTable = plans.get(rule);
  if (!byTable) plans.set(rule, (byTable = new WeakMap()));
  const known = byTable.get(table);
  if (known) return known;
  const termAxis = rule.each === 'column' ? 'row' : 'column';
  const scopes = rule.over ?? (rule.each === 'column' ? table.columns.map((c) => c.id) : table.rows.map((r) => r.id));
  const explicit = [...rule.left, ...rule.right].filter((t) => typeof t === 'string' || 'id' in t).flatMap((t) => termIds(table, t, termAxis));
  const leftIds = rule.left.flatMap((t) => termIds(table, t, termAxis));
  const rightIds = rule.right.flatMap((t) => termIds(table, t, termAxis));
  const planned: EquationPlan[] = [];
  for (const scope of scopes) {
    const cellFor = ({ id, sign }: { id: string; sign: 1 | -1 }): PlannedTerm =>
      rule.each === 'column' ? { row: id, column: scope, sign } : { row: scope, column: id, sign };
    const exists = (term: PlannedTerm) => hasCell(table, term.row, term.column);
    // The relation applies where every explicitly named term exists in this column/row;
    // group terms contribute the members that have a cell here.
    if (!explicit.map(cellFor).every(exists)) continue;
    const left = leftIds.map(cellFor).filter(exists);
    const right = rightIds.map(cellFor).filter(exists);
    if (left.length === 0 && right.length === 0) continue;
    const tolerance = rule.tolerance ?? defaultTolerance(table, [...left, ...right].map((term) => term.column));
    planned.push({ scope, left, right, tolerance });
  }
  byTable.set(table, planned);
  return planned;
}

/**
 * The exact sum of one side's terms (`sumExact` of their values), or `undefined` when a term is not
 * filled and blanks do not count as 0 (then there is no sum to compare). Adds as it reads, without
 * an array; a value off `sumExact`'s fast path (beyond the cell bound) goes through `sumExact`.
 */
function sideSum(cells: Record<string, Record<string, unknown>>, terms: readonly PlannedTerm[], blankAsZero: boolean): number | undefined {
  let scaled = 0;
  for (const term of terms) {
    const value = cells[term.row]?.[term.column];
    if (typeof value !== 'number') {
      if (!blankAsZero) return undefined;
      continue;
    }
    const next = addScaled(scaled, value * term.sign);
    if (next === undefined) return exactSideSum(cells, terms, blankAsZero);
    scaled = next;
  }
  return scaled / AMOUNT_SCALE;
}

function exactSideSum(cells: Record<string, Record<string, unknown>>, terms: readonly PlannedTerm[], blankAsZero: boolean): number | undefined {
  const values: number[] = [];
  for (const term of terms) {
    const value = cells[term.row]?.[term.column];
    if (typeof value === 'number') values.push(value * term.sign);
    else if (!blankAsZero) return undefined;
  }
  return sumExact(values);
}

function evaluateEquation(rule: EquationRule, context: RuleContext): Diagnostic[] {
  const { report, form } = context;
  const table = findTable(form, rule.table);
  if (!table) return [];
  const blankAsZero = rule.blank === 'zero' || context.options.blankAsZero === true;
  const cells = report.tables[table.id] ?? {};
  const diagnostics: Diagnostic[] = [];

  for (const plan of planEquation(rule, table)) {
    // A relation with a blank term is skipped (unless blanks count as 0): the blank is reported as
    // not filled. A term beyond the cell bound has no exact sum (`sum-not-exact`): skipped too, the
    // cells rule of the table reports the value.
    let left: number | undefined;
    let right: number | undefined;
    try {
      left = sideSum(cells, plan.left, blankAsZero);
      if (left === undefined) continue;
      right = sideSum(cells, plan.right, blankAsZero);
      if (right === undefined) continue;
    } catch (error) {
      if (ReportError.isInstance(error) && error.code === 'sum-not-exact') continue;
      throw error;
    }
    if (relationHolds(rule.op, left - right, plan.tolerance)) continue;

    const anchor = plan.left[0] ?? plan.right[0];
    diagnostics.push(
      context.diagnostic({
        code: rule.id,
        severity: rule.severity,
        params: {
          scope: scopeText(form, table, rule.each, plan.scope),
          leftText: rule.leftText,
          rightText: rule.rightText,
          left: formatNumber(left),
          right: formatNumber(right),
          relation: relationText(rule.op),
        },
        location: cellLocation(report, form, table, anchor.row, anchor.column, context),
        expected: rule.op === '=' ? formatNumber(right) : `${rule.op} ${formatNumber(right)}`,
        actual: formatNumber(left),
      }),
    );
  }
  return diagnostics;
}

/** What is wrong with a filled cell of this kind, if anything. */
export function cellProblem(kind: CellKind, value: number): LocalizedText | undefined {
  if (!Number.isFinite(value)) return { zh: '应为数字', en: 'must be a number' };
  if (Math.abs(value) > inputLimits.maxCellValue) {
    return { zh: `超过上限 ${inputLimits.maxCellValue}，应为实际的数值`, en: `is over the limit of ${inputLimits.maxCellValue}; it must be the real figure` };
  }
  if (kind === 'count') {
    if (!Number.isInteger(value) && value < 0) return { zh: '应为非负整数', en: 'must be a non-negative whole number' };
    if (!Number.isInteger(value)) return { zh: '应为整数，不能有小数', en: 'must be a whole number' };
    if (value < 0) return { zh: '不能为负数', en: 'must not be negative' };
  }
  if (kind === 'signedCount' && !Number.isInteger(value)) return { zh: '应为整数，不能有小数', en: 'must be a whole number' };
  if (kind === 'amount' && value < 0) return { zh: '金额不能为负数', en: 'must not be negative' };
  return undefined;
}

/** The cells a cells rule checks in a table, by row, with their kind: worked out once per rule and table. */
interface CheckedRow {
  row: string;
  cells: Array<{ column: string; kind: CellKind }>;
}
const checkedCells = new WeakMap<CellsRule, WeakMap<TableDefinition, CheckedRow[]>>();

function cellsToCheck(rule: CellsRule, table: TableDefinition): CheckedRow[] {
  let byTable = checkedCells.get(rule);
  if (!byTable) checkedCells.set(rule, (byTable = new WeakMap()));
  let rows = byTable.get(table);
  if (!rows) {
    const index = tableIndex(table);
    rows = [];
    for (const { row, columns } of index.rows) {
      const cells: CheckedRow['cells'] = [];
      for (const column of columns) {
        const definition = index.columnById.get(column);
        if (definition && rule.kinds.includes(definition.kind)) cells.push({ column, kind: definition.kind });
      }
      if (cells.length > 0) rows.push({ row: row.id, cells });
    }
    byTable.set(table, rows);
  }
  return rows;
}

function evaluateCells(rule: CellsRule, context: RuleContext): Diagnostic[] {
  const { report, form } = context;
  const table = findTable(form, rule.table);
  if (!table) return [];
  const diagnostics: Diagnostic[] = [];
  const values = report.tables[table.id];
  for (const { row, cells } of cellsToCheck(rule, table)) {
    const rowValues = values?.[row];
    for (const { column, kind } of cells) {
      const value = rowValues?.[column];
      if (typeof value !== 'number') continue; // not filled
      const problem = cellProblem(kind, value);
      if (!problem) continue;
      diagnostics.push(
        context.diagnostic({
          code: rule.id,
          severity: rule.severity,
          params: {
            scope: { zh: cellLabel(form, table, row, column, 'zh-CN'), en: cellLabel(form, table, row, column, 'en') },
            problem,
            actual: formatNumber(value),
          },
          location: cellLocation(report, form, table, row, column, context),
          actual: formatNumber(value),
          expected: context.locale === 'en' ? problem.en : problem.zh,
        }),
      );
    }
  }
  return diagnostics;
}

/** Evaluates one rule of any kind. */
export function evaluateRule(rule: RuleDefinition, context: RuleContext): Diagnostic[] {
  switch (rule.kind) {
    case 'equation':
      return evaluateEquation(rule, context);
    case 'cells':
      return evaluateCells(rule, context);
    case 'custom':
      return rule.check(context);
  }
}
