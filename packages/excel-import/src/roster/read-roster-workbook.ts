import type { Diagnostic, MessageOptions, Roster } from '@report/core';
import { rosterFromRows } from '@report/core/plugin';
import { resolveLimits, type ReadLimits } from '../limits.js';
import { DiagnosticSink } from '../read/diagnostic-sink.js';
import { guard, openWorkbook } from '../read/open-workbook.js';
import { META_SHEET } from '../template/metadata.js';

export interface ReadRosterOptions extends MessageOptions {
  fileName: string;
  limits?: Partial<ReadLimits>;
}

export interface ReadRosterResult {
  /** The roster, absent when the file could not be read. */
  roster?: Roster;
  diagnostics: Diagnostic[];
}

/**
 * The rows that hold cells, in sheet order, each a sparse array of its cells' text, with their
 * sheet row numbers: memory follows the cells present, like the workbook reader, never the
 * sheet's extent (stray cells at A1048576 and XFD1048576 are two entries, not a 10^10 grid).
 */
function presentRows(cells: Iterable<{ row: number; column: number; value?: string }>): { rows: string[][]; rowNumbers: number[] } {
  const byRow = new Map<number, string[]>();
  for (const cell of cells) {
    let row = byRow.get(cell.row);
    if (!row) byRow.set(cell.row, (row = []));
    row[cell.column] = (cell.value ?? '').trim();
  }
  const numbers = [...byRow.keys()].sort((a, b) => a - b);
  return { rows: numbers.map((number) => byRow.get(number)!), rowNumbers: numbers.map((number) => number + 1) };
}

/**
 * Reads the first visible sheet of a roster workbook (名称, 层级, 统一社会信用代码… columns) into
 * rows of cell text and builds the roster with core's `rosterFromRows`, so a roster kept in Excel
 * and one kept as CSV are read the same way. Unreadable files get the same diagnostics as reports.
 */
export async function readRosterWorkbook(bytes: Uint8Array, options: ReadRosterOptions): Promise<ReadRosterResult> {
  const sink = new DiagnosticSink(options.fileName, options);
  const limits = resolveLimits(options.limits);
  const workbook = openWorkbook(bytes, limits, sink);
  if (!workbook) return { diagnostics: sink.diagnostics };
  const entry = workbook.sheets.find((candidate) => candidate.state === 'visible' && candidate.name !== META_SHEET) ?? workbook.sheets[0];
  const sheet = entry ? guard(sink, limits, () => workbook.sheet(entry)) : undefined;
  if (!entry || !sheet) {
    if (entry === undefined) sink.add('import-corrupt', { file: sink.file, detail: sink.text('工作簿中没有工作表', 'the workbook has no sheets') });
    return { diagnostics: sink.diagnostics };
  }
  if (sheet.cells.size === 0) {
    sink.add('import-sheet-empty', { file: sink.file, sheet: sheet.name }, { sheet: sheet.name });
    return { diagnostics: sink.diagnostics };
  }
  const { rows, rowNumbers } = presentRows(sheet.cells.values());
  const { roster, diagnostics } = rosterFromRows(rows, {
    file: sink.file,
    sheet: sheet.name,
    rowNumbers,
    locale: options.locale,
    catalog: options.catalog,
    messages: options.messages,
  });
  return { roster, diagnostics: [...sink.diagnostics, ...diagnostics] };
}
