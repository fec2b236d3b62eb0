import type { FormDefinition, TableDefinition } from '@report/core';
import { normalizeLabel, type TableDetection } from '@report/core/plugin';

/**
 * The key two labels are compared by: `normalizeLabel` (full-/half-width, spaces and line breaks,
 * quotes, `、`/`，`) plus the variants real workbooks use — `其它` for `其他`, a trailing colon.
 */
export function matchKey(text: string): string {
  return normalizeLabel(text).replace(/其它/g, '其他').replace(/[:：]+$/, '');
}

/** `规章（设区的市…）` → `规章`; `本年收费金额（单位：万元）` → `本年收费金额`. Undefined when there is no trailing note. */
export function withoutTrailingNote(text: string): string | undefined {
  const match = /^(.+?)\s*[（(][^（）()]*[）)]\s*$/s.exec(text.trim());
  return match && match[1].trim() ? match[1] : undefined;
}

const LEADING_ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[.．、]|[（(]\d+[)）])\s*/;

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}

/** Keys a column's header may be written as: its label, without a trailing note, and the form's other labels for it (`detection`). */
export function columnKeys(label: string, variants: readonly string[] = []): string[] {
  const note = withoutTrailingNote(label);
  return unique([label, ...(note ? [note] : []), ...variants].map(matchKey));
}

/** Stands for “no detection labels” as a cache key. */
const NO_DETECTION: TableDetection = Object.freeze({});

/**
 * Keys derived once per table definition and detection labels (forms are data that do not change
 * once defined), so reading the next workbook does not normalise every label of every form again.
 * The maps and lists handed out are shared: callers only read them.
 */
function cachedPerTable<T>(cache: WeakMap<TableDefinition, WeakMap<TableDetection, T>>, table: TableDefinition, detection: TableDetection | undefined, derive: () => T): T {
  let byDetection = cache.get(table);
  if (!byDetection) cache.set(table, (byDetection = new WeakMap()));
  const key = detection ?? NO_DETECTION;
  let value = byDetection.get(key);
  if (value === undefined) byDetection.set(key, (value = derive()));
  return value;
}

const columnKeyCache = new WeakMap<TableDefinition, WeakMap<TableDetection, Map<string, string[]>>>();
const rowKeyCache = new WeakMap<TableDefinition, WeakMap<TableDetection, Map<string, string[]>>>();

/** The keys of every column of a table, by column id, with the form's detection labels. */
export function columnKeysOf(table: TableDefinition, detection?: TableDetection): Map<string, string[]> {
  return cachedPerTable(columnKeyCache, table, detection, () => new Map(table.columns.map((column) => [column.id, columnKeys(column.label, detection?.columns?.[column.id])])));
}

/**
 * Keys each row of a table may be labelled with: its official label, the form's other labels for
 * it (`detection`), without a trailing note, with its category in front (`（三）不予公开1.属于国家秘密`,
 * typed in one cell), and without its ordinal (`属于国家秘密`). A key that could name two rows, or a
 * column, is dropped.
 */
export function rowKeysOf(table: TableDefinition, detection?: TableDetection): Map<string, string[]> {
  return cachedPerTable(rowKeyCache, table, detection, () => deriveRowKeys(table, detection));
}

function deriveRowKeys(table: TableDefinition, detection: TableDetection | undefined): Map<string, string[]> {
  const columnKeySet = new Set([...columnKeysOf(table, detection).values()].flat());
  const candidates = new Map<string, string[]>();
  for (const row of table.rows) {
    const texts = [row.label, ...(detection?.rows?.[row.id] ?? [])];
    const note = withoutTrailingNote(row.label);
    if (note) texts.push(note);
    const category = row.labelPath?.at(-1);
    if (category) texts.push(`${category}${row.label}`, `${category} ${row.label}`);
    const unnumbered = row.label.replace(LEADING_ORDINAL, '');
    if (unnumbered !== row.label) {
      texts.push(unnumbered);
      const unnumberedNote = withoutTrailingNote(unnumbered);
      if (unnumberedNote) texts.push(unnumberedNote);
    }
    candidates.set(row.id, unique(texts.map(matchKey)));
  }
  const owners = new Map<string, Set<string>>();
  for (const [rowId, keys] of candidates) for (const key of keys) (owners.get(key) ?? owners.set(key, new Set()).get(key)!).add(rowId);
  const result = new Map<string, string[]>();
  for (const [rowId, keys] of candidates) {
    result.set(
      rowId,
      keys.filter((key, index) => index === 0 || (owners.get(key)!.size === 1 && !columnKeySet.has(key))),
    );
  }
  return result;
}

/** Every label a form prints (titles, captions, headers, categories), as keys. */
export function formLabelKeys(form: FormDefinition): Set<string> {
  const keys = new Set<string>();
  for (const table of form.tables) {
    keys.add(matchKey(table.title));
    for (const column of table.columns) for (const key of columnKeys(column.label, form.detection?.tables?.[table.id]?.columns?.[column.id])) keys.add(key);
    for (const column of table.columns) for (const part of column.headerPath ?? []) keys.add(matchKey(part));
    for (const row of table.rows) for (const part of row.labelPath ?? []) keys.add(matchKey(part));
    if (table.layout.type === 'blocks') for (const block of table.layout.blocks) keys.add(matchKey(block.caption)), keys.add(matchKey(block.labelHeader));
  }
  return keys;
}
