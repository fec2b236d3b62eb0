import { tableCells } from '../forms/registry.js';
import type { FormDefinition } from '../forms/types.js';
import { cellKey, getCell, type CellContribution, type CellSource, type Report, type ReportTables } from '../model/report.js';
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
 * `partial`. Cells outside the form are not added.
 */
export function sumReports(form: FormDefinition, summands: readonly SummandReport[]): SummedTables {
  const tables: ReportTables = {};
  const contributions: Record<string, CellContribution[]> = {};
  const partial: string[] = [];
  for (const table of form.tables) {
    const rows: Record<string, Record<string, number | null>> = (tables[table.id] = {});
    for (const { row, column } of tableCells(table)) {
      const ref = { table: table.id, row, column };
      const key = cellKey(ref);
      const parts: CellContribution[] = [];
      summands.forEach((summand, member) => {
        const value = summand.report.tables ? getCell(summand.report, ref) : null;
        if (value === null || !Number.isFinite(value)) return;
        const contribution: CellContribution = { member, value };
        const source = sourceOf(summand, key);
        if (source) contribution.source = source;
        parts.push(contribution);
      });
      (rows[row] ??= {})[column] = parts.length === 0 ? null : sumExact(parts.map((part) => part.value));
      if (parts.length > 0) contributions[key] = parts;
      if (parts.length > 0 && parts.length < summands.length) partial.push(key);
    }
  }
  return { tables, contributions, partial };
}
