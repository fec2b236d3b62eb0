import type { PrintCell, PrintTable } from '../layout/print-table.js';
import type { TableMetrics } from '../layout/table-metrics.js';
import type { PdfWriter } from './pdf-writer.js';

const ruleWidth = 0.75;
/** A table continued on a new page brings at least this many rows (or blocks) along. */
const minimumContinuedUnits = 3;

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

/** Height of the header and the first three units: what must fit before the table may start on a page. */
export function tableLeadHeight(table: PrintTable, metrics: TableMetrics): number {
  const units = tableUnits(table).slice(0, minimumContinuedUnits);
  return sum(metrics.rowHeights, 0, table.headerRows) + units.reduce((total, unit) => total + sum(metrics.rowHeights, unit.start, unit.end), 0);
}

interface Segment {
  start: number;
  end: number;
}

/** Where a table goes: on a new page or here, and the rows of each page's part. */
export interface TablePlan {
  newPage: boolean;
  segments: Segment[];
  /** Height of the part on the first page (header included). */
  firstHeight: number;
}

/**
 * The page breaks of a table that starts with `room` left on the page (`pageRoom` on a fresh one):
 * it stays whole where it fits; otherwise it is split between units (a block of table 二 never
 * splits), the part on a new page bringing at least three units along when the page before keeps
 * as many. A table that fits on one page is never split into a part of fewer than three units (or
 * fewer than all of them): it starts on a new page instead, so that table 二's last block is not
 * left apart from the others.
 */
export function planTable(table: PrintTable, metrics: TableMetrics, room: number, pageRoom: number): TablePlan {
  const heights = metrics.rowHeights;
  const header = sum(heights, 0, table.headerRows);
  const units = tableUnits(table);
  const unitHeight = units.map((unit) => sum(heights, unit.start, unit.end));
  const whole = header + unitHeight.reduce((total, height) => total + height, 0);
  const all: Segment[] = [{ start: table.headerRows, end: units.length > 0 ? units[units.length - 1].end : table.headerRows }];
  if (whole <= room + 0.01) return { newPage: false, segments: all, firstHeight: whole };
  const fitsAPage = whole <= pageRoom + 0.01;
  const lead = tableLeadHeight(table, metrics);
  const startsHere = lead <= room + 0.01;
  const groups: number[][] = [];
  let left = (startsHere ? room : pageRoom) - header;
  for (let index = 0; index < units.length; index++) {
    if (groups.length === 0 || (unitHeight[index] > left && groups[groups.length - 1].length > 0)) {
      if (groups.length > 0) left = pageRoom - header;
      groups.push([]);
    }
    groups[groups.length - 1].push(index);
    left -= unitHeight[index];
  }
  // No lone rows on the last page: carry a few more over, when the page before keeps enough.
  if (groups.length > 1) {
    const last = groups[groups.length - 1];
    const before = groups[groups.length - 2];
    const lastHeight = () => last.reduce((total, index) => total + unitHeight[index], 0);
    while (last.length < minimumContinuedUnits && before.length > minimumContinuedUnits && lastHeight() + unitHeight[before[before.length - 1]] <= pageRoom - header) {
      last.unshift(before.pop()!);
    }
  }
  const parts = groups.filter((group) => group.length > 0);
  const smallPart = parts.length > 1 && parts.some((group) => group.length < minimumContinuedUnits);
  if (fitsAPage && (smallPart || !startsHere)) return { newPage: true, segments: all, firstHeight: whole };
  const segments = parts.map((group) => ({ start: units[group[0]].start, end: units[group[group.length - 1]].end }));
  if (segments.length === 0) segments.push({ start: table.headerRows, end: table.headerRows });
  const firstHeight = header + (parts[0] ?? []).reduce((total, index) => total + unitHeight[index], 0);
  return { newPage: !startsHere, segments, firstHeight };
}

/**
 * Draws a table from the cursor down, across pages as `planTable` decides: header rows repeat at
 * the top of every page, a block of table 二 never splits, a label merged over rows that cross a page is
 * boxed on both pages (its text printed where it fits, else in the larger part), a grid position
 * a row does not have is struck through.
 */
export function drawTable(writer: PdfWriter, table: PrintTable, metrics: TableMetrics): void {
  const heights = metrics.rowHeights;
  const plan = planTable(table, metrics, writer.bottom - writer.y, writer.bottom - writer.top);
  if (plan.newPage && writer.y > writer.top + 0.01) writer.newPage();
  const { segments } = plan;

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
