import { columnIndex, parseRange, type CellRange } from './cell-address.js';
import type { RawCell } from './sheet.js';
import { positionKey } from './sheet.js';
import { decodeXmlText, stringItemText } from './xml-text.js';

/** Thrown when the sheets together hold more cells than the limit allows. */
export class CellLimitError extends Error {
  constructor() {
    super('too many cells');
    this.name = 'CellLimitError';
  }
}

const ROW_OR_CELL = /<([\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>/g;
const ROW_NUMBER = /\sr\s*=\s*["'](\d+)["']/;
const CELL_REFERENCE = /\sr\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)["']/;
const CELL_TYPE = /\st\s*=\s*["'](\w+)["']/;
const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const FORMULA = /<(?:[\w.-]+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const INLINE_STRING = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;
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
  /** Attributes of the last empty cell, whose position is worked out only if a cell without `r` follows. */
  let pending: string | undefined;
  const locate = (attributes: string): boolean => {
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
    const tagText = match[3];
    const selfClosing = tagText.endsWith('/');
    const attributes = selfClosing ? tagText.slice(0, -1) : tagText;
    if (match[2] === 'row') {
      const number = ROW_NUMBER.exec(attributes);
      row = number ? Number(number[1]) - 1 : row + 1;
      column = -1;
      pending = undefined;
      continue;
    }
    const empty = selfClosing;
    if (empty && attributes.includes('r=')) {
      // <c r="B2" s="3"/>: styled but empty. Its position matters only to a following cell without `r`.
      pending = attributes;
      continue;
    }
    if (!locate(attributes)) {
      if (pending !== undefined) locate(pending);
      column += 1;
    }
    pending = undefined;
    if (row < 0) row = 0;
    if (empty) continue;
    const closing = match[1] ? `</${match[1]}c>` : '</c>';
    const close = xml.indexOf(closing, ROW_OR_CELL.lastIndex);
    const inner = xml.slice(ROW_OR_CELL.lastIndex, close < 0 ? xml.length : close);
    ROW_OR_CELL.lastIndex = close < 0 ? xml.length : close + closing.length;
    if (inner.length === 0) continue;
    const typeMatch = CELL_TYPE.exec(attributes);
    const type = typeMatch ? typeMatch[1] : 'n';
    const cell: RawCell = { row, column, type };
    if (type === 'inlineStr') {
      const inline = INLINE_STRING.exec(inner);
      if (inline) cell.value = stringItemText(inline[1]);
    } else {
      const value = VALUE.exec(inner);
      if (value) {
        if (type === 's') {
          const index = Number(value[1]);
          cell.value = sharedStrings[index] ?? '';
        } else {
          cell.value = type === 'n' ? value[1].trim() : decodeXmlText(value[1]);
        }
      }
    }
    if (inner.includes('f')) {
      const formula = FORMULA.exec(inner);
      if (formula) cell.formula = decodeXmlText(formula[1] ?? '');
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
const SHARED_STRING_ITEM = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;

/** The shared-string table: plain and rich-text items, phonetic runs dropped. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  SHARED_STRING_ITEM.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SHARED_STRING_ITEM.exec(xml))) {
    const inner = match[1];
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
