import type { Report, TableDefinition } from '@report/core';
import { outlineTable, type GridCell, type OutlineCell, type OutlineTable } from '@report/core/plugin';
import { columnWidths, keepsCategoryWords } from './column-widths.js';
import { escapeHtml } from './escape.js';
import { estimateTableHeight } from './table-height.js';

/** Tallest table (pt) kept on one page: the type area (225 mm) less a heading line. */
const onePage = 600;

function spans(cell: GridCell): string {
  return `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
}

function renderCell(cell: OutlineCell): string {
  const text = escapeHtml(cell.text);
  switch (cell.kind) {
    case 'caption':
      return `<th class="cell cell--caption" scope="colgroup"${spans(cell)}>${text}</th>`;
    case 'header':
      return `<th class="cell cell--header" scope="${cell.colSpan > 1 ? 'colgroup' : 'col'}"${spans(cell)}>${text}</th>`;
    case 'corner':
      return `<th class="cell cell--corner"${spans(cell)}>${text}</th>`;
    case 'rowLabel': {
      const variant = cell.rowSpan > 1 ? 'category' : 'leaf';
      const keep = cell.rowSpan > 1 && keepsCategoryWords(cell.text) ? ' cell--keep-words' : '';
      return `<th class="cell cell--row-label cell--row-label-${variant}${keep}" scope="${cell.rowSpan > 1 ? 'rowgroup' : 'row'}"${spans(cell)}>${text}</th>`;
    }
    case 'value': {
      const ref = cell.ref!;
      const blank = cell.value === null || cell.value === undefined ? ' cell--blank' : '';
      return `<td class="cell cell--value${blank}" data-ref="${escapeHtml(`${ref.table}/${ref.row}/${ref.column}`)}"${spans(cell)}>${text}</td>`;
    }
    case 'empty':
      return `<td class="cell cell--empty"${spans(cell)}></td>`;
  }
}

export interface RenderTableOptions {
  /** Form id, written as `data-form` for readers and tests. */
  formId?: string;
}

/**
 * One official table as HTML, drawn from `layoutTable(table)` alone: every merged header and row
 * label with its spans, header rows in `<thead>` (repeated on each printed page), each block or
 * band in its own `<tbody>` so printing never separates a caption or header from its rows.
 * A table that fits on one page is kept on one page (moved whole to the next if need be); a longer
 * one runs on with its header repeated. An unfilled cell prints empty; a grid position a row does
 * not have prints hatched.
 */
export function renderTable(table: TableDefinition, report: Pick<Report, 'tables'>, options: RenderTableOptions = {}): string {
  return renderOutlineTable(outlineTable(table, report), options);
}

/** A table of the document outline (`documentOutline`, `outlineTable`) as HTML; see `renderTable`. */
export function renderOutlineTable(table: OutlineTable, options: RenderTableOptions = {}): string {
  const { grid } = table;
  const rows: OutlineCell[][] = Array.from({ length: grid.rowCount }, () => []);
  for (const cell of table.cells) rows[cell.row].push(cell);
  for (const row of rows) row.sort((a, b) => a.column - b.column);

  const renderRows = (start: number, end: number) =>
    rows
      .slice(start, end)
      .map((cells) => `<tr>${cells.map(renderCell).join('')}</tr>`)
      .join('\n');

  const parts: string[] = [];
  if (grid.headerRows > 0) parts.push(`<thead>\n${renderRows(0, grid.headerRows)}\n</thead>`);
  const bands = grid.bands.filter((band) => band.kind !== 'header');
  let covered = grid.headerRows;
  for (const band of bands) {
    const start = Math.max(band.startRow, covered);
    if (band.endRow <= start) continue;
    if (start > covered) parts.push(`<tbody class="band band--body">\n${renderRows(covered, start)}\n</tbody>`);
    parts.push(`<tbody class="band band--${band.kind}">\n${renderRows(start, band.endRow)}\n</tbody>`);
    covered = band.endRow;
  }
  if (covered < grid.rowCount) parts.push(`<tbody class="band band--body">\n${renderRows(covered, grid.rowCount)}\n</tbody>`);

  const widths = columnWidths(grid);
  const colgroup = `<colgroup>${widths.map((width) => (width ? `<col style="width:${width}">` : '<col>')).join('')}</colgroup>`;
  const attributes = [
    `class="report-table report-table--${table.definition.layout.type}${estimateTableHeight(grid) <= onePage ? ' report-table--keep' : ''}"`,
    `data-table="${escapeHtml(table.id)}"`,
    options.formId ? `data-form="${escapeHtml(options.formId)}"` : '',
    `aria-label="${escapeHtml(table.title)}"`,
  ]
    .filter(Boolean)
    .join(' ');
  const notes = table.notes.length ? `\n<div class="table-notes">${table.notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('')}</div>` : '';
  return `<div class="table-wrap">\n<table ${attributes}>\n${colgroup}\n${parts.join('\n')}\n</table>\n</div>${notes}`;
}
