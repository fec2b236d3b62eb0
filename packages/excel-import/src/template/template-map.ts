import { layoutTable, type CellRef, type FormDefinition, type TableDefinition, type TableGrid } from '@report/core';
import { cellAddress, parseCellAddress } from '../xlsx/cell-address.js';
import type { MetaRow } from './metadata.js';

/** Where one table's grid starts on its sheet, from a `table` metadata row. */
export interface TablePlacement {
  table: TableDefinition;
  sheet: string;
  /** 0-based position of the grid's top-left cell. */
  top: number;
  left: number;
}

export interface TemplateCell {
  ref: CellRef;
  sheet: string;
  address: string;
}

export interface TemplateLabel {
  sheet: string;
  address: string;
  text: string;
}

const grids = new WeakMap<TableDefinition, TableGrid>();

/** `layoutTable`, once per table definition. */
export function gridOf(table: TableDefinition): TableGrid {
  let grid = grids.get(table);
  if (!grid) grids.set(table, (grid = layoutTable(table)));
  return grid;
}

/** The placement of each table named in the metadata (`['table', tableId, sheet, 'A3']`). */
export function tablePlacements(form: FormDefinition, rows: readonly MetaRow[]): TablePlacement[] {
  const placements: TablePlacement[] = [];
  for (const row of rows) {
    if (row.kind !== 'table') continue;
    const table = form.tables.find((candidate) => candidate.id === row.id);
    const origin = row.address ? parseCellAddress(row.address) : undefined;
    if (!table || !origin || !row.sheet) continue;
    placements.push({ table, sheet: row.sheet, top: origin.row, left: origin.column });
  }
  return placements;
}

/**
 * The template's cell map and its label cells, derived from the form: each table's printed grid
 * (`layoutTable`) placed where the metadata says it starts. The reader checks the labels before
 * trusting the map; the filler writes through it.
 */
export function templateMap(placements: readonly TablePlacement[]): { cells: TemplateCell[]; labels: TemplateLabel[] } {
  const cells: TemplateCell[] = [];
  const labels: TemplateLabel[] = [];
  for (const { table, sheet, top, left } of placements) {
    for (const cell of gridOf(table).cells) {
      const address = cellAddress(top + cell.row, left + cell.column);
      if (cell.kind === 'value' && cell.ref) cells.push({ ref: cell.ref, sheet, address });
      else if (cell.kind !== 'empty' && cell.text) labels.push({ sheet, address, text: cell.text });
    }
  }
  return { cells, labels };
}
