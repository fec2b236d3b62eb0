import type { FormDefinition, ReportTables } from '@report/core';
import { conversionDiagnostics, convertTables, type CellSource } from '@report/core/plugin';
import type { DiagnosticSink } from './diagnostic-sink.js';
import type { DriftedTable } from './read-by-labels.js';
import { readPlacedCells } from './read-cells.js';

/**
 * Reads each table laid out in another form with that form (its cells, units and findings as
 * for any table), then converts it cell by cell into the report's form (`convertTables`): what
 * maps exactly lands in `tables` with its source cell, every other figure is listed in one
 * `convert-cells-unmapped` warning for the table, never guessed.
 */
export function readDriftedTables(form: FormDefinition, drifted: readonly DriftedTable[], sink: DiagnosticSink, tables: ReportTables, cellSources: Record<string, CellSource>): void {
  for (const { form: other, table, placements } of drifted) {
    const read = readPlacedCells(other, placements, sink);
    const converted = convertTables(read.tables, other, form, { locale: sink.locale, tableIds: [table] });
    tables[table] = converted.tables[table] ?? {};
    for (const [target, sources] of Object.entries(converted.sources)) {
      const source = read.cellSources[sources[0]];
      if (source) cellSources[target] = source;
    }
    sink.diagnostics.push(...conversionDiagnostics({ unmapped: converted.unmapped }, other, form, { ...sink.messageOptions, sources: read.cellSources }).map((d) => ({ ...d, location: { file: sink.file, ...d.location } })));
  }
}
