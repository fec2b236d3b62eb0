import { columnIndex, parseRange, type CellRange } from './cell-address.js';
import type { RawCell } from './sheet.js';
import { positionKey } from './sheet.js';
import { decodeXmlText, elementsNamed, firstElement, stringItemText } from './xml-text.js';

/** Thrown when the sheets together hold more cells than the limit allows. */
export class CellLimitError extends Error {
  constructor() {
    super('too many cells');
    this.name = 'CellLimitError';
  }
}

const ROW_OR_CELL = /<([\w.-]+:)?(row|c)(?=[\s/>])[^>]*>/g;
const ROW_NUMBER = /\sr\s*=\s*["'](\d+)["']/;
const CELL_REFERENCE = /\sr\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)["']/;
const CELL_TYPE = /\st\s*=\s*["'](\w+)["']/;
const MERGE = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref\s*=\s*["']([^"']+)["']/g;

export interface ParsedSheet {
  cells: Map<number, RawCell>;
  merges: CellRange[];
  rowCount: number;
  columnCount: number;
}

/**
 * Scans worksheet XML for what reading needs — cells with a value or formula, and merged
 * ranges — without building a DOM. Cells and rows without `r` follow the previous one, as the
 * format allows. `budget.remaining` counts cells with content across all sheets.
 */
export function parseSheetXml(xml: string, sharedStrings: readonly string[], budget: { remaining: number }): ParsedSheet {
  const cells = new Map<number, RawCell>();
  let rowCount = 0;
  let columnCount = 0;
  let row = -1;
  let column = -1;
  /** Where the attributes of the last empty cell are; its position is worked out only if a cell without `r` follows. */
  let pendingStart = -1;
  let pendingEnd = -1;
  const locate = (attributes: string): boolean => {
    // Fast path for ` r="B12"`; anything unusual goes to the regular expression.
    const at = attributes.indexOf(' r="');
    if (at >= 0) {
      let i = at + 4;
      let letters = 0;
      let code = attributes.charCodeAt(i);
      while (code >= 65 && code <= 90) {
        letters = letters * 26 + (code - 64);
        code = attributes.charCodeAt(++i);
      }
      let digits = 0;
      const digitsStart = i;
      while (code >= 48 && code <= 57) {
        digits = digits * 10 + (code - 48);
        code = attributes.charCodeAt(++i);
      }
      if (letters > 0 && i > digitsStart && code === 34) {
        column = letters - 1;
        row = digits - 1;
        return true;
      }
    }
    const reference = CELL_REFERENCE.exec(attributes);
    if (!reference) return false;
    column = columnIndex(reference[1].toUpperCase());
    row = Number(reference[2]) - 1;
    return true;
  };
  const dataStart = xml.indexOf('sheetData');
  const dataEnd = xml.lastIndexOf('sheetData');
  ROW_OR_CELL.lastIndex = dataStart < 0 ? xml.length : dataStart;
  let match: RegExpExecArray | null;
  while ((match = ROW_OR_CELL.exec(xml))) {
    if (match.index > dataEnd) break;
    const end = ROW_OR_CELL.lastIndex;
    const selfClosing = xml.charCodeAt(end - 2) === 47; // '/>'
    const attributesStart = match.index + 1 + (match[1]?.length ?? 0) + match[2].length;
    const attributesEnd = selfClosing ? end - 2 : end - 1;
    if (match[2] === 'row') {
      const number = ROW_NUMBER.exec(xml.slice(attributesStart, attributesEnd));
      row = number ? Number(number[1]) - 1 : row + 1;
      column = -1;
      pendingStart = -1;
      continue;
    }
    if (selfClosing) {
      // <c r="B2" s="3"/>: styled but empty. Its position matters only to a following cell without `r`.
      const r = xml.indexOf('r=', attributesStart);
      if (r >= 0 && r < attributesEnd) {
        pendingStart = attributesStart;
        pendingEnd = attributesEnd;
        continue;
      }
    }
    const attributes = selfClosing ? '' : xml.slice(attributesStart, attributesEnd);
    if (!locate(attributes)) {
      if (pendingStart >= 0) locate(xml.slice(pendingStart, pendingEnd));
      column += 1;
    }
    pendingStart = -1;
    if (row < 0) row = 0;
    if (selfClosing) continue;
    const closing = match[1] ? `</${match[1]}c>` : '</c>';
    const close = xml.indexOf(closing, ROW_OR_CELL.lastIndex);
    const inner = xml.slice(ROW_OR_CELL.lastIndex, close < 0 ? xml.length : close);
    ROW_OR_CELL.lastIndex = close < 0 ? xml.length : close + closing.length;
    if (inner.length === 0) continue;
    const typeAt = attributes.indexOf(' t="');
    const typeMatch = typeAt >= 0 ? undefined : CELL_TYPE.exec(attributes);
    const type = typeAt >= 0 ? attributes.slice(typeAt + 4, attributes.indexOf('"', typeAt + 4)) : typeMatch ? typeMatch[1] : 'n';
    const cell: RawCell = { row, column, type };
    if (type === 'inlineStr') {
      const inline = firstElement(inner, 'is');
      if (inline !== undefined) cell.value = stringItemText(inline);
    } else {
      // Fast path for a bare `<v>…</v>`.
      const bare = inner.startsWith('<v>') && inner.endsWith('</v>') && inner.indexOf('<', 3) === inner.length - 4;
      const value = bare ? inner.slice(3, -4) : firstElement(inner, 'v');
      if (value !== undefined) {
        if (type === 's') {
          cell.value = sharedStrings[Number(value)] ?? '';
        } else {
          cell.value = type === 'n' ? value.trim() : decodeXmlText(value);
        }
      }
      if (bare) {
        if (--budget.remaining < 0) throw new CellLimitError();
        cells.set(positionKey(row, column), cell);
        if (row + 1 > rowCount) rowCount = row + 1;
        if (column + 1 > columnCount) columnCount = column + 1;
        continue;
      }
    }
    if (inner.includes('f')) {
      const formula = firstElement(inner, 'f');
      if (formula !== undefined) cell.formula = decodeXmlText(formula);
    }
    if (cell.value === undefined && cell.formula === undefined) continue;
    if (--budget.remaining < 0) throw new CellLimitError();
    cells.set(positionKey(row, column), cell);
    if (row + 1 > rowCount) rowCount = row + 1;
    if (column + 1 > columnCount) columnCount = column + 1;
  }
  const merges: CellRange[] = [];
  const mergeStart = xml.indexOf('mergeCell', dataEnd > 0 ? dataEnd : 0);
  if (mergeStart >= 0) {
    MERGE.lastIndex = mergeStart - 2;
    while ((match = MERGE.exec(xml))) {
      const range = parseRange(match[1]);
      if (range) merges.push(range);
    }
  }
  return { cells, merges, rowCount, columnCount };
}

const PLAIN_TEXT = /^<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>$/;

/** The shared-string table: plain and rich-text items, phonetic runs dropped. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const { inner } of elementsNamed(xml, 'si')) {
    if (!inner) {
      strings.push('');
      continue;
    }
    // Plain `<t>text</t>` (the usual case): no runs to join, no phonetic text to drop.
    const plain = PLAIN_TEXT.exec(inner);
    strings.push(plain ? decodeXmlText(plain[1]) : stringItemText(inner));
  }
  return strings;
}
