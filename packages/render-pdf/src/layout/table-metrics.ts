import type { FontRole } from '../fonts/font-roles.js';
import { breakBalanced, breakLines, minimumWidth, naturalWidth, type BrokenLine } from './break-lines.js';
import type { PrintCell, PrintTable } from './print-table.js';

export type MeasureFor = (role: FontRole, size: number) => (character: string) => number;

export interface TableMetrics {
  /** Font size of the table body. */
  size: number;
  lineHeight: number;
  paddingX: number;
  paddingY: number;
  columnWidths: number[];
  rowHeights: number[];
  /** The wrapped lines of every cell. */
  lines: Map<PrintCell, BrokenLine[]>;
}

/** Ordinal at the start of an official label: `三、`, `（三）`, `1.`. */
const ordinalPattern = /^(（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.．])/;
/** A leaf label wider than this many characters wraps rather than widening its column. */
const leafLabelCharacters = 11;

/** A category label that does not fit one line: its ordinal (`（三）`) alone, then the words in even lines. */
function categoryLines(text: string, width: number, measure: (character: string) => number): BrokenLine[] {
  const whole = breakLines(text, { width, measure });
  const ordinal = text.match(ordinalPattern)?.[0];
  if (whole.length === 1 || !ordinal || ordinal === text) return whole;
  const ordinalLine = { text: ordinal, width: naturalWidth(ordinal, measure), available: width, last: false };
  return [ordinalLine, ...breakBalanced(text.slice(ordinal.length), { width, measure })];
}

function cellSize(cell: PrintCell, size: number): number {
  return size * (cell.scale ?? 1);
}

function spanWidth(widths: readonly number[], cell: PrintCell): number {
  let width = 0;
  for (let column = cell.column; column < cell.column + cell.colSpan; column++) width += widths[column];
  return width;
}

/**
 * Column widths, row heights and wrapped cell text (lines of even length, so a label never leaves
 * one character alone on its last line) of a table that must fit `width`, like a
 * browser's automatic table layout: every column gets at least its narrowest content (numbers
 * whole, text two characters), then the remaining width goes to the columns in proportion to how
 * much more their content would like. Labels merged over several rows ask for little width (they
 * wrap down their rows, keeping their ordinal on the first line); long leaf labels wrap after
 * about eleven characters. When the table does not fit at 五号 it is set in 小五.
 */
export function measureTable(table: PrintTable, width: number, measureFor: MeasureFor, sizes: readonly number[], lineHeightFactor: number): TableMetrics {
  let metrics: (TableMetrics & { fits: boolean }) | undefined;
  for (const size of sizes) {
    metrics = measureAt(table, width, measureFor, size, lineHeightFactor);
    if (metrics.fits) break;
  }
  const { fits: _fits, ...result } = metrics!;
  return result;
}

function measureAt(table: PrintTable, width: number, measureFor: MeasureFor, size: number, lineHeightFactor: number): TableMetrics & { fits: boolean } {
  const paddingX = Math.max(2, size * 0.3);
  const paddingY = size * 0.28;
  const lineHeight = size * lineHeightFactor;
  const columns = table.columnCount;
  const minimum = new Array<number>(columns).fill(2 * paddingX + size);
  const preferred = new Array<number>(columns).fill(2 * paddingX + size);

  for (const cell of table.cells) {
    if (cell.colSpan !== 1 || cell.text === '') continue;
    const fontSize = cellSize(cell, size);
    const measure = measureFor(cell.role, fontSize);
    const natural = naturalWidth(cell.text, measure);
    let least: number;
    let wanted: number;
    if (cell.noWrap) {
      least = natural;
      wanted = natural;
    } else {
      least = Math.max(minimumWidth(cell.text, measure), Math.min(natural, 2 * fontSize));
      if (cell.kind === 'rowLabel' && cell.rowSpan > 1) {
        // A category merged over its rows: its ordinal on one line, then up to four characters a line.
        const ordinal = cell.text.match(ordinalPattern)?.[0] ?? '';
        const ordinalWidth = naturalWidth(ordinal, measure);
        wanted = Math.min(natural, Math.max(ordinalWidth, Math.min(natural - ordinalWidth, 4 * fontSize), natural / cell.rowSpan));
      } else if (cell.kind === 'rowLabel') wanted = Math.min(natural, leafLabelCharacters * fontSize);
      else wanted = natural;
      wanted = Math.max(wanted, least);
    }
    minimum[cell.column] = Math.max(minimum[cell.column], least + 2 * paddingX);
    preferred[cell.column] = Math.max(preferred[cell.column], wanted + 2 * paddingX);
  }

  const totalMinimum = minimum.reduce((a, b) => a + b, 0);
  const totalPreferred = preferred.reduce((a, b) => a + b, 0);
  const labelColumns = new Set(table.cells.filter((cell) => cell.kind === 'rowLabel' && cell.colSpan === 1).map((cell) => cell.column));
  let widths: number[];
  if (totalPreferred <= width) {
    const extra = width - totalPreferred;
    widths = preferred.map((value) => value + (extra * value) / totalPreferred);
  } else if (totalMinimum <= width) {
    // Too narrow for everything: labels get their room first (a label wrapped onto three lines
    // lengthens the table more than a header wrapped in a narrow number column), then the rest.
    widths = [...minimum];
    let room = width - totalMinimum;
    for (const group of [[...labelColumns], widths.map((_, index) => index).filter((index) => !labelColumns.has(index))]) {
      const wants = group.map((index) => preferred[index] - widths[index]);
      const totalWants = wants.reduce((a, b) => a + b, 0);
      if (totalWants <= 0) continue;
      const share = Math.min(1, room / totalWants);
      group.forEach((index, position) => (widths[index] += wants[position] * share));
      room -= totalWants * share;
    }
    if (room > 0) widths = widths.map((value) => value + room / columns);
  } else {
    widths = minimum.map((value) => (value * width) / totalMinimum);
  }
  if (table.uniformValueColumns) {
    // The number columns of an official table share their width evenly, as printed forms do.
    const valueColumns = widths.map((_, index) => index).filter((index) => !labelColumns.has(index));
    const even = valueColumns.reduce((sum, index) => sum + widths[index], 0) / (valueColumns.length || 1);
    if (valueColumns.every((index) => minimum[index] <= even)) for (const index of valueColumns) widths[index] = even;
  }

  // A cell spanning several columns may need more than they add up to.
  for (const cell of table.cells) {
    if (cell.colSpan === 1 || cell.text === '') continue;
    const fontSize = cellSize(cell, size);
    const least = minimumWidth(cell.text, measureFor(cell.role, fontSize)) + 2 * paddingX;
    const have = spanWidth(widths, cell);
    if (have < least) {
      for (let column = cell.column; column < cell.column + cell.colSpan; column++) widths[column] += (least - have) / cell.colSpan;
    }
  }
  const total = widths.reduce((a, b) => a + b, 0);
  if (total > width) widths = widths.map((value) => (value * width) / total);

  const lines = new Map<PrintCell, BrokenLine[]>();
  const rowHeights = new Array<number>(table.rowCount).fill(Math.max(size * 1.9, lineHeight + 2 * paddingY));
  const needed = (cell: PrintCell, cellLines: BrokenLine[]) => cellLines.length * lineHeight * (cell.scale ?? 1) + 2 * paddingY;
  for (const cell of table.cells) {
    const fontSize = cellSize(cell, size);
    const measure = measureFor(cell.role, fontSize);
    const room = spanWidth(widths, cell) - 2 * paddingX;
    let cellLines =
      cell.text === ''
        ? []
        : cell.noWrap
          ? [{ text: cell.text, width: naturalWidth(cell.text, measure), available: room, last: true }]
          : cell.kind === 'rowLabel' && cell.rowSpan > 1
            ? categoryLines(cell.text, room, measure)
            : breakBalanced(cell.text, { width: room, measure });
    if (cell.align === 'left' && cellLines.length >= 3 && !(cell.kind === 'rowLabel' && cell.rowSpan > 1)) {
      // Running text (a list of organs): full lines rather than evened out, set flush left: a line
      // that breaks early before a file name is not spread out character by character.
      cellLines = breakLines(cell.text, { width: room, measure });
    }
    lines.set(cell, cellLines);
    if (cell.rowSpan === 1) rowHeights[cell.row] = Math.max(rowHeights[cell.row], needed(cell, cellLines));
  }
  for (const cell of table.cells) {
    if (cell.rowSpan === 1) continue;
    const cellLines = lines.get(cell)!;
    let have = 0;
    for (let row = cell.row; row < cell.row + cell.rowSpan; row++) have += rowHeights[row];
    const want = needed(cell, cellLines);
    if (have < want) for (let row = cell.row; row < cell.row + cell.rowSpan; row++) rowHeights[row] += (want - have) / cell.rowSpan;
  }
  return { size, lineHeight, paddingX, paddingY, columnWidths: widths, rowHeights, lines, fits: totalMinimum <= width };
}
