import { buildRoster } from './build-roster.js';
import { readCsv } from './read-csv.js';
import { tableRecords } from './table-records.js';
import type { RosterLoadOptions, RosterLoadResult } from './types.js';

/**
 * A roster from CSV text (UTF-8, with or without BOM; comma, tab or semicolon separated; quoted
 * fields). One organ per line under a header row with Chinese or English headers. Diagnostics give
 * the line number.
 */
export function parseRosterCsv(text: string, options: RosterLoadOptions = {}): RosterLoadResult {
  const table = readCsv(text);
  const { records, diagnostics, headerFound } = tableRecords(table.rows, (rowIndex) => ({ line: table.lines[rowIndex] }), options);
  if (!headerFound) return { roster: { entries: [], ...(options.file ? { file: options.file } : {}) }, diagnostics };
  const built = buildRoster(records, options);
  return { roster: built.roster, diagnostics: [...diagnostics, ...built.diagnostics] };
}
