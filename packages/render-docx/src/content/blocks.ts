import { type ChartItem, type GridBand } from '@report/core/plugin';

/** How a table cell is set: official labels centred, row labels left, numbers of a plain table right. */
export type CellAlign = 'left' | 'center' | 'right';

/** One cell of a table as the document draws it, at its top-left grid position with its spans. */
export interface DocxCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  /** The grid cell's kind (`header`, `rowLabel`, `value`, `caption`, `corner`, `empty`). */
  kind: string;
  text: string;
  align: CellAlign;
}

/** A table ready to write: the grid, the header rows repeated on each page, the bands kept on one page. */
export interface DocxTable {
  rowCount: number;
  columnCount: number;
  headerRows: number;
  cells: DocxCell[];
  bands: readonly GridBand[];
  /** `official`: a form's table (value columns share one width); `data`: a plain table of the appendix. */
  kind: 'official' | 'data';
  /** Columns whose cells are numbers (they get the narrow width); the others share the rest. */
  valueColumns: ReadonlySet<number>;
  notes: readonly string[];
}

/** A chart of the appendix, drawn as a DrawingML group of shapes: `bars` one bar per item, `shares` one 100% bar and a legend. */
export interface DocxChart {
  type: 'bars' | 'shares';
  caption: string;
  /** The alternative text (`wp:docPr descr`): the caption and every item with its value. */
  description: string;
  items: readonly ChartItem[];
  emptyText: string;
  totalLabel: string;
}

/**
 * The document as a flat list of blocks, before it is written: what to print, not how. GB/T 9704
 * heading levels: 1 `一、` 黑体, 2 `（一）` 楷体, 3 `1.` and 4 `（1）` 仿宋.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string; style?: 'body' | 'notice' | 'draft' }
  /** The visible note before generated text: `【草稿】` and what to do with it. */
  | { kind: 'draftNote'; badge: string; text: string }
  | { kind: 'table'; table: DocxTable }
  | { kind: 'chart'; chart: DocxChart }
  | { kind: 'pageBreak' };
