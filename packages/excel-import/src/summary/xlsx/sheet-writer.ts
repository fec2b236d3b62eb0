import { columnLetters, rangeAddress, type CellRange } from '../../xlsx/cell-address.js';
import { xmlCellText } from './cell-text.js';
import type { CellStyle } from './styles.js';
import type { ZipEntry } from './zip-entry.js';

/** How a sheet prints. */
export interface PageSetup {
  paper: 'A4' | 'A3';
  orientation: 'landscape' | 'portrait';
  /** Scale the sheet so its width fits one page (its height takes as many pages as it needs). */
  fitToWidth: boolean;
  /** With `fitToWidth`: scale it to fit one page both ways. */
  onePage?: boolean;
  /** 1-based rows repeated at the top of every page, inclusive. */
  titleRows?: [number, number];
  /** 1-based columns repeated at the left of every page, inclusive. */
  titleColumns?: [number, number];
  /** The page footer in Excel's header/footer codes (`&L&A&R第 &P 页，共 &N 页`). */
  footer?: string;
}

export interface SheetOptions {
  name: string;
  /** Column widths in characters (Excel's unit), left to right. */
  columnWidths: readonly number[];
  /** Rows and columns kept in view while scrolling (frozen panes). */
  frozen?: { rows: number; columns: number };
  page: PageSetup;
  /** The filter buttons' range, 0-based: the header row on top, the rows it filters below. */
  autoFilter?: CellRange;
}

/** Interns strings for `xl/sharedStrings.xml`: each distinct text is stored once. */
export interface SharedStrings {
  index(text: string): number;
}

const PAPER = { A4: 9, A3: 8 } as const;
/** Text is flushed to the deflater in pieces of about this many UTF-16 units. */
const FLUSH_AT = 1 << 16;
const encoder = new TextEncoder();
const RESOLVED = Promise.resolve();

/**
 * Writes one worksheet's XML row by row into its zip entry, so a sheet of any length takes the
 * memory of one piece of text, not of the sheet: `endRow` hands each piece to the deflater and
 * its promise waits until the deflater has room. Cells are written in column order within a row,
 * rows in order; a string is always a shared string (`t="s"`), never a formula, so text from an
 * input cannot turn into one.
 */
export class SheetWriter {
  readonly options: SheetOptions;
  private readonly file: ZipEntry;
  private readonly strings: SharedStrings;
  private readonly letters: string[];
  private readonly merges: string[] = [];
  private text = '';
  private rows = 0;
  private row = 0;
  private ended = false;

  constructor(file: ZipEntry, strings: SharedStrings, options: SheetOptions) {
    this.file = file;
    this.strings = strings;
    this.options = options;
    this.letters = options.columnWidths.map((_, index) => columnLetters(index));
    this.text = sheetStart(options);
  }

  /** Rows written so far (the next row's 0-based index). */
  get rowCount(): number {
    return this.rows;
  }

  /** Starts the next row; `height` in points (otherwise the application sizes it). */
  startRow(height?: number): void {
    this.row = this.rows + 1;
    this.text += height === undefined ? `<row r="${this.row}">` : `<row r="${this.row}" ht="${height}" customHeight="1">`;
  }

  /** Ends the row; await it, so the text written waits for the deflater rather than piling up. */
  endRow(): Promise<void> {
    this.text += '</row>';
    this.rows = this.row;
    return this.text.length >= FLUSH_AT ? this.flush(false) : RESOLVED;
  }

  private address(column: number): string {
    return `${this.letters[column] ?? columnLetters(column)}${this.row}`;
  }

  /** A text cell (an empty text is a styled blank). */
  string(column: number, value: string, style: CellStyle): void {
    if (value === '') return this.blank(column, style);
    this.text += `<c r="${this.address(column)}" s="${style}" t="s"><v>${this.strings.index(value)}</v></c>`;
  }

  number(column: number, value: number, style: CellStyle): void {
    this.text += `<c r="${this.address(column)}" s="${style}"><v>${value}</v></c>`;
  }

  /** A formula with its result, which applications that do not recalculate show. */
  formula(column: number, formula: string, result: number, style: CellStyle): void {
    this.text += `<c r="${this.address(column)}" s="${style}"><f>${xmlCellText(formula)}</f><v>${result}</v></c>`;
  }

  /** An empty cell that keeps its style (a border, a shade). */
  blank(column: number, style: CellStyle): void {
    this.text += `<c r="${this.address(column)}" s="${style}"/>`;
  }

  merge(range: CellRange): void {
    this.merges.push(rangeAddress(range));
  }

  /** Closes the sheet: filters, merges and page setup after the rows, as the schema orders them. */
  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.text += `</sheetData>${sheetEnd(this.options, this.merges)}`;
    await this.flush(true);
  }

  private flush(final: boolean): Promise<void> {
    this.file.push(encoder.encode(this.text), final);
    this.text = '';
    return this.file.ready();
  }
}

function sheetStart({ columnWidths, frozen, page }: SheetOptions): string {
  const pane =
    frozen && (frozen.rows > 0 || frozen.columns > 0)
      ? `<pane${frozen.columns ? ` xSplit="${frozen.columns}"` : ''}${frozen.rows ? ` ySplit="${frozen.rows}"` : ''} topLeftCell="${columnLetters(frozen.columns)}${frozen.rows + 1}" activePane="${frozen.rows && frozen.columns ? 'bottomRight' : frozen.rows ? 'bottomLeft' : 'topRight'}" state="frozen"/>`
      : '';
  const cols = columnWidths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetPr>${page.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>'
  );
}

function sheetEnd({ autoFilter, page }: SheetOptions, merges: readonly string[]): string {
  return (
    (autoFilter ? `<autoFilter ref="${rangeAddress(autoFilter)}"/>` : '') +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '') +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="${PAPER[page.paper]}" orientation="${page.orientation}"${page.fitToWidth ? ` fitToWidth="1" fitToHeight="${page.onePage ? 1 : 0}"` : ''}/>` +
    (page.footer ? `<headerFooter><oddFooter>${xmlCellText(page.footer)}</oddFooter></headerFooter>` : '') +
    '</worksheet>'
  );
}
