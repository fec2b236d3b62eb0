import type { CellRef, ColumnDefinition, FormDefinition, ReportTables, TableDefinition } from '@report/core';
import { tableName, type CellSource } from '@report/core/plugin';
import { cellAddress } from '../xlsx/cell-address.js';
import { getRawCell, type RawCell, type Sheet } from '../xlsx/sheet.js';
import { readCellValue, unitInHeader } from './cell-value.js';
import type { DiagnosticSink } from './diagnostic-sink.js';
import { evaluateSimpleFormula } from './formula.js';

/** Where the value of one report cell is in the workbook. */
export interface CellPlacement {
  ref: CellRef;
  sheet: Sheet;
  row: number;
  column: number;
  /** Text of the column header it sits under, when found by labels (may state a unit). */
  headerText?: string;
  /** A1 address, when already known. */
  address?: string;
}

export interface ReadCellsResult {
  tables: ReportTables;
  cellSources: Record<string, CellSource>;
}

const NO_OPTIONS = Object.freeze({});

/** A lenient numeric value of a cell that a formula refers to. */
function referencedValue(raw: RawCell | undefined): number | null | undefined {
  if (!raw) return null;
  if (raw.value === undefined) return undefined;
  if (raw.value === '') return null;
  if (raw.type === 'n') return Number(raw.value);
  if (raw.type === 'e' || raw.type === 'b') return undefined;
  const text = raw.value.normalize('NFKC').replace(/[\s,]/g, '');
  if (text === '') return null;
  return /^[+-]?\d+(?:\.\d+)?$/.test(text) ? Number(text) : null;
}

interface TableShape {
  table: TableDefinition;
  columns: Map<string, ColumnDefinition>;
  /** Each row id with a row of nulls to copy (its columns in the form's order). */
  rows: Array<[string, Record<string, null>]>;
  /** `table/row/column` keys of `cellSources`, by row and column id: made once, not per cell read. */
  sourceKeys: Map<string, Map<string, string>>;
}

interface FormShape {
  /** One per table of the form, in order. */
  tables: TableShape[];
  /** By table id (the last table of an id, as reading always took). */
  byId: Map<string, TableShape>;
}

/** What reading cells needs of a form, derived once per form definition (forms do not change once defined). */
const shapes = new WeakMap<FormDefinition, FormShape>();

function shapeOf(form: FormDefinition): FormShape {
  const cached = shapes.get(form);
  if (cached) return cached;
  const shape: FormShape = { tables: [], byId: new Map() };
  for (const table of form.tables) {
    const rows: TableShape['rows'] = [];
    const sourceKeys = new Map<string, Map<string, string>>();
    for (const row of table.rows) {
      const empty: Record<string, null> = {};
      const keys = new Map<string, string>();
      for (const column of row.columns ?? table.columns.map((c) => c.id)) {
        empty[column] = null;
        keys.set(column, `${table.id}/${row.id}/${column}`);
      }
      rows.push([row.id, empty]);
      sourceKeys.set(row.id, keys);
    }
    const tableShape: TableShape = { table, columns: new Map(table.columns.map((column) => [column.id, column])), rows, sourceKeys };
    shape.tables.push(tableShape);
    shape.byId.set(table.id, tableShape);
  }
  shapes.set(form, shape);
  return shape;
}

/**
 * Reads the cells of the report from where they were found, each by its column's kind, and
 * reports what it saw: one grouped note per table for blanks and for dashes or `无`, and one
 * diagnostic per cell for anything that is not a valid value (with sheet, A1 cell, ids, labels).
 * Every cell of the form gets a value or `null`; every cell read gets its source.
 */
export function readPlacedCells(form: FormDefinition, placements: CellPlacement[], sink: DiagnosticSink): ReadCellsResult {
  const tables: ReportTables = {};
  const cellSources: Record<string, CellSource> = {};
  const shape = shapeOf(form);
  const tablesById = shape.byId;
  for (const { table, rows: emptyRows } of shape.tables) {
    const rows: Record<string, Record<string, number | null>> = (tables[table.id] = {});
    for (const [rowId, empty] of emptyRows) rows[rowId] = { ...empty };
  }
  const blanks = new Map<string, { sheet: string; addresses: string[] }>();
  const dashes = new Map<string, { table: string; sheet: string; marker: string; addresses: string[] }>();
  /** One formula evaluator per sheet (cells a total refers to are read leniently). */
  const evaluators = new Map<Sheet, (formula: string) => number | null | undefined>();
  const evaluatorFor = (sheet: Sheet) =>
    evaluators.get(sheet) ??
    evaluators.set(sheet, (formula) => evaluateSimpleFormula(formula, (row, col) => referencedValue(getRawCell(sheet, row, col)))).get(sheet)!;
  for (const placement of placements) {
    const { ref, sheet } = placement;
    const known = tablesById.get(ref.table);
    const column = known?.columns.get(ref.column);
    const rowValues = tables[ref.table]?.[ref.row];
    if (!known || !column || !rowValues) continue;
    const { table } = known;
    const address = placement.address ?? cellAddress(placement.row, placement.column);
    cellSources[known.sourceKeys.get(ref.row)?.get(ref.column) ?? `${ref.table}/${ref.row}/${ref.column}`] = { file: sink.file, sheet: sheet.name, cell: address };
    const raw = getRawCell(sheet, placement.row, placement.column);
    if (raw === undefined) {
      const group = blanks.get(table.id) ?? blanks.set(table.id, { sheet: sheet.name, addresses: [] }).get(table.id)!;
      group.addresses.push(address);
      continue;
    }
    const reading = readCellValue(
      raw,
      column.kind,
      placement.headerText || raw.formula !== undefined || column.kind === 'amount'
        ? {
            headerUnit: placement.headerText ? unitInHeader(placement.headerText) : undefined,
            unitInLabel: !!column.unit && column.label.includes(column.unit),
            evaluate: evaluatorFor(sheet),
          }
        : NO_OPTIONS,
    );
    if (reading.kind === 'value' && reading.findings.length === 0) {
      rowValues[ref.column] = reading.value;
      continue;
    }
    const location = { sheet: sheet.name, cell: address, table: table.id, row: ref.row, column: ref.column };
    const place = () => sink.cellPlace(form, table, ref.row, ref.column, sheet.name, address);
    switch (reading.kind) {
      case 'blank': {
        const group = blanks.get(table.id) ?? blanks.set(table.id, { sheet: sheet.name, addresses: [] }).get(table.id)!;
        group.addresses.push(address);
        break;
      }
      case 'dash': {
        const key = `${table.id}\u0000${reading.marker}`;
        const group = dashes.get(key) ?? { table: table.id, sheet: sheet.name, marker: reading.marker, addresses: [] };
        group.addresses.push(address);
        dashes.set(key, group);
        break;
      }
      case 'value':
        rowValues[ref.column] = reading.value;
        for (const finding of reading.findings) sink.add(finding.code, { label: place(), ...finding.params }, { ...location, label: place() });
        break;
      case 'invalid':
        for (const finding of reading.findings) {
          const params: Record<string, string | number> = { label: place(), ...finding.params };
          const extra: { actual: string; expected?: number } = { actual: String(finding.params.value ?? finding.params.formula ?? '') };
          if (finding.code === 'import-cell-not-number') {
            const suggested = finding.params.suggestion;
            params.suggestion = typeof suggested === 'number' ? sink.text(`（应填 ${suggested}）`, ` (enter ${suggested})`) : '';
            if (typeof suggested === 'number') extra.expected = suggested;
          }
          sink.add(finding.code, params, { ...location, label: place() }, extra);
        }
        break;
    }
  }
  for (const [tableId, group] of blanks) {
    const table = form.tables.find((t) => t.id === tableId)!;
    const name = tableName(form, table, sink.locale);
    sink.add('import-cell-blank', { table: name, count: group.addresses.length, cells: sink.cellsOnSheet(group.sheet, group.addresses) }, { sheet: group.sheet, cell: group.addresses[0], table: tableId, label: name });
  }
  for (const group of dashes.values()) {
    const table = form.tables.find((t) => t.id === group.table)!;
    const name = tableName(form, table, sink.locale);
    sink.add('import-cell-dash', { table: name, count: group.addresses.length, marker: group.marker, cells: sink.cellsOnSheet(group.sheet, group.addresses) }, { sheet: group.sheet, cell: group.addresses[0], table: group.table, label: name });
  }
  return { tables, cellSources };
}
