import { wrappedHeight } from './text-layout.js';

/** A cell of a merged header, 0-based within the header. */
export interface HeaderCell {
  text: string;
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
}

export interface HeaderGrid {
  /** Header rows. */
  depth: number;
  cells: HeaderCell[];
}

const samePrefix = (a: readonly string[], b: readonly string[], length: number) => b.length > length && a.slice(0, length).every((part, index) => part === b[index]);

/**
 * The merged header over columns whose labels are given as paths, outermost first
 * (`['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']`): at each level, neighbouring
 * columns with the same labels so far share one cell; a column's own (last) label reaches down to
 * the bottom row, so a shorter path stands over all the rows its neighbours split.
 */
export function headerGrid(paths: readonly (readonly string[])[]): HeaderGrid {
  const depth = Math.max(1, ...paths.map((path) => path.length));
  const cells: HeaderCell[] = [];
  for (let level = 0; level < depth; level++) {
    let column = 0;
    while (column < paths.length) {
      const path = paths[column];
      if (level >= path.length) {
        column += 1;
        continue;
      }
      const leaf = level === path.length - 1;
      let span = 1;
      while (!leaf && column + span < paths.length && samePrefix(path, paths[column + span], level + 1)) span += 1;
      cells.push({ text: path[level], row: level, column, rowSpan: leaf ? depth - level : 1, colSpan: span });
      column += span;
    }
  }
  return { depth, cells };
}

/**
 * Heights (points) for header rows, so each wrapped label shows whole: merged cells are never
 * sized by Excel itself. A label over several rows shares the height of the rows it covers.
 * `widths` are the widths of the columns the cells stand over, in characters; text at 10 pt.
 */
export function headerRowHeights(grid: HeaderGrid, widths: readonly number[], minimum = 18): number[] {
  const heights = Array.from({ length: grid.depth }, () => minimum);
  const need = (cell: HeaderCell) => wrappedHeight(cell.text, widths.slice(cell.column, cell.column + cell.colSpan).reduce((sum, width) => sum + width, 0));
  for (const cell of grid.cells) if (cell.rowSpan === 1) heights[cell.row] = Math.max(heights[cell.row], need(cell));
  for (const cell of grid.cells) {
    if (cell.rowSpan === 1) continue;
    const covered = heights.slice(cell.row, cell.row + cell.rowSpan).reduce((sum, height) => sum + height, 0);
    const last = cell.row + cell.rowSpan - 1;
    if (covered < need(cell)) heights[last] += need(cell) - covered;
  }
  return heights;
}
