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

/** `<row` or `<c` (any prefix), as told by {@link tagKind}. */
const ROW = 1;
const CELL = 2;

/** The 0-based row of a row's attributes (` r="12"` → 11), or `next` when they give none. */
function rowNumber(attributes: string, next: number): number {
  // Fast path for ` r="12"` (up to 9 digits, exact as a number); anything unusual goes to the regular expression.
  const at = attributes.indexOf(' r="');
  if (at >= 0) {
    let i = at + 4;
    let digits = 0;
    for (let code = attributes.charCodeAt(i); code >= 48 && code <= 57 && i - at - 4 < 9; code = attributes.charCodeAt(++i)) digits = digits * 10 + (code - 48);
    if (i > at + 4 && attributes.charCodeAt(i) === 34) return digits - 1;
  }
  const number = ROW_NUMBER.exec(attributes);
  return number ? Number(number[1]) - 1 : next;
}

/** `[\w.-]`: ASCII letters, digits, `_`, `.` and `-` (a name character as the regular expressions here read one). */
function isNameCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 45;
}

/** What `\s` matches in a JavaScript regular expression. */
function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Scans worksheet XML for what reading needs — cells with a value or formula, and merged
 * ranges — without building a DOM, in one pass by hand (no regular expression per tag; empty
 * styled cells cost a few character tests). Cells and rows without `r` follow the previous one,
 * as the format allows. `budget.remaining` counts cells with content across all sheets.
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
  /** Reads ` r="B12"` from a cell's attributes into row and column; false when there is none. */
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
  const add = (cell: RawCell) => {
    if (--budget.remaining < 0) throw new CellLimitError();
    cells.set(positionKey(cell.row, cell.column), cell);
    if (cell.row + 1 > rowCount) rowCount = cell.row + 1;
    if (cell.column + 1 > columnCount) columnCount = cell.column + 1;
  };
  const length = xml.length;
  const dataStart = xml.indexOf('sheetData');
  const dataEnd = xml.lastIndexOf('sheetData');
  /** The next `r=` at or after the last place looked from (-1: none left), so empty cells never rescan the text. */
  let nextR = -2;
  let lt = xml.indexOf('<', dataStart < 0 ? length : dataStart);
  while (lt >= 0) {
    // The element's local name, after any prefix (`<x:c …>`): as `<([\w.-]+:)?(row|c)(?=[\s/>])` reads it.
    let localStart = lt + 1;
    let localEnd = localStart;
    while (localEnd < length && isNameCode(xml.charCodeAt(localEnd))) localEnd++;
    if (localEnd > localStart && xml.charCodeAt(localEnd) === 58) {
      localStart = localEnd + 1;
      localEnd = localStart;
      while (localEnd < length && isNameCode(xml.charCodeAt(localEnd))) localEnd++;
    }
    const nameLength = localEnd - localStart;
    const kind = nameLength === 1 && xml.charCodeAt(localStart) === 99 ? CELL : nameLength === 3 && xml.startsWith('row', localStart) ? ROW : 0;
    const next = xml.charCodeAt(localEnd);
    if (kind === 0 || (next !== 62 && next !== 47 && !isSpaceCode(next))) {
      lt = xml.indexOf('<', lt + 1);
      continue;
    }
    const gt = xml.indexOf('>', localEnd);
    if (gt < 0 || lt > dataEnd) break;
    const end = gt + 1;
    const selfClosing = xml.charCodeAt(gt - 1) === 47; // '/>'
    const attributesStart = localEnd;
    const attributesEnd = selfClosing ? gt - 1 : gt;
    if (kind === ROW) {
      row = rowNumber(xml.slice(attributesStart, attributesEnd), row + 1);
      column = -1;
      pendingStart = -1;
      lt = xml.indexOf('<', end);
      continue;
    }
    if (selfClosing) {
      // <c r="B2" s="3"/>: styled but empty. Its position matters only to a following cell without `r`.
      if (nextR !== -1 && nextR < attributesStart) nextR = xml.indexOf('r=', attributesStart);
      if (nextR >= 0 && nextR < attributesEnd) {
        pendingStart = attributesStart;
        pendingEnd = attributesEnd;
        lt = xml.indexOf('<', end);
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
    if (selfClosing) {
      lt = xml.indexOf('<', end);
      continue;
    }
    const prefixLength = localStart - lt - 1;
    const closing = prefixLength > 0 ? `</${xml.slice(lt + 1, localStart)}c>` : '</c>';
    const found = xml.indexOf(closing, end);
    const close = found < 0 ? length : found;
    lt = found < 0 ? -1 : xml.indexOf('<', found + closing.length);
    if (close === end) continue;
    const typeAt = attributes.indexOf(' t="');
    const typeMatch = typeAt >= 0 ? undefined : CELL_TYPE.exec(attributes);
    const type = typeAt >= 0 ? attributes.slice(typeAt + 4, attributes.indexOf('"', typeAt + 4)) : typeMatch ? typeMatch[1] : 'n';
    const cell: RawCell = { row, column, type };
    // Fast path for a bare `<v>…</v>`.
    if (type !== 'inlineStr' && close - end >= 7 && xml.startsWith('<v>', end) && xml.startsWith('</v>', close - 4) && xml.indexOf('<', end + 3) === close - 4) {
      const value = xml.slice(end + 3, close - 4);
      cell.value = type === 's' ? (sharedStrings[Number(value)] ?? '') : type === 'n' ? value.trim() : decodeXmlText(value);
      add(cell);
      continue;
    }
    const inner = xml.slice(end, close);
    if (type === 'inlineStr') {
      const inline = firstElement(inner, 'is');
      if (inline !== undefined) cell.value = stringItemText(inline);
    } else {
      const value = firstElement(inner, 'v');
      if (value !== undefined) {
        if (type === 's') {
          cell.value = sharedStrings[Number(value)] ?? '';
        } else {
          cell.value = type === 'n' ? value.trim() : decodeXmlText(value);
        }
      }
    }
    if (inner.includes('f')) {
      const formula = firstElement(inner, 'f');
      if (formula !== undefined) cell.formula = decodeXmlText(formula);
    }
    if (cell.value === undefined && cell.formula === undefined) continue;
    add(cell);
  }
  const merges: CellRange[] = [];
  const mergeStart = xml.indexOf('mergeCell', dataEnd > 0 ? dataEnd : 0);
  if (mergeStart >= 0) {
    MERGE.lastIndex = mergeStart - 2;
    let match: RegExpExecArray | null;
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
