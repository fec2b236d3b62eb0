import { tableCells } from '../forms/registry.js';
import type { FormDefinition } from '../forms/types.js';
import { cellKey, getCell, type CellContribution, type CellSource, type Report, type ReportTables } from '../model/report.js';
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

function sourceOf(summand: SummandReport, key: string): CellSource | undefined {
  const source = summand.report.cellSources?.[key];
  if (source) return summand.file && !source.file ? { file: summand.file, ...source } : { ...source };
  return summand.file ? { file: summand.file } : undefined;
}

/**
 * Adds reports cell by cell over every cell of the form: counts exactly, amounts in decimal
 * (`sumExact`: 0.1 + 0.2 = 0.3), signed changes with their sign. A cell that no summand filled
 * stays not filled (`null`); a blank cell adds nothing (it is not 0), and the cell is listed in
 * `partial`. Cells outside the form are not added. A cell with a value beyond
 * `inputLimits.maxCellValue` (10^9) in some summand, or whose total cannot be exact, is not summed:
 * it stays `null` and is listed in `outOfRange`, for the caller to report.
 */
export function sumReports(form: FormDefinition, summands: readonly SummandReport[]): SummedTables {
  const tables: ReportTables = {};
  const contributions: Record<string, CellContribution[]> = {};
  const partial: string[] = [];
  const outOfRange: string[] = [];
  for (const table of form.tables) {
    const rows: Record<string, Record<string, number | null>> = (tables[table.id] = {});
    for (const { row, column } of tableCells(table)) {
      const ref = { table: table.id, row, column };
      const key = cellKey(ref);
      const parts: CellContribution[] = [];
      let outside = false;
      summands.forEach((summand, member) => {
        const value = summand.report.tables ? getCell(summand.report, ref) : null;
        if (value === null) return;
        // NaN and ±Infinity are not "not filled": the cell cannot be summed, and says so.
        if (!Number.isFinite(value)) {
          outside = true;
          return;
        }
        if (Math.abs(value) > inputLimits.maxCellValue) outside = true;
        const contribution: CellContribution = { member, value };
        const source = sourceOf(summand, key);
        if (source) contribution.source = source;
        parts.push(contribution);
      });
      let total: number | null = null;
      if (parts.length > 0 || outside) {
        try {
          if (outside) throw new ReportError('sum-not-exact', 'a value is over the cell limit or not finite');
          total = sumExact(parts.map((part) => part.value));
        } catch (error) {
          if (!ReportError.isInstance(error)) throw error;
          outOfRange.push(key);
        }
      }
      (rows[row] ??= {})[column] = total;
      if (parts.length > 0) contributions[key] = parts;
      if (parts.length > 0 && parts.length < summands.length) partial.push(key);
    }
  }
  return { tables, contributions, partial, outOfRange };
}
