import type { CellRef, FormDefinition, TableDefinition } from '@report/core';
import { layoutTable, type TableGrid } from '@report/core/plugin';
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
  /** 0-based position. */
  row: number;
  column: number;
}

export interface TemplateLabel {
  sheet: string;
  address: string;
  row: number;
  column: number;
  text: string;
}

export interface TemplateMap {
  cells: TemplateCell[];
  labels: TemplateLabel[];
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

const maps = new WeakMap<FormDefinition, Map<string, TemplateMap>>();

/**
 * The template's cell map and its label cells, derived from the form: each table's printed grid
 * (`layoutTable`) placed where the metadata says it starts. The reader checks the labels before
 * trusting the map; the filler writes through it. Cached per form and placement.
 */
export function templateMap(form: FormDefinition, placements: readonly TablePlacement[]): TemplateMap {
  const key = placements.map(({ table, sheet, top, left }) => `${table.id}\u0000${sheet}\u0000${top}\u0000${left}`).join('\u0001');
  const forForm = maps.get(form) ?? maps.set(form, new Map()).get(form)!;
  const cached = forForm.get(key);
  if (cached) return cached;
  const cells: TemplateCell[] = [];
  const labels: TemplateLabel[] = [];
  for (const { table, sheet, top, left } of placements) {
    for (const cell of gridOf(table).cells) {
      const row = top + cell.row;
      const column = left + cell.column;
      const address = cellAddress(row, column);
      if (cell.kind === 'value' && cell.ref) cells.push({ ref: cell.ref, sheet, address, row, column });
      else if (cell.kind !== 'empty' && cell.text) labels.push({ sheet, address, row, column, text: cell.text.trim() });
    }
  }
  const map = { cells, labels };
  if (forForm.size < 16) forForm.set(key, map);
  return map;
}
