import type { PageSetup } from './xlsx/sheet-writer.js';

/** Printable size (mm wide, points high) of a landscape page with the sheets' margins (0.4 in at the sides, 0.6 in top and bottom). */
const PRINTABLE = {
  A4: { width: 297 - 20.3, height: 595 - 86.4 },
  A3: { width: 420 - 20.3, height: 842 - 86.4 },
} as const;
/** The smallest scale a sheet is shrunk to on a page: 10 pt text prints at 7 pt or larger. */
const SMALLEST_SCALE = 0.7;

/** Millimetres a sheet with these column widths (in characters) takes on paper at 100 %. */
export function printedWidth(widths: readonly number[]): number {
  const pixels = widths.reduce((sum, width) => sum + Math.trunc(width * 7 + 5), 0);
  return (pixels * 25.4) / 96;
}

/**
 * Landscape, on the smaller paper that keeps the text at 70 % or more when the sheet is fitted to
 * the page's width: A4, else A3 (a sheet wider than that prints across A3 pages at full size, the
 * title columns repeated on each). A sheet whose rows (`height`, points) also fit one page at
 * that scale is fitted to one page; a longer one runs down as many pages as it needs, its header
 * rows repeated.
 */
export function landscapePage(widths: readonly number[], height: number, titles: Pick<PageSetup, 'titleRows' | 'titleColumns' | 'footer'>): PageSetup {
  const width = printedWidth(widths);
  const paper = width * SMALLEST_SCALE <= PRINTABLE.A4.width ? 'A4' : 'A3';
  const fitToWidth = width * SMALLEST_SCALE <= PRINTABLE[paper].width;
  const onePage = fitToWidth && height * SMALLEST_SCALE <= PRINTABLE[paper].height;
  return { paper, orientation: 'landscape', fitToWidth, onePage, ...titles };
}
