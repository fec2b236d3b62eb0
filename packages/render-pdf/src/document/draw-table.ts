import type { PrintCell, PrintTable } from '../layout/print-table.js';
import type { TableMetrics } from '../layout/table-metrics.js';
import type { PdfWriter } from './pdf-writer.js';

const ruleWidth = 0.75;

/** Rows that move to a new page together: a block of table 二, otherwise one row. */
export function tableUnits(table: PrintTable): Array<{ start: number; end: number }> {
  const units: Array<{ start: number; end: number }> = [];
  let row = table.headerRows;
  const blocks = table.bands.filter((band) => band.kind === 'block').sort((a, b) => a.startRow - b.startRow);
  while (row < table.rowCount) {
    const block = blocks.find((band) => band.startRow <= row && row < band.endRow);
    const end = block ? block.endRow : row + 1;
    units.push({ start: row, end });
    row = end;
  }
  return units;
}

function sum(values: readonly number[], start: number, end: number): number {
  let total = 0;
  for (let index = start; index < end; index++) total += values[index];
  return total;
}

/** Height of the header and the first unit: what must fit before the table may start on a page. */
export function tableLeadHeight(table: PrintTable, metrics: TableMetrics): number {
  const first = tableUnits(table)[0];
  return sum(metrics.rowHeights, 0, table.headerRows) + (first ? sum(metrics.rowHeights, first.start, first.end) : 0);
}

interface Segment {
  start: number;
  end: number;
}

/**
 * Draws a table from the cursor down, across pages as needed: header rows repeat at the top of
 * every page, a block of table 二 never splits, a label merged over rows that cross a page is
 * boxed on both pages (its text printed where it fits, else in the larger part), a grid position
 * a row does not have is struck through.
 */
export function drawTable(writer: PdfWriter, table: PrintTable, metrics: TableMetrics): void {
  const heights = metrics.rowHeights;
  const header = sum(heights, 0, table.headerRows);
  const units = tableUnits(table);
  writer.ensureSpace(tableLeadHeight(table, metrics));

  // Decide the page breaks first, so split cells know all their parts.
  const segments: Segment[] = [];
  let room = writer.bottom - writer.y - header;
  let current: Segment | undefined;
  for (const unit of units) {
    const height = sum(heights, unit.start, unit.end);
    if (current && height > room) {
      segments.push(current);
      current = undefined;
      room = writer.bottom - writer.top - header;
    }
    current = current ? { start: current.start, end: unit.end } : { ...unit };
    room -= height;
  }
  if (current) segments.push(current);
  if (segments.length === 0) segments.push({ start: table.headerRows, end: table.headerRows });

  const textSegment = new Map<PrintCell, Segment[]>();
  for (const cell of table.cells) {
    if (cell.row < table.headerRows) continue;
    const parts = segments.filter((segment) => cell.row < segment.end && cell.row + cell.rowSpan > segment.start);
    if (parts.length <= 1) continue;
    const lines = metrics.lines.get(cell) ?? [];
    const need = lines.length * metrics.lineHeight * (cell.scale ?? 1) + 2 * metrics.paddingY;
    const partHeight = (segment: Segment) => sum(heights, Math.max(cell.row, segment.start), Math.min(cell.row + cell.rowSpan, segment.end));
    const fitting = parts.filter((segment) => partHeight(segment) >= need);
    textSegment.set(cell, fitting.length > 0 ? fitting : [parts.reduce((best, segment) => (partHeight(segment) > partHeight(best) ? segment : best))]);
  }

  const columnX: number[] = [];
  let x = writer.left;
  for (const width of metrics.columnWidths) {
    columnX.push(x);
    x += width;
  }
  columnX.push(x);

  segments.forEach((segment, index) => {
    if (index > 0) writer.newPage();
    const rowTop = new Map<number, number>();
    let y = writer.y;
    for (let row = 0; row < table.headerRows; row++) {
      rowTop.set(row, y);
      y += heights[row];
    }
    for (let row = segment.start; row < segment.end; row++) {
      rowTop.set(row, y);
      y += heights[row];
    }
    for (const cell of table.cells) {
      const inHeader = cell.row < table.headerRows;
      const first = inHeader ? cell.row : Math.max(cell.row, segment.start);
      const last = inHeader ? cell.row + cell.rowSpan - 1 : Math.min(cell.row + cell.rowSpan, segment.end) - 1;
      if (last < first) continue;
      const top = rowTop.get(first)!;
      const bottom = rowTop.get(last)! + heights[last];
      const left = columnX[cell.column];
      const right = columnX[cell.column + cell.colSpan];
      drawCell(writer, cell, metrics, { top, bottom, left, right }, textSegment.get(cell)?.includes(segment) ?? true);
    }
    writer.y = y;
  });
}

function drawCell(writer: PdfWriter, cell: PrintCell, metrics: TableMetrics, box: { top: number; bottom: number; left: number; right: number }, withText: boolean): void {
  const { doc } = writer;
  doc.lineWidth(ruleWidth).strokeColor('#000000');
  doc.rect(box.left, box.top, box.right - box.left, box.bottom - box.top).stroke();
  if (cell.kind === 'empty') {
    doc.moveTo(box.left, box.top).lineTo(box.right, box.bottom).lineWidth(0.5).stroke();
    return;
  }
  if (!withText) return;
  const lines = metrics.lines.get(cell) ?? [];
  if (lines.length === 0) return;
  const size = metrics.size * (cell.scale ?? 1);
  const lineHeight = metrics.lineHeight * (cell.scale ?? 1);
  const face = writer.face(cell.role);
  const textTop = box.top + (box.bottom - box.top - lines.length * lineHeight) / 2;
  lines.forEach((line, index) => {
    writer.drawLine(
      { ...line, available: box.right - box.left - 2 * metrics.paddingX },
      {
        face,
        size,
        x: box.left + metrics.paddingX,
        baseline: writer.baseline(textTop + index * lineHeight, lineHeight, size),
        align: cell.align,
        location: cell.location,
      },
    );
  });
}
