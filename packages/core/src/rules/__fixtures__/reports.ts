import { createExampleReport, type ExampleReportOptions } from '../../example-report.js';
import { getForm, getTable, rowColumns } from '../../forms/registry.js';
import type { FormDefinition } from '../../forms/types.js';
import { cellKey, getCell, setCell, type CellRef, type CellSource, type Report } from '../../model/report.js';
import type { Diagnostic } from '../../diagnostics/types.js';

export const FORMATS = [
  { id: 'gov-2021', year: 2023 },
  { id: 'gov-2019', year: 2020 },
] as const;

export const APPLICANT_COLUMNS = ['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'otherOrganization'] as const;
export const APPLICATION_COLUMNS = [...APPLICANT_COLUMNS, 'total'] as const;

/** A valid example report (every cell filled, every rule satisfied). */
export function validReport(options: ExampleReportOptions & { year: number }): Report {
  return createExampleReport({ seed: 7, scale: 20, ...options });
}

export function formOf(report: Report): FormDefinition {
  return getForm(report.format);
}

/** Adds `delta` to a cell (which must be filled). */
export function bump(report: Report, ref: CellRef, delta: number): void {
  const value = getCell(report, ref);
  if (value === null) throw new Error(`cell ${cellKey(ref)} is not filled`);
  setCell(report, ref, value + delta);
}

export const value = (report: Report, table: string, row: string, column: string): number => {
  const found = getCell(report, { table, row, column });
  if (found === null) throw new Error(`cell ${table}/${row}/${column} is not filled`);
  return found;
};

/**
 * Gives every cell of every table a workbook position, as an Excel import would:
 * one sheet per table, columns from D, rows from 4, in the form's printed order.
 */
export function withCellSources(report: Report, file = '示例镇.xlsx'): Report {
  const form = formOf(report);
  const sources: Record<string, CellSource> = {};
  for (const table of form.tables) {
    table.rows.forEach((row, rowIndex) => {
      for (const column of rowColumns(table, row.id)) {
        const columnIndex = table.columns.findIndex((c) => c.id === column);
        sources[cellKey({ table: table.id, row: row.id, column })] = {
          file,
          sheet: table.title.slice(0, 2),
          cell: `${String.fromCharCode(68 + columnIndex)}${rowIndex + 4}`,
        };
      }
    });
  }
  return { ...report, cellSources: sources };
}

/** Every cell of a table of the report's form. */
export function cellsOf(report: Report, tableId: string): CellRef[] {
  const table = getTable(formOf(report), tableId);
  return table.rows.flatMap((row) => rowColumns(table, row.id).map((column) => ({ table: tableId, row: row.id, column })));
}

/** `code@row/column` of each diagnostic, for compact comparisons. */
export function where(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${d.location.row ?? ''}/${d.location.column ?? ''}`).sort();
}

export function withCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}
