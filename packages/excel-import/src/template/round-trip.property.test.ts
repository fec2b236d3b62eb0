import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellKey, forms, hasErrors, organLevels, setCell, validateReport, type Organ, type Report } from '@report/core';
import { tableCells } from '@report/core/plugin';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, fillTemplate, readWorkbook } from '../index.js';

/** Templates are made once per form and year. */
const templates = new Map<string, Promise<Uint8Array>>();
function templateFor(format: 'gov-2021' | 'gov-2019', year: number): Promise<Uint8Array> {
  const key = `${format}/${year}`;
  if (!templates.has(key)) templates.set(key, createTemplate(forms[format], { year }));
  return templates.get(key)!;
}

/** Text a clerk might type: Chinese, markup characters, text that looks like a formula, control characters, emoji. */
const tricky = fc.constantFrom('某', '镇', '人民政府', '=', '+', '-', '@', '&', '<', '>', '"', "'", '_x000D_', '\t', '\u0001', '（', '）', '、', '😀', ' ');
const text = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join('').replace(/[\r\n\u2028\u2029\u0085]/g, ' ').trim())
  .filter((value) => value.length > 0);
const creditCode = fc.stringMatching(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
const divisionCode = fc.stringMatching(/^\d{6}(\d{3}){0,2}$/);

const reportArbitrary = fc
  .record({
    format: fc.constantFrom('gov-2021' as const, 'gov-2019' as const),
    yearOffset: fc.nat({ max: 3 }),
    seed: fc.integer(),
    scale: fc.integer({ min: 1, max: 2000 }),
    organ: fc.record({ name: text, level: fc.constantFrom(...organLevels), creditCode: fc.option(creditCode, { nil: undefined }), divisionCode: fc.option(divisionCode, { nil: undefined }) }),
    paragraphs: fc.array(fc.array(text, { maxLength: 4 }), { minLength: 6, maxLength: 6 }),
    blanks: fc.array(fc.nat(), { maxLength: 12 }),
  })
  .map(({ format, yearOffset, seed, scale, organ, paragraphs, blanks }): Report => {
    const year = format === 'gov-2021' ? 2021 + yearOffset : 2019 + (yearOffset % 2);
    const cleanOrgan: Organ = { name: organ.name, level: organ.level };
    if (organ.creditCode) cleanOrgan.creditCode = organ.creditCode;
    if (organ.divisionCode) cleanOrgan.divisionCode = organ.divisionCode;
    const report = createExampleReport({ form: forms[format], year, seed, scale, organ: cleanOrgan });
    report.sections = report.sections.map((section, index) => ({ ...section, paragraphs: paragraphs[index] ?? [] }));
    // Leave some input cells blank (totals are formulas and stay as filled).
    const inputs = forms[format].tables.flatMap((table) => tableCells(table).map((cell) => ({ table: table.id, ...cell }))).filter((cell) => cell.column !== 'total' && cell.row !== 'totalHandled');
    for (const index of blanks) setCell(report, inputs[index % inputs.length], null);
    return report;
  });

describe('template round trip', () => {
  it('a valid report of either format, filled into its template programmatically, reads back as the same report', async () => {
    await fc.assert(
      fc.asyncProperty(reportArbitrary, async (report) => {
        // Valid but for the blanks: a blank part under a total that is not 0 is an error of its own (part-not-filled).
        expect(hasErrors(validateReport(report, { disableRules: ['part-not-filled', 'total-not-filled'] }))).toBe(false);
        const bytes = fillTemplate(await templateFor(report.format as 'gov-2021' | 'gov-2019', report.year), report);
        const { report: read, diagnostics } = await readWorkbook(bytes, { fileName: '某某镇.xlsx' });
        expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
        expect(read).toBeDefined();
        expect(read!.format).toBe(report.format);
        expect(read!.year).toBe(report.year);
        expect(read!.organ).toEqual(report.organ);
        expect(read!.period).toEqual(report.period);
        expect(read!.tables).toEqual(report.tables);
        expect(read!.sections).toEqual(report.sections);
        for (const table of forms[report.format as 'gov-2021'].tables) {
          for (const cell of tableCells(table)) {
            expect(read!.cellSources?.[cellKey({ table: table.id, ...cell })]).toMatchObject({ file: '某某镇.xlsx', sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/) });
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
