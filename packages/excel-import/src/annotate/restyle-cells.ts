import { cellAddress, columnIndex } from '../xlsx/cell-address.js';
import { getAttribute, setAttribute, type ElementAt, type TextEdit } from './xml-edit.js';

/** A cell to give a new format: `restyle` maps its current format index to the new one. */
export interface RestyleTarget {
  row: number;
  column: number;
  restyle(style: number): number;
}

const ROW_OR_CELL = /<(\/?)([\w.-]+:)?(row|c)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const CELL_REFERENCE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

interface CellTag {
  start: number;
  tagEnd: number;
  tag: string;
  column: number;
  hasReference: boolean;
}

interface RowTag {
  start: number;
  tagEnd: number;
  /** Offset of `</row>`, or `tagEnd` for `<row/>`. */
  closeStart: number;
  tag: string;
  row: number;
  hasReference: boolean;
  cells: CellTag[];
}

/** The rows and cells of `sheetData` with their positions (a row or cell without `r` follows the one before). */
function scanRows(xml: string, sheetData: ElementAt): RowTag[] {
  const rows: RowTag[] = [];
  let current: RowTag | undefined;
  let column = -1;
  ROW_OR_CELL.lastIndex = sheetData.tagEnd;
  let match: RegExpExecArray | null;
  while ((match = ROW_OR_CELL.exec(xml)) && match.index < sheetData.end) {
    const [tag, closing, , name, attributes] = match;
    if (name === 'row') {
      if (closing) {
        if (current) current.closeStart = match.index;
        continue;
      }
      const number = Number(getAttribute(tag, 'r'));
      const row = Number.isInteger(number) && number > 0 ? number - 1 : (rows.at(-1)?.row ?? -1) + 1;
      current = { start: match.index, tagEnd: ROW_OR_CELL.lastIndex, closeStart: ROW_OR_CELL.lastIndex, tag, row, hasReference: getAttribute(tag, 'r') !== undefined, cells: [] };
      rows.push(current);
      column = -1;
      continue;
    }
    if (closing || !current) continue;
    const reference = CELL_REFERENCE.exec(getAttribute(tag, 'r') ?? '');
    column = reference ? columnIndex(reference[1].toUpperCase()) : column + 1;
    current.cells.push({ start: match.index, tagEnd: ROW_OR_CELL.lastIndex, tag, column, hasReference: Boolean(reference) });
    if (!attributes.endsWith('/')) {
      // Skip the cell's content: a rich-text run (`<r>`) is no row.
      const close = xml.indexOf(`</${match[2] ?? ''}c>`, ROW_OR_CELL.lastIndex);
      if (close >= 0) ROW_OR_CELL.lastIndex = close + 4 + (match[2]?.length ?? 0);
    }
  }
  return rows;
}

/** Column formats from `<cols>`, for a cell that does not exist yet. */
function columnStyles(xml: string, cols: ElementAt | undefined): Array<{ min: number; max: number; style: number }> {
  if (!cols) return [];
  return [...xml.slice(cols.start, cols.end).matchAll(/<(?:[\w.-]+:)?col\b[^>]*>/g)].map((match) => ({
    min: Number(getAttribute(match[0], 'min')) - 1,
    max: Number(getAttribute(match[0], 'max')) - 1,
    style: Number(getAttribute(match[0], 'style') ?? 0) || 0,
  }));
}

/**
 * The edits that give each target cell its new format, touching nothing else: an existing cell has
 * its `s` changed; a cell that does not exist (a blank cell never typed in) is added, empty, in
 * column order, with the format it showed (its row's or column's); a missing row likewise.
 */
export function restyleEdits(xml: string, sheetData: ElementAt, cols: ElementAt | undefined, targets: readonly RestyleTarget[]): TextEdit[] {
  const prefix = sheetData.name.includes(':') ? sheetData.name.slice(0, sheetData.name.indexOf(':') + 1) : '';
  const rows = scanRows(xml, sheetData);
  const columns = columnStyles(xml, cols);
  const edits: TextEdit[] = [];
  const byRow = new Map<number, RestyleTarget[]>();
  for (const target of targets) (byRow.get(target.row) ?? byRow.set(target.row, []).get(target.row)!).push(target);
  const newCell = (target: RestyleTarget, shown: number) => `<${prefix}c r="${cellAddress(target.row, target.column)}" s="${target.restyle(shown)}"/>`;
  const columnStyle = (column: number) => columns.find((col) => column >= col.min && column <= col.max)?.style ?? 0;

  /** New rows, by the offset they go in at (in row order, as the targets are sorted). */
  const newRows = new Map<number, string>();
  for (const [rowIndex, rowTargets] of [...byRow].sort((a, b) => a[0] - b[0])) {
    rowTargets.sort((a, b) => a.column - b.column);
    const row = rows.find((candidate) => candidate.row === rowIndex);
    if (!row) {
      const next = rows.find((candidate) => candidate.row > rowIndex);
      const at = next ? next.start : sheetData.end === sheetData.tagEnd ? sheetData.start : xml.lastIndexOf('</', sheetData.end - 1);
      const cells = rowTargets.map((target) => newCell(target, columnStyle(target.column))).join('');
      newRows.set(at, `${newRows.get(at) ?? ''}<${prefix}row r="${rowIndex + 1}">${cells}</${prefix}row>`);
      // A following row without `r` would otherwise be taken to follow the new one.
      if (next && !next.hasReference && !edits.some((edit) => edit.start === next.start)) edits.push({ start: next.start, end: next.tagEnd, text: setAttribute(next.tag, 'r', String(next.row + 1)) });
      continue;
    }
    const rowStyle = getAttribute(row.tag, 'customFormat') === '1' || getAttribute(row.tag, 'customFormat') === 'true' ? Number(getAttribute(row.tag, 's') ?? 0) || 0 : undefined;
    const inserts = new Map<number, string>();
    const referenced = new Set<CellTag>();
    for (const target of rowTargets) {
      const cell = row.cells.find((candidate) => candidate.column === target.column);
      if (cell) {
        const style = Number(getAttribute(cell.tag, 's') ?? 0) || 0;
        edits.push({ start: cell.start, end: cell.tagEnd, text: setAttribute(cell.tag, 's', String(target.restyle(style))) });
        continue;
      }
      const next = row.cells.find((candidate) => candidate.column > target.column);
      const at = next ? next.start : row.closeStart;
      inserts.set(at, (inserts.get(at) ?? '') + newCell(target, rowStyle ?? columnStyle(target.column)));
      if (next && !next.hasReference) referenced.add(next);
    }
    for (const cell of referenced) {
      if (!edits.some((edit) => edit.start === cell.start)) edits.push({ start: cell.start, end: cell.tagEnd, text: setAttribute(cell.tag, 'r', cellAddress(row.row, cell.column)) });
      else {
        const edit = edits.find((candidate) => candidate.start === cell.start)!;
        edit.text = setAttribute(edit.text, 'r', cellAddress(row.row, cell.column));
      }
    }
    if (inserts.size === 0) continue;
    let rowTag = row.tag;
    const spans = getAttribute(rowTag, 'spans');
    const spanMatch = spans ? /^(\d+):(\d+)$/.exec(spans) : null;
    if (spanMatch) {
      const low = Math.min(Number(spanMatch[1]), ...rowTargets.map((t) => t.column + 1));
      const high = Math.max(Number(spanMatch[2]), ...rowTargets.map((t) => t.column + 1));
      rowTag = setAttribute(rowTag, 'spans', `${low}:${high}`);
    }
    if (row.closeStart === row.tagEnd && rowTag.endsWith('/>')) {
      // `<row r="5"/>` becomes `<row r="5">…</row>`.
      edits.push({ start: row.start, end: row.tagEnd, text: `${rowTag.replace(/\s*\/>$/, '>')}${[...inserts.values()].join('')}</${prefix}row>` });
      continue;
    }
    if (rowTag !== row.tag) edits.push({ start: row.start, end: row.tagEnd, text: rowTag });
    for (const [at, text] of inserts) edits.push({ start: at, end: at, text });
  }
  for (const [at, text] of newRows) {
    if (sheetData.end === sheetData.tagEnd) edits.push({ start: sheetData.start, end: sheetData.end, text: `${xml.slice(sheetData.start, sheetData.end).replace(/\s*\/>$/, '>')}${text}</${sheetData.name}>` });
    else edits.push({ start: at, end: at, text });
  }
  return edits;
}
