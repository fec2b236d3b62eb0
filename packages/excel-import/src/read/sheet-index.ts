import type { TableDefinition } from '@report/core';
import type { TableDetection } from '@report/core/plugin';
import type { CellRange } from '../xlsx/cell-address.js';
import type { TableInstance } from './locate-table.js';
import type { Sheet } from '../xlsx/sheet.js';
import { matchKey, withoutTrailingNote } from './labels.js';

/**
 * How a label was put together from several cells: `down` — stacked cells read top to bottom
 * (`商业` over `企业`, or `本年新` merged over `制作数量` and `公开数量`); `right` — adjacent cells
 * read left to right (`一、本年新收政府信息` | `公开申请数量`).
 */
export type LabelJoin = 'down' | 'right';

/** A text cell of a sheet with its match keys, or a label joined from several such cells. */
export interface TextCell {
  /** Position of the cell; for a joined label, of its last piece (the one nearest the figures). */
  row: number;
  column: number;
  text: string;
  key: string;
  /** The key without a trailing note (`规章（设区的市…）` → `规章`), when there is one. */
  shortKey?: string;
  /** Set when the label was joined from several cells. */
  joined?: LabelJoin;
  /** First row of a joined label (its first piece). */
  top?: number;
}

/** The text cells of a sheet by match key, for finding labels wherever a table starts. */
export interface SheetIndex {
  sheet: Sheet;
  byKey: Map<string, TextCell[]>;
  texts: TextCell[];
  /** Text cells by position (`row * 16384 + column`). */
  at: Map<number, TextCell>;
  /** Merged ranges by the position of their top-left cell (where a merged label's text is). */
  mergesAt: Map<number, CellRange>;
  /** Joined labels already looked up, by key. */
  joinedCache: Map<string, TextCell[]>;
  /**
   * What `locateTable` found on this sheet, by table definition and detection labels (forms share
   * table definitions: 表四 is one object in both built-in forms). Kept on the index rather than in
   * a WeakMap keyed by it, which would cost every garbage collection. Shared, read only.
   */
  located?: Map<TableDefinition, Map<TableDetection | undefined, TableInstance[]>>;
  /** `texts` by row, in the same order (made when first asked). */
  textsByRow?: Map<number, TextCell[]>;
  /** The distinct keys of single cells (not their short keys), by first character: the heads a joined label can start with. */
  headsByFirst?: Map<number, string[]>;
}

const TEXT_TYPES = new Set(['s', 'str', 'inlineStr']);
/** A label is joined from at most this many cells. */
const MAX_PIECES = 3;

/** The match keys of a cell text: its key and, when it ends in a note, the key without it. */
interface TextKeys {
  key: string;
  shortKey?: string;
}

/**
 * Keys of texts seen before, by text: workbooks of one county repeat the same official labels,
 * so most texts are normalised once per run rather than once per file. Bounded (cleared when
 * full); texts indexed are at most 200 characters.
 */
const textKeyCache = new Map<string, TextKeys>();
const TEXT_KEY_CACHE_SIZE = 8192;

function textKeys(text: string): TextKeys {
  const cached = textKeyCache.get(text);
  if (cached) return cached;
  const keys: TextKeys = { key: matchKey(text) };
  if (keys.key) {
    const note = withoutTrailingNote(text);
    const noteKey = note ? matchKey(note) : '';
    if (noteKey && noteKey !== keys.key) keys.shortKey = noteKey;
  }
  if (textKeyCache.size >= TEXT_KEY_CACHE_SIZE) textKeyCache.clear();
  textKeyCache.set(text, keys);
  return keys;
}

const position = (row: number, column: number) => row * 16384 + column;
const order = (a: TextCell, b: TextCell) => a.row - b.row || a.column - b.column || Number(Boolean(a.joined)) - Number(Boolean(b.joined));

export function indexSheet(sheet: Sheet): SheetIndex {
  const byKey = new Map<string, TextCell[]>();
  const texts: TextCell[] = [];
  const at = new Map<number, TextCell>();
  const add = (key: string, cell: TextCell) => {
    const list = byKey.get(key);
    if (list) list.push(cell);
    else byKey.set(key, [cell]);
  };
  for (const raw of sheet.cells.values()) {
    if (!TEXT_TYPES.has(raw.type) || !raw.value) continue;
    const text = raw.value;
    if (text.length > 200) continue;
    const { key, shortKey } = textKeys(text);
    if (!key) continue;
    const cell: TextCell = { row: raw.row, column: raw.column, text, key };
    if (shortKey) cell.shortKey = shortKey;
    texts.push(cell);
    at.set(position(raw.row, raw.column), cell);
    add(key, cell);
    if (cell.shortKey) add(cell.shortKey, cell);
  }
  texts.sort(order);
  for (const list of byKey.values()) list.sort(order);
  const mergesAt = new Map(sheet.merges.map((range) => [position(range.top, range.left), range]));
  return { sheet, byKey, texts, at, mergesAt, joinedCache: new Map() };
}

/** No cells: shared, never added to. */
const NO_CELLS = Object.freeze([]) as unknown as TextCell[];

/** The cells that continue a label piece: those right below it (within its merged width), or right after it (within its merged height). */
function neighbours(index: SheetIndex, piece: TextCell, join: LabelJoin): TextCell[] {
  const range = index.mergesAt.get(position(piece.row, piece.column));
  const top = range ? range.top : piece.row;
  const left = range ? range.left : piece.column;
  const bottom = range ? range.bottom : piece.row;
  const right = range ? range.right : piece.column;
  let found: TextCell[] | undefined;
  if (join === 'down') {
    for (let column = left; column <= right; column++) {
      const cell = index.at.get(position(bottom + 1, column));
      if (cell) (found ??= []).push(cell);
    }
  } else {
    for (let row = top; row <= bottom; row++) {
      const cell = index.at.get(position(row, right + 1));
      if (cell) (found ??= []).push(cell);
    }
  }
  return found ?? NO_CELLS;
}

/** The pieces after `piece` that spell `rest`, one list per way; the last may end in a note (`项目数量（指2019年事项数）`). */
function completions(index: SheetIndex, piece: TextCell, rest: string, join: LabelJoin, piecesLeft: number): TextCell[][] {
  const found: TextCell[][] = [];
  for (const next of neighbours(index, piece, join)) {
    if (next.key === rest || next.shortKey === rest) found.push([next]);
    else if (piecesLeft > 1 && rest.startsWith(next.key)) {
      for (const tail of completions(index, next, rest.slice(next.key.length), join, piecesLeft - 1)) found.push([next, ...tail]);
    }
  }
  return found;
}

/** The text cells of one row, in reading order (as `index.texts` filtered by row). Shared, read only. */
export function textsOnRow(index: SheetIndex, row: number): readonly TextCell[] {
  let byRow = index.textsByRow;
  if (!byRow) {
    byRow = new Map();
    for (const cell of index.texts) {
      const list = byRow.get(cell.row);
      if (list) list.push(cell);
      else byRow.set(cell.row, [cell]);
    }
    index.textsByRow = byRow;
  }
  return byRow.get(row) ?? [];
}

const NO_HEADS: readonly string[] = [];

function headsOf(index: SheetIndex): Map<number, string[]> {
  if (index.headsByFirst) return index.headsByFirst;
  const heads = new Map<number, string[]>();
  const seen = new Set<string>();
  for (const cell of index.texts) {
    if (seen.has(cell.key)) continue;
    seen.add(cell.key);
    const first = cell.key.charCodeAt(0);
    const list = heads.get(first);
    if (list) list.push(cell.key);
    else heads.set(first, [cell.key]);
  }
  index.headsByFirst = heads;
  return heads;
}

/**
 * Labels written over several cells that spell `key`: stacked cells read down (a wrapped header,
 * a header merged over the cells it begins — `本年新` over `制作数量`) or adjacent cells read
 * right (a row label split over two columns). Each is placed at its last piece. Looked up only
 * for the keys a form asks for, and remembered per sheet.
 */
function joinedLabels(index: SheetIndex, key: string): TextCell[] {
  const cached = index.joinedCache.get(key);
  if (cached) return cached;
  // The sheet's keys that begin `key`, shortest first (as if trying every prefix of `key` in turn).
  let heads: string[] | undefined;
  for (const head of headsOf(index).get(key.charCodeAt(0)) ?? NO_HEADS) {
    if (head.length < key.length && key.startsWith(head)) (heads ??= []).push(head);
  }
  // No cell begins the key (most keys on most sheets): nothing to remember, it is as quick to find again.
  if (!heads) return NO_CELLS;
  heads.sort((a, b) => a.length - b.length);
  const found: TextCell[] = [];
  for (const head of heads) {
    const end = head.length;
    for (const first of index.byKey.get(head) ?? []) {
      if (first.key !== head) continue;
      for (const join of ['down', 'right'] as const) {
        for (const rest of completions(index, first, key.slice(end), join, MAX_PIECES - 1)) {
          const last = rest[rest.length - 1];
          let text = first.text;
          for (const piece of rest) text += piece.text;
          found.push({ row: last.row, column: last.column, text, key, joined: join, top: first.row });
        }
      }
    }
  }
  index.joinedCache.set(key, found);
  return found;
}

const BOTH_JOINS: readonly LabelJoin[] = ['down', 'right'];

/**
 * Cells matching any of the keys, each position once, in reading order: single cells, then
 * labels joined from several cells (`joins`: which kinds; a column header is read down only).
 */
export function cellsMatching(index: SheetIndex, keys: readonly string[], joins: readonly LabelJoin[] = BOTH_JOINS): readonly TextCell[] {
  let found: Map<number, TextCell> | undefined;
  for (const key of keys) {
    const cells = index.byKey.get(key);
    if (cells) for (const cell of cells) (found ??= new Map()).set(position(cell.row, cell.column), cell);
  }
  for (const key of keys) {
    for (const cell of joinedLabels(index, key)) {
      if (cell.joined && joins.includes(cell.joined) && !found?.has(position(cell.row, cell.column))) (found ??= new Map()).set(position(cell.row, cell.column), cell);
    }
  }
  // Most lists of keys match nothing on most sheets: no map, no sort, one shared empty list.
  return found ? [...found.values()].sort(order) : NO_CELLS;
}
