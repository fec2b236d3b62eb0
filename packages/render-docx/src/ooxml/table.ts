import type { DocxCell, DocxTable } from '../content/blocks.js';
import type { DocxFont } from './fonts.js';
import { runFonts } from './run-fonts.js';
import { styleIds } from './styles.js';
import { columnWidths } from './column-widths.js';
import { element } from './xml.js';

/** Tables of at most this many rows stay on one page. */
const shortTableRows = 8;

export interface TableFonts {
  /** Block captions of table 二 (`第二十条第（一）项`) are set in the heading face. */
  caption: Required<DocxFont>;
}

function cellParagraph(cell: DocxCell, keepNext: boolean, fonts: TableFonts): string {
  const pPr = element('w:pStyle', { 'w:val': styleIds.table }) + (keepNext ? element('w:keepNext') : '') + (cell.align === 'center' ? '' : element('w:jc', { 'w:val': cell.align }));
  const rPr = cell.kind === 'caption' ? runFonts(fonts.caption) : cell.kind === 'corner' ? element('w:sz', { 'w:val': 18 }) + element('w:szCs', { 'w:val': 18 }) : '';
  const run = cell.text === '' ? '' : element('w:r', {}, (rPr ? element('w:rPr', {}, rPr) : '') + element('w:t', { 'xml:space': 'preserve' }, cell.text));
  return element('w:p', {}, element('w:pPr', {}, pPr) + run);
}

function cellXml(cell: DocxCell, widths: readonly number[], merge: 'restart' | 'continue' | undefined, keepNext: boolean, fonts: TableFonts): string {
  const width = widths.slice(cell.column, cell.column + cell.colSpan).reduce((a, b) => a + b, 0);
  const tcPr = [
    element('w:tcW', { 'w:w': width, 'w:type': 'dxa' }),
    cell.colSpan > 1 ? element('w:gridSpan', { 'w:val': cell.colSpan }) : '',
    merge === 'restart' ? element('w:vMerge', { 'w:val': 'restart' }) : merge === 'continue' ? element('w:vMerge') : '',
    // A grid position the row does not have is struck through, as on the printed form.
    cell.kind === 'empty' && merge !== 'continue' ? element('w:tcBorders', {}, element('w:tl2br', { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': '000000' })) : '',
    element('w:vAlign', { 'w:val': 'center' }),
  ].join('');
  const paragraph = merge === 'continue' ? element('w:p', {}, element('w:pPr', {}, element('w:pStyle', { 'w:val': styleIds.table }) + (keepNext ? element('w:keepNext') : ''))) : cellParagraph(cell, keepNext, fonts);
  return element('w:tc', {}, element('w:tcPr', {}, tcPr) + paragraph);
}

/**
 * A table as WordprocessingML, straight from the printed grid: each grid cell once at its top-left
 * position with `w:gridSpan` for its columns and `w:vMerge="restart"` for its rows; the rows below
 * it carry a `w:vMerge` continuation cell of the same span at that position. Header rows repeat on
 * each page (`w:tblHeader`), no row breaks across pages (`w:cantSplit`), and the rows of a band that
 * must stay on one page (a block of table 二), or of a short table, keep with the next. Fixed layout, so Word, WPS and
 * LibreOffice keep the widths.
 */
export function tableXml(table: DocxTable, total: number, fonts: TableFonts): string {
  const widths = columnWidths(table, total);
  const starts = new Map<string, DocxCell>();
  const covering: Array<Array<DocxCell | undefined>> = Array.from({ length: table.rowCount }, () => Array.from({ length: table.columnCount }, () => undefined));
  for (const cell of table.cells) {
    starts.set(`${cell.row}:${cell.column}`, cell);
    for (let r = cell.row; r < Math.min(table.rowCount, cell.row + cell.rowSpan); r += 1) {
      for (let c = cell.column; c < Math.min(table.columnCount, cell.column + cell.colSpan); c += 1) covering[r][c] = cell;
    }
  }
  // A short table (table 七 of a province, the outcomes list) is never split; a long one keeps its header and table 二's blocks whole.
  const short = table.rowCount <= shortTableRows;
  const keepWithNext = (row: number) => (short && row < table.rowCount - 1) || table.bands.some((band) => band.kind !== 'body' && row >= band.startRow && row < band.endRow - 1);
  const rows: string[] = [];
  for (let row = 0; row < table.rowCount; row += 1) {
    const trPr = element('w:trPr', {}, element('w:cantSplit') + element('w:trHeight', { 'w:val': 340 }) + (row < table.headerRows ? element('w:tblHeader') : ''));
    const cells: string[] = [];
    for (let column = 0; column < table.columnCount; ) {
      const cell = covering[row][column];
      if (!cell) {
        // Nothing in the grid here (not expected from layoutTable): an empty cell keeps the row whole.
        cells.push(cellXml({ row, column, rowSpan: 1, colSpan: 1, kind: 'empty', text: '', align: 'center' }, widths, undefined, false, fonts));
        column += 1;
        continue;
      }
      const startsHere = starts.get(`${row}:${column}`) === cell;
      const span = cell.column + cell.colSpan - column;
      const merge = cell.rowSpan > 1 ? (startsHere ? 'restart' : 'continue') : undefined;
      const piece = startsHere ? cell : { ...cell, column, colSpan: span };
      cells.push(cellXml(piece, widths, merge, keepWithNext(row), fonts));
      column += span;
    }
    rows.push(element('w:tr', {}, trPr + cells.join('')));
  }
  const tblPr = [
    element('w:tblStyle', { 'w:val': styleIds.tableStyle }),
    element('w:tblW', { 'w:w': total, 'w:type': 'dxa' }),
    element('w:jc', { 'w:val': 'center' }),
    element('w:tblBorders', {}, ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => element(`w:${side}`, { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': '000000' })).join('')),
    element('w:tblLayout', { 'w:type': 'fixed' }),
    element('w:tblCellMar', {}, element('w:left', { 'w:w': 57, 'w:type': 'dxa' }) + element('w:right', { 'w:w': 57, 'w:type': 'dxa' })),
    element('w:tblLook', { 'w:val': '0000', 'w:firstRow': 0, 'w:lastRow': 0, 'w:firstColumn': 0, 'w:lastColumn': 0, 'w:noHBand': 1, 'w:noVBand': 1 }),
  ].join('');
  const grid = element('w:tblGrid', {}, widths.map((width) => element('w:gridCol', { 'w:w': width })).join(''));
  return element('w:tbl', {}, element('w:tblPr', {}, tblPr) + grid + rows.join(''));
}
