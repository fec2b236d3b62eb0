import type { Severity } from '@report/core';
import { inputLimits, shortenText } from '@report/core/plugin';
import { textWidth } from '../template/create-template.js';
import { cellAddress } from '../xlsx/cell-address.js';
import { escapeXml, xmlText } from '../xlsx/xml-text.js';
import type { ListedProblem } from './plan.js';
import type { ListStyles } from './styles.js';
import type { AnnotationTexts } from './texts.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WIDTHS = [6, 9, 14, 9, 40, 60, 48];
const { paragraph, short } = inputLimits.maxTextLength;

/** `'表三'!J8`: a reference to a cell of a sheet, the name quoted as formulas need it. */
export function sheetReference(sheet: string, row: number, column: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${cellAddress(row, column)}`;
}

/** A row height that shows the wrapped texts whole (Excel does not fit rows to wrapped text written by a program). */
function rowHeight(texts: readonly string[]): number {
  const lines = texts.map((text, column) => text.split('\n').reduce((count, line) => count + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, WIDTHS[column] - 1))), 0));
  return Math.min(409, 15 * Math.max(1, ...lines));
}

const textCell = (address: string, style: number, text: string) => `<c r="${address}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;

/**
 * The worksheet of the problem list: a title line, the column headings, and one line per problem
 * (number, severity, sheet, cell, official label, message, how to fix). The cell column links to the
 * cell (an internal `<hyperlink location>`, no formula). Strings are inline, so the workbook's
 * shared-string table is left as it is.
 */
export function problemListSheet(file: string, listed: readonly ListedProblem[], styles: ListStyles, texts: AnnotationTexts): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { diagnostic } of listed) counts[diagnostic.severity] += 1;
  const rows: string[] = [
    `<row r="1" ht="36" customHeight="1">${textCell('A1', styles.title, shortenText(texts.title(file, counts), paragraph))}</row>`,
    `<row r="2">${texts.headers.map((header, column) => textCell(cellAddress(1, column), styles.header, header)).join('')}</row>`,
  ];
  const links: string[] = [];
  listed.forEach(({ diagnostic, sheet, cell }, index) => {
    const row = index + 2;
    const at = (column: number) => cellAddress(row, column);
    const values = [
      String(index + 1),
      texts.severity[diagnostic.severity],
      shortenText(sheet?.name ?? diagnostic.location.sheet ?? texts.noCell, short),
      cell ? cellAddress(cell.row, cell.column) : shortenText(diagnostic.location.cell ?? texts.noCell, short),
      shortenText(diagnostic.location.label ?? texts.noCell, short),
      shortenText(diagnostic.message, paragraph),
      shortenText(diagnostic.help ?? texts.noCell, paragraph),
    ];
    const styleOf = [styles.centered, styles.severity[diagnostic.severity], styles.text, cell ? styles.link : styles.centered, styles.text, styles.text, styles.text];
    const cells = values.map((value, column) => (column === 0 ? `<c r="${at(0)}" s="${styles.centered}"><v>${index + 1}</v></c>` : textCell(at(column), styleOf[column], value)));
    rows.push(`<row r="${row + 1}" ht="${rowHeight(values)}" customHeight="1">${cells.join('')}</row>`);
    if (sheet && cell) {
      const target = sheetReference(sheet.name, cell.row, cell.column);
      links.push(`<hyperlink ref="${at(3)}" location="${escapeXml(target)}" display="${escapeXml(cellAddress(cell.row, cell.column))}"/>`);
    }
  });
  const last = cellAddress(listed.length + 1, WIDTHS.length - 1);
  const columns = WIDTHS.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    '<sheetPr><tabColor rgb="FFC00000"/><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${columns}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<mergeCells count="1"><mergeCell ref="A1:${cellAddress(0, WIDTHS.length - 1)}"/></mergeCells>` +
    (links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}
