import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../diagnostics/create.js';
import { setCell } from '../model/report.js';
import { validateReport } from '../validate.js';
import { knownProblemCells } from './known-problems.js';
import { validReport, where } from './__fixtures__/reports.js';

const known = (code: 'import-row-missing' | 'import-column-missing' | 'import-table-missing' | 'import-cell-dash', location: Record<string, string>) =>
  createDiagnostic({ code, params: { table: '表三', label: '—', title: '—', count: 1, marker: '-', cells: '—' }, location: { file: 'a.xlsx', ...location } });

describe('knownProblemCells', () => {
  it('an error covers its cell, its row, its column or its table; warnings cover nothing', () => {
    const covered = knownProblemCells([
      known('import-row-missing', { table: 'applications', row: 'granted' }),
      known('import-column-missing', { table: 'applications', column: 'research' }),
      known('import-table-missing', { table: 'reviewLitigation' }),
      known('import-cell-dash', { table: 'active', row: 'penalty', column: 'decisions' }),
    ]);
    expect(covered('applications', 'granted', 'total')).toBe(true);
    expect(covered('applications', 'newReceived', 'research')).toBe(true);
    expect(covered('reviewLitigation', 'review', 'upheld')).toBe(true);
    expect(covered('applications', 'newReceived', 'total')).toBe(false);
    expect(covered('active', 'penalty', 'decisions')).toBe(false);
  });

  it('a row the importer did not find is reported by it alone, not once more as not filled', () => {
    const report = validReport({ year: 2023, seed: 12 });
    for (const column of Object.keys(report.tables.applications.granted)) setCell(report, { table: 'applications', row: 'granted', column }, null);
    expect(where(validateReport(report)).filter((w) => w.startsWith('cell-not-filled'))).toEqual(['cell-not-filled@granted/naturalPerson']);
    const checked = validateReport(report, { knownProblems: [known('import-row-missing', { table: 'applications', row: 'granted' })] });
    expect(checked.filter((d) => d.location.row === 'granted')).toEqual([]);
  });
});
