import type { DiagnosticLocation, FormDefinition, TableDefinition } from '@report/core';
import { cellAddress } from '../xlsx/cell-address.js';
import { formatDriftDiagnostic } from '@report/core/plugin';
import type { DiagnosticSink } from './diagnostic-sink.js';
import { locateTable, type TableInstance } from './locate-table.js';
import type { CellPlacement } from './read-cells.js';
import type { SheetIndex } from './sheet-index.js';
import { tablePlacements } from './table-reading.js';

interface FormReading {
  form: FormDefinition;
  /** Best instance of each table found, with the others found (duplicates). */
  tables: Map<string, TableInstance[]>;
  located: number;
  /** Cells of every table of the form. */
  possible: number;
  /** Tables this form reads more of than every other form does. */
  wins: number;
}

function cellCount(table: TableDefinition): number {
  return table.rows.reduce((n, row) => n + (row.columns ?? table.columns).length, 0);
}

function readWithForm(form: FormDefinition, indexes: readonly SheetIndex[]): FormReading {
  const tables = new Map<string, TableInstance[]>();
  let located = 0;
  const possible = form.tables.reduce((n, table) => n + cellCount(table), 0);
  for (const table of form.tables) {
    const instances = indexes.flatMap((index) => locateTable(table, index, form.detection?.tables?.[table.id]));
    // Best first; among equals, the earlier sheet and the higher position.
    instances.sort((a, b) => b.cells.length - a.cells.length || indexes.indexOf(a.index) - indexes.indexOf(b.index) || a.anchor.row - b.anchor.row);
    if (instances.length === 0) continue;
    tables.set(table.id, instances);
    located += instances[0].cells.length;
  }
  return { form, tables, located, possible, wins: 0 };
}

const ratio = (located: number, possible: number) => (possible === 0 ? 0 : Math.round((located / possible) * 1000) / 1000);
const cellsRead = (reading: FormReading, tableId: string) => reading.tables.get(tableId)?.[0].cells.length ?? 0;

/** Counts, for each table id, the one form that reads strictly more of its cells than every other (a tie is nobody's). */
function countWins(readings: readonly FormReading[]): void {
  const tableIds = new Set(readings.flatMap((reading) => [...reading.tables.keys()]));
  for (const tableId of tableIds) {
    const ranked = [...readings].sort((a, b) => cellsRead(b, tableId) - cellsRead(a, tableId));
    if (cellsRead(ranked[0], tableId) > (ranked[1] ? cellsRead(ranked[1], tableId) : 0)) ranked[0].wins += 1;
  }
}

/**
 * Orders readings: the form most tables are laid out in (its majority), then the form of the
 * year (a tie between a 2021 table 三 and a 2019 table 二 is the year's), then the larger share of
 * the form's cells found, then more cells.
 */
function better(a: FormReading, b: FormReading, preferred: string | undefined): number {
  return b.wins - a.wins || Number(b.form.id === preferred) - Number(a.form.id === preferred) || ratio(b.located, b.possible) - ratio(a.located, a.possible) || b.located - a.located;
}

/** A table of the chosen form laid out in another form, read with that form's definition. */
export interface DriftedTable {
  /** The form its layout follows. */
  form: FormDefinition;
  table: string;
  placements: CellPlacement[];
}

export interface LabelReading {
  form: FormDefinition;
  /** Where the cells of every table read with `form` are. */
  placements: CellPlacement[];
  /** Tables laid out in another form: to be read with it and converted into `form`. */
  drifted: DriftedTable[];
}

export interface LabelReadingOptions {
  /** The form of the report year, when the year is known. */
  preferredFormId?: string;
  year?: number;
}

/** Tables of the chosen form that another form reads more of: the best such form for each. */
function driftedTables(chosen: FormReading, others: readonly FormReading[]): Array<{ table: TableDefinition; reading: FormReading }> {
  const drifted: Array<{ table: TableDefinition; reading: FormReading }> = [];
  for (const table of chosen.form.tables) {
    const best = others.filter((other) => other.form.tables.some((t) => t.id === table.id)).sort((a, b) => cellsRead(b, table.id) - cellsRead(a, table.id))[0];
    if (best && cellsRead(best, table.id) > cellsRead(chosen, table.id)) drifted.push({ table, reading: best });
  }
  return drifted;
}

/** Where the first drifted table starts: its sheet and top-left label. */
function driftLocation(sink: DiagnosticSink, tableId: string, reading: FormReading): DiagnosticLocation {
  const best = reading.tables.get(tableId)![0];
  return { file: sink.file, sheet: best.index.sheet.name, cell: cellAddress(best.anchor.row, best.anchor.column), table: tableId };
}

/**
 * Reads a workbook not made from the template: finds every official table of each candidate
 * form (every form given that has tables) by its labels and its `detection` labels on every
 * sheet, and picks the form most tables are laid out in (and says so). A table laid out in
 * another form — a 2019 table 二 in a 2023 report — is read with that form and handed back to be
 * converted, with one `format-drift` warning. Reports tables, rows and columns not found,
 * duplicates, and rows the form does not have. Returns where each cell is, or undefined when no
 * table of any form was found.
 */
export function readByLabels(indexes: readonly SheetIndex[], candidates: readonly FormDefinition[], options: LabelReadingOptions, sink: DiagnosticSink): LabelReading | undefined {
  const readings = candidates.filter((form) => form.tables.length > 0).map((form) => readWithForm(form, indexes));
  countWins(readings);
  const found = readings.filter((reading) => reading.tables.size > 0).sort((a, b) => better(a, b, options.preferredFormId));
  if (found.length === 0) return undefined;
  const [chosen, ...others] = found;
  const { form } = chosen;
  sink.add('import-format-detected', { format: form.id, name: form.name });

  const drifted = driftedTables(chosen, others);
  const byForm = new Map<FormDefinition, typeof drifted>();
  for (const entry of drifted) byForm.set(entry.reading.form, [...(byForm.get(entry.reading.form) ?? []), entry]);
  for (const [actual, tables] of byForm) {
    sink.diagnostics.push(
      formatDriftDiagnostic(
        {
          ...(options.year !== undefined ? { year: options.year } : {}),
          expected: form,
          actual,
          tables: tables.map((entry) => entry.table),
          handling: {
            zh: `已按《${actual.name}》读取这些表，并逐格转换为《${form.name}》；不能对应的数据另行列出`,
            en: `these tables were read as 《${actual.name}》 and converted cell by cell into 《${form.name}》; figures that do not map are listed`,
          },
          location: driftLocation(sink, tables[0].table.id, tables[0].reading),
        },
        sink.messageOptions,
      ),
    );
  }

  const placements: CellPlacement[] = [];
  const driftedReadings: DriftedTable[] = [];
  for (const table of form.tables) {
    const drift = drifted.find((entry) => entry.table === table);
    if (drift) {
      const own = drift.reading.form.tables.find((t) => t.id === table.id)!;
      driftedReadings.push({ form: drift.reading.form, table: table.id, placements: tablePlacements(drift.reading.form, own, drift.reading.tables.get(table.id), sink) });
    } else {
      placements.push(...tablePlacements(form, table, chosen.tables.get(table.id), sink));
    }
  }
  return { form, placements, drifted: driftedReadings };
}
