import { tableCells } from '../forms/registry.js';
import type { FormDefinition } from '../forms/types.js';
import { cellKey, type CellContribution, type CellRef, type CellSource, type Report, type ReportTables } from '../model/report.js';
import { ReportError } from '../errors.js';
import { inputLimits } from '../limits.js';
import { sumExact } from '../numbers.js';

/** One report to add, with the file it came from (for provenance). */
export interface SummandReport {
  report: Report;
  /** File the report was read from; the default `file` of its cell sources. */
  file?: string;
}

export interface SummedTables {
  tables: ReportTables;
  /** Per cell (`table/row/column`), each summand's value, by index into the summands. */
  contributions: Record<string, CellContribution[]>;
  /** Cells that some summands filled and others left blank. */
  partial: string[];
  /**
   * Cells not summed (left `null`) because a summand's value is over `inputLimits.maxCellValue` or
   * the total could not be exact (`sumExact` refused): never an inexact or infinite total.
   */
  outOfRange: string[];
}

/** Every cell of a form, in the form's order, with its key. */
export interface FormCell {
  ref: CellRef;
  key: string;
}

export function formCells(form: FormDefinition): FormCell[] {
  return form.tables.flatMap((table) => tableCells(table).map(({ row, column }) => ({ ref: { table: table.id, row, column }, key: cellKey({ table: table.id, row, column }) })));
}

/** A report's value of each cell, aligned with `cells` (`null`: not filled; a non-finite number is kept, for the sum to refuse). */
export function figuresOf(report: Pick<Report, 'tables'>, cells: readonly FormCell[]): Array<number | null> {
  return cells.map(({ ref }) => {
    const value = report.tables?.[ref.table]?.[ref.row]?.[ref.column];
    return typeof value === 'number' ? value : null;
  });
}

export interface SummedFigures {
  /** The total of each cell, aligned with the cells; `null` when no summand filled it or it could not be summed. */
  totals: Array<number | null>;
  partial: string[];
  outOfRange: string[];
}

/**
 * Adds figure vectors cell by cell: counts exactly, amounts in decimal (`sumExact`: 0.1 + 0.2 =
 * 0.3), signed changes with their sign. A cell that no summand filled stays not filled (`null`); a
 * blank cell adds nothing (it is not 0), and the cell is listed in `partial`. A cell with a value
 * beyond `inputLimits.maxCellValue` (10^9) or not finite in some summand, or whose total cannot be
 * exact, is not summed: it stays `null` and is listed in `outOfRange`, for the caller to report.
 */
export function sumFigures(cells: readonly FormCell[], summands: ReadonlyArray<ReadonlyArray<number | null>>): SummedFigures {
  const totals: Array<number | null> = [];
  const partial: string[] = [];
  const outOfRange: string[] = [];
  const parts: number[] = [];
  cells.forEach(({ key }, i) => {
    parts.length = 0;
    let outside = false;
    for (const values of summands) {
      const value = values[i];
      if (value === null || value === undefined) continue;
      // NaN and ±Infinity are not "not filled": the cell cannot be summed, and says so.
      if (!Number.isFinite(value)) {
        outside = true;
        continue;
      }
      if (Math.abs(value) > inputLimits.maxCellValue) outside = true;
      parts.push(value);
    }
    let total: number | null = null;
    if (parts.length > 0 || outside) {
      try {
        if (outside) throw new ReportError('sum-not-exact', 'a value is over the cell limit or not finite');
        total = sumExact(parts);
      } catch (error) {
        if (!ReportError.isInstance(error)) throw error;
        outOfRange.push(key);
      }
    }
    totals.push(total);
    if (parts.length > 0 && parts.length < summands.length) partial.push(key);
  });
  return { totals, partial, outOfRange };
}

/** Figure vectors back into the nested tables of a report (every cell of the form present, `null` when not filled). */
export function tablesOf(cells: readonly FormCell[], values: ReadonlyArray<number | null>): ReportTables {
  const tables: ReportTables = {};
  cells.forEach(({ ref }, i) => {
    ((tables[ref.table] ??= {})[ref.row] ??= {})[ref.column] = values[i] ?? null;
  });
  return tables;
}

function sourceOf(summand: SummandReport, key: string): CellSource | undefined {
  const source = summand.report.cellSources?.[key];
  if (source) return summand.file && !source.file ? { file: summand.file, ...source } : { ...source };
  return summand.file ? { file: summand.file } : undefined;
}

/**
 * Adds whole reports over every cell of the form (`sumFigures` on their figures), with each
 * summand's contribution per cell. Cells outside the form are not added.
 */
export function sumReports(form: FormDefinition, summands: readonly SummandReport[]): SummedTables {
  const cells = formCells(form);
  const vectors = summands.map((summand) => figuresOf(summand.report, cells));
  const { totals, partial, outOfRange } = sumFigures(cells, vectors);
  const contributions: Record<string, CellContribution[]> = {};
  cells.forEach(({ key }, i) => {
    const parts: CellContribution[] = [];
    vectors.forEach((values, member) => {
      const value = values[i];
      if (value === null || !Number.isFinite(value)) return;
      const part: CellContribution = { member, value };
      const source = sourceOf(summands[member], key);
      if (source) part.source = source;
      parts.push(part);
    });
    if (parts.length > 0) contributions[key] = parts;
  });
  return { tables: tablesOf(cells, totals), contributions, partial, outOfRange };
}

