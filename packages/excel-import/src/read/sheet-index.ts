import type { Sheet } from '../xlsx/sheet.js';
import { matchKey, withoutTrailingNote } from './labels.js';

/** A text cell of a sheet with its match keys. */
export interface TextCell {
  row: number;
  column: number;
  text: string;
  key: string;
}

/** The text cells of a sheet by match key, for finding labels wherever a table starts. */
export interface SheetIndex {
  sheet: Sheet;
  byKey: Map<string, TextCell[]>;
  texts: TextCell[];
}

const TEXT_TYPES = new Set(['s', 'str', 'inlineStr']);

export function indexSheet(sheet: Sheet): SheetIndex {
  const byKey = new Map<string, TextCell[]>();
  const texts: TextCell[] = [];
  const add = (key: string, cell: TextCell) => {
    const list = byKey.get(key);
    if (list) list.push(cell);
    else byKey.set(key, [cell]);
  };
  for (const raw of sheet.cells.values()) {
    if (!TEXT_TYPES.has(raw.type) || !raw.value) continue;
    const text = raw.value;
    if (text.length > 200) continue;
    const key = matchKey(text);
    if (!key) continue;
    const cell: TextCell = { row: raw.row, column: raw.column, text, key };
    texts.push(cell);
    add(key, cell);
    const note = withoutTrailingNote(text);
    if (note) {
      const noteKey = matchKey(note);
      if (noteKey && noteKey !== key) add(noteKey, cell);
    }
  }
  const order = (a: TextCell, b: TextCell) => a.row - b.row || a.column - b.column;
  texts.sort(order);
  for (const list of byKey.values()) list.sort(order);
  return { sheet, byKey, texts };
}

/** Cells matching any of the keys, each once, in reading order. */
export function cellsMatching(index: SheetIndex, keys: readonly string[]): TextCell[] {
  if (keys.length === 1) return index.byKey.get(keys[0]) ?? [];
  const found = new Set<TextCell>();
  for (const key of keys) for (const cell of index.byKey.get(key) ?? []) found.add(cell);
  return [...found].sort((a, b) => a.row - b.row || a.column - b.column);
}
