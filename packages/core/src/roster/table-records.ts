import { createDiagnostic, type MessageOptions } from '../diagnostics/create.js';
import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';
import type { RosterRecord } from './build-roster.js';
import { cellText } from './cell-text.js';
import { normalizeHeader, rosterFieldForHeader, rosterHeadersFor, type RosterField } from './roster-columns.js';

/** Headers of columns a roster table commonly has and the roster does not need. */
const IGNORED_HEADERS = new Set(
  ['序号', '备注', '说明', '联系人', '联系电话', '电话', 'no', 'no.', '#', 'note', 'notes', 'remark', 'remarks'].map(normalizeHeader)
);

/** How many rows to search for the header row (a title row may come first). */
const HEADER_SEARCH_ROWS = 10;

/**
 * Turns a table of cells (CSV rows or worksheet rows) into roster records: finds the header row
 * (the first of the first rows that has a name column), maps Chinese or English headers to fields,
 * and says which columns it does not use.
 */
export function tableRecords(
  rows: readonly (readonly unknown[])[],
  locate: (rowIndex: number, columnIndex?: number) => DiagnosticLocation,
  options: MessageOptions & { file?: string }
): { records: RosterRecord[]; diagnostics: Diagnostic[]; headerFound: boolean } {
  const diagnostics: Diagnostic[] = [];
  const fileLocation = options.file ? { file: options.file } : {};
  const headerIndex = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => row.some((cell) => rosterFieldForHeader(cellText(cell)) === 'name'));
  if (headerIndex < 0) {
    const nonEmpty = rows.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
    diagnostics.push(
      createDiagnostic(
        {
          code: 'roster-header-missing',
          params: {
            headers:
              rosterHeadersFor('name')
                .filter((h) => /[\u4e00-\u9fff]/.test(h))
                .slice(0, 4)
                .join('、') + ' / name',
          },
          location: { ...fileLocation, ...(nonEmpty >= 0 ? locate(nonEmpty) : {}) },
        },
        options
      )
    );
    return { records: [], diagnostics, headerFound: false };
  }
  const header = rows[headerIndex];
  const columns = new Map<number, RosterField>();
  const used = new Set<RosterField>();
  header.forEach((cell, columnIndex) => {
    const text = cellText(cell);
    if (!text) return;
    const field = rosterFieldForHeader(text);
    if (field && !used.has(field)) {
      columns.set(columnIndex, field);
      used.add(field);
    } else if (!IGNORED_HEADERS.has(normalizeHeader(text))) {
      diagnostics.push(
        createDiagnostic(
          { code: 'roster-column-ignored', params: { header: text }, location: { ...fileLocation, ...locate(headerIndex, columnIndex) } },
          options
        )
      );
    }
  });
  const records: RosterRecord[] = [];
  for (let rowIndex = headerIndex + 1; rowIndex < rows.length; rowIndex++) {
    const row = rows[rowIndex];
    const values: Partial<Record<RosterField, unknown>> = {};
    const columnOf = new Map<RosterField, number>();
    for (const [columnIndex, field] of columns) {
      values[field] = row[columnIndex];
      columnOf.set(field, columnIndex);
    }
    records.push({
      values,
      locate: (field) => locate(rowIndex, field === undefined ? undefined : columnOf.get(field)),
    });
  }
  return { records, diagnostics, headerFound: true };
}
