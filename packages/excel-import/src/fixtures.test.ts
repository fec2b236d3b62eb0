import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Organ, ReportSection, ReportTables } from '@report/core';
import { readWorkbook, type ReadLimits } from './index.js';

interface ExpectedDiagnostic {
  code: string;
  severity: Diagnostic['severity'];
  sheet?: string;
  cell?: string;
  table?: string;
  row?: string;
  column?: string;
}

interface Expectation {
  description: string;
  madeBy: string;
  options?: { year?: number; limits?: Partial<ReadLimits> };
  report: null | { format: string; year: number; organ: Organ; tables: ReportTables; sections?: ReportSection[] };
  diagnostics: ExpectedDiagnostic[];
}

const directory = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const names = readdirSync(directory)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => name.replace(/\.expected\.json$/, ''))
  .sort();

const load = (name: string) => ({
  bytes: new Uint8Array(readFileSync(`${directory}${name}`)),
  expectation: JSON.parse(readFileSync(`${directory}${name}.expected.json`, 'utf8')) as Expectation,
});

function matches(actual: Diagnostic, expected: ExpectedDiagnostic): boolean {
  if (actual.code !== expected.code || actual.severity !== expected.severity) return false;
  return (['sheet', 'cell', 'table', 'row', 'column'] as const).every((field) => expected[field] === undefined || actual.location[field] === expected[field]);
}

describe('fixture workbooks made like real ones', () => {
  it('cover typed, pasted, LibreOffice-saved and template workbooks, and every kind of unreadable input', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    const codes = names.flatMap((name) => load(name).expectation.diagnostics.map((d) => d.code));
    for (const code of ['import-xls', 'import-et', 'import-encrypted', 'import-ods', 'import-csv', 'import-corrupt', 'import-file-empty', 'import-zip-bomb', 'import-too-many-cells']) {
      expect(codes, `a fixture for ${code}`).toContain(code);
    }
    expect(names.filter((name) => /LibreOffice/.test(load(name).expectation.madeBy)).length).toBeGreaterThanOrEqual(4);
  });

  describe.each(names)('%s', (name) => {
    it('reads as expected: the report planted and exactly the problems planted', async () => {
      const { bytes, expectation } = load(name);
      const result = await readWorkbook(bytes, { fileName: name, ...expectation.options });
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      expect(result.sha256).toBe(sha256);

      const unexpected = result.diagnostics.filter((d) => d.severity !== 'info' && !expectation.diagnostics.some((e) => matches(d, e)));
      expect(unexpected.map((d) => `${d.severity} ${d.code} ${d.location.sheet ?? ''}!${d.location.cell ?? ''}: ${d.message}`)).toEqual([]);
      for (const expected of expectation.diagnostics) {
        expect(result.diagnostics.some((d) => matches(d, expected)), `expected ${JSON.stringify(expected)} among\n${result.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.location)}`).join('\n')}`).toBe(true);
      }
      for (const diagnostic of result.diagnostics) {
        expect(diagnostic.location.file).toBe(name);
        expect(diagnostic.message).not.toMatch(/\{\w+\}/);
      }

      if (!expectation.report) {
        expect(result.report).toBeUndefined();
        // One clear diagnostic naming the file and what to do.
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
        expect(result.diagnostics[0].message).toContain(name);
        expect(result.diagnostics[0].help).toBeTruthy();
        return;
      }
      const report = result.report!;
      expect(report.format).toBe(expectation.report.format);
      expect(report.year).toBe(expectation.report.year);
      expect(report.organ).toEqual(expectation.report.organ);
      expect(report.tables).toEqual(expectation.report.tables);
      if (expectation.report.sections) expect(report.sections).toEqual(expectation.report.sections);
      expect(report.sources).toEqual([{ file: name, sha256 }]);
      expect(report.period).toEqual({ start: `${report.year}-01-01`, end: `${report.year}-12-31` });
      // Every value read says where it came from.
      for (const [table, rows] of Object.entries(report.tables)) {
        for (const [row, columns] of Object.entries(rows)) {
          for (const [column, value] of Object.entries(columns)) {
            if (value === null) continue;
            expect(report.cellSources?.[`${table}/${row}/${column}`], `${table}/${row}/${column}`).toMatchObject({ file: name, sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/) });
          }
        }
      }
    });
  });
});
