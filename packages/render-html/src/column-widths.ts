import type { TableGrid } from '@report/core/plugin';

/** Ordinal prefixes of official labels: `三、`, `（三）`, `1.`. */
const ordinalPattern = /^(（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.．])/;

/** Longest line a leaf row label may take before it wraps, in characters of the table font. */
const leafLabelChars = 13;
/** Horizontal padding of a cell, in em. */
const cellPadding = 0.8;

/** Printed width of text in em: CJK and full-width characters 1, others about half. */
export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u2E80-\uFFEF\u201C\u201D]/.test(character) ? 1 : 0.55;
  return width;
}

/** Widest category text kept whole after its ordinal (`（三）` / `不予公开`). */
const categoryWordChars = 4.5;

/**
 * Whether a category label (a row label merged over several rows) prints as its ordinal on one
 * line and the rest whole on the next (`（三）` / `不予公开`) rather than broken anywhere.
 */
export function keepsCategoryWords(text: string): boolean {
  const ordinal = text.match(ordinalPattern)?.[0];
  return ordinal !== undefined && textWidth(text.slice(ordinal.length)) <= categoryWordChars;
}

function preferredWidth(text: string, rowSpan: number): number {
  const width = textWidth(text);
  if (rowSpan > 1) {
    // A category cell merged over several rows: narrow, wrapping onto several lines.
    const ordinal = text.match(ordinalPattern)?.[0] ?? '';
    if (keepsCategoryWords(text)) return Math.min(width, Math.max(textWidth(ordinal), textWidth(text.slice(ordinal.length))));
    return Math.min(width, Math.max(textWidth(ordinal) + 1, Math.ceil(width / rowSpan)));
  }
  return Math.min(width, leafLabelChars);
}

/**
 * Widths of the grid's columns, derived from the grid alone: a label column (one holding row labels
 * of its own width) gets room for its labels; every other column gets `undefined` and shares what
 * is left equally (`table-layout: fixed`). So the 10-column table 三 fits A4 portrait, and a form
 * extended by a plugin gets sensible widths without any per-format code.
 */
export function columnWidths(grid: TableGrid): Array<string | undefined> {
  return columnWidthsInEm(grid).map((width) => (width === undefined ? undefined : `${width}em`));
}

/** `columnWidths` as numbers of em (padding included), `undefined` for the columns that share the rest. */
export function columnWidthsInEm(grid: TableGrid): Array<number | undefined> {
  const widths: Array<number | undefined> = Array.from({ length: grid.columnCount }, () => undefined);
  for (const cell of grid.cells) {
    if (cell.kind !== 'rowLabel' || cell.colSpan !== 1) continue;
    const width = preferredWidth(cell.text, cell.rowSpan);
    widths[cell.column] = Math.max(widths[cell.column] ?? 0, width);
  }
  // A label column also fits its header (`信息内容`), when the header is no wider than the column.
  for (const cell of grid.cells) {
    if (cell.kind !== 'header' || cell.colSpan !== 1 || widths[cell.column] === undefined) continue;
    widths[cell.column] = Math.max(widths[cell.column] ?? 0, Math.min(textWidth(cell.text), leafLabelChars));
  }
  return widths.map((width) => (width === undefined ? undefined : Math.ceil((width + cellPadding) * 10) / 10));
}
