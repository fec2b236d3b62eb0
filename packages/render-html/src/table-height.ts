import type { TableGrid } from '@report/core/plugin';
import { columnWidthsInEm, textWidth } from './column-widths.js';

/** Measures of the printed table (see styles.ts): 10.5 pt text, line height 1.25, 1.5 pt padding top and bottom. */
const fontSize = 10.5;
const lineHeight = fontSize * 1.25;
const rowChrome = 3 + 0.75;
/** Width of the type area (156 mm) in em of the table font. */
const tableWidth = (156 / 25.4) * 72 / fontSize;
/** Horizontal padding of label cells and of other cells, in em. */
const labelPadding = 6 / fontSize;
const otherPadding = 2 / fontSize;
/** Corner text is printed at 9 pt. */
const cornerScale = 9 / fontSize;

/**
 * The printed height of a table in points, estimated from its grid alone: each cell's text wrapped
 * in the width of the columns it spans. Used to keep a table that fits on one page together.
 */
export function estimateTableHeight(grid: TableGrid): number {
  const fixed = columnWidthsInEm(grid);
  const shared = fixed.filter((width) => width === undefined).length;
  const rest = Math.max(0, tableWidth - fixed.reduce<number>((sum, width) => sum + (width ?? 0), 0));
  const widths = fixed.map((width) => width ?? rest / Math.max(1, shared));
  const lines = (text: string, column: number, colSpan: number, padding: number, scale = 1) => {
    const width = widths.slice(column, column + colSpan).reduce((sum, value) => sum + value, 0) - padding;
    return Math.max(1, Math.ceil((textWidth(text) * scale) / Math.max(1, width)));
  };
  const heights = Array.from({ length: grid.rowCount }, () => lineHeight + rowChrome);
  const padding = (kind: string) => (kind === 'rowLabel' || kind === 'corner' || kind === 'caption' ? labelPadding : otherPadding);
  for (const cell of grid.cells) {
    if (cell.rowSpan !== 1) continue;
    const needed = lines(cell.text, cell.column, cell.colSpan, padding(cell.kind)) * lineHeight + rowChrome;
    heights[cell.row] = Math.max(heights[cell.row], needed);
  }
  for (const cell of grid.cells) {
    if (cell.rowSpan === 1) continue;
    const scale = cell.kind === 'corner' ? cornerScale : 1;
    const needed = lines(cell.text, cell.column, cell.colSpan, padding(cell.kind), scale) * lineHeight * scale + rowChrome;
    const have = heights.slice(cell.row, cell.row + cell.rowSpan).reduce((sum, value) => sum + value, 0);
    if (needed > have) heights[cell.row + cell.rowSpan - 1] += needed - have;
  }
  return heights.reduce((sum, value) => sum + value, 0);
}
