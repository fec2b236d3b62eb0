import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate/aggregate.js';
import { balancedReport, submit } from './aggregate/__fixtures__/reports.js';
import { sumReports } from './aggregate/sum-reports.js';
import { diagnosticCatalog } from './diagnostics/catalog.js';
import { ReportError } from './errors.js';
import { createExampleReport } from './example-report.js';
import { getForm } from './forms/registry.js';
import { inputLimits, shortenText } from './limits.js';
import { limitReportTexts } from './model/limit-texts.js';
import { jsonDepthExceeded, parseReport } from './model/parse.js';
import { getCell, setCell, type Report, type ReportSection } from './model/report.js';
import { sumExact } from './numbers.js';
import { validateReport } from './validate.js';

const example = (): Report => createExampleReport({ year: 2024, seed: 3 });
const codes = (result: { diagnostics: { code: string }[] }) => result.diagnostics.map((d) => d.code);

describe('inputLimits', () => {
  it('are the documented bounds, and every code they raise is in the catalog', () => {
    expect(inputLimits).toMatchObject({ maxFileBytes: 20 * 1024 * 1024, maxJsonDepth: 64, maxSectionDepth: 8, maxCellValue: 1e9 });
    expect(inputLimits.maxTextLength).toEqual({ organName: 100, title: 200, paragraph: 20_000, short: 500 });
    for (const code of ['json-too-large', 'json-too-deep', 'sections-too-deep', 'text-too-long', 'cell-value-too-large', 'aggregate-value-out-of-range', 'import-number-too-large']) {
      expect(diagnosticCatalog[code], code).toBeDefined();
    }
  });

  it('shortenText keeps the limit, ends in …, and never splits a surrogate pair', () => {
    expect(shortenText('abc', 3)).toBe('abc');
    expect(shortenText('abcdef', 4)).toBe('abc…');
    const emoji = 'ab😀cd';
    expect(shortenText(emoji, 4)).toBe('ab…');
    expect(shortenText(emoji, 5)).toBe('ab😀…');
  });
});

describe('parseReport: text lengths', () => {
  it('shortens a 2 MB organ name to 100 characters with an error, and still returns the report', () => {
    const report = example();
    report.organ.name = 'A'.repeat(2 * 1024 * 1024);
    const result = parseReport(JSON.stringify(report), { file: 'a.json' });
    expect(result.report).toBeDefined();
    expect(result.report!.organ.name.length).toBe(100);
    expect(result.report!.organ.name.endsWith('…')).toBe(true);
    const [diagnostic] = result.diagnostics;
    expect(diagnostic).toMatchObject({ code: 'text-too-long', severity: 'error', location: { file: 'a.json', path: 'organ.name' } });
    expect(diagnostic.message).toContain('机关名称');
    expect(diagnostic.message).toContain(String(2 * 1024 * 1024));
    expect(diagnostic.message.length).toBeLessThan(300);
  });

  it('shortens titles and paragraphs anywhere in the sections, one diagnostic each', () => {
    const report = example();
    report.title = '标'.repeat(500);
    report.sections[0].paragraphs = ['正常段落', '字'.repeat(30_000)];
    report.sections[0].children = [{ id: 'deep', title: 'T'.repeat(300), paragraphs: [], children: [] }];
    const result = parseReport(report);
    expect(codes(result)).toEqual(['text-too-long', 'text-too-long', 'text-too-long']);
    expect(result.diagnostics.map((d) => d.location.path).sort()).toEqual(['sections[0].children[0].title', 'sections[0].paragraphs[1]', 'title']);
    expect(result.report!.title!.length).toBe(200);
    expect(result.report!.sections[0].paragraphs).toEqual(['正常段落', `${'字'.repeat(19_999)}…`]);
    expect(result.report!.sections[0].children[0].title.length).toBe(200);
  });

  it('takes replacement limits, and leaves text within them alone', () => {
    const report = example();
    const result = parseReport(report, { limits: { maxTextLength: { organName: 4 } } });
    expect(result.report!.organ.name).toBe('示例镇…');
    expect(parseReport(example()).diagnostics).toEqual([]);
  });

  it('limitReportTexts bounds members, sources and keys of an aggregated report built in code', () => {
    const report = example();
    report.members = [{ organ: { name: '乙'.repeat(101), level: 'township' }, file: 'f'.repeat(501) }];
    report.cellSources = { ['k'.repeat(600)]: { file: 'x.xlsx' } };
    const diagnostics = limitReportTexts(report, { locale: 'en' });
    expect(diagnostics.map((d) => d.location.path)).toEqual(['cellSources[…]', 'members[0].organ.name', 'members[0].file']);
    expect(diagnostics[1].message).toMatch(/^The organ name \(members\[0\]\.organ\.name\) has 101 characters/);
    expect(report.members[0].organ.name.length).toBe(100);
    expect(report.cellSources).toEqual({});
  });
});

describe('parseReport: size and nesting', () => {
  it('refuses a JSON text over the file-size budget before reading it (the workbook budget, 20 MB)', () => {
    const text = `{"x":"${'a'.repeat(inputLimits.maxFileBytes)}"}`;
    const result = parseReport(text, { file: 'big.json' });
    expect(result.report).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'json-too-large', location: { file: 'big.json' } });
    expect(result.diagnostics[0].message).toContain('20 MB');
    expect(codes(parseReport(new Uint8Array(inputLimits.maxFileBytes + 1)))).toEqual(['json-too-large']);
  });

  it('counts UTF-8 bytes, not characters, and takes a lowered limit', () => {
    const text = JSON.stringify(example());
    expect(codes(parseReport(text, { limits: { maxFileBytes: 1000 } }))).toEqual(['json-too-large']);
    // 400 Chinese characters are 1200 bytes.
    expect(codes(parseReport(`"${'字'.repeat(400)}"`, { limits: { maxFileBytes: 1100 } }))).toEqual(['json-too-large']);
  });

  it('20,000 nested sections give json-too-deep, with the line, and no stack overflow', () => {
    let text = '[]';
    for (let i = 0; i < 20_000; i++) text = `[{"id":"s${i}","title":"t","paragraphs":[],"children":${text}}]`;
    const json = `{"schema":"report/v1","format":"gov-2021","year":2024,"organ":{"name":"某镇","level":"township"},"tables":{},"sections":${text}}`;
    expect(() => parseReport(json)).not.toThrow();
    const result = parseReport(json, { file: 'deep.json' });
    expect(result.report).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'json-too-deep', location: { file: 'deep.json', line: 1 } });
    expect(result.diagnostics[0].message).toContain('64');
  });

  it('checks the depth of an already parsed value too (a cycle counts as too deep)', () => {
    let sections: ReportSection[] = [];
    for (let i = 0; i < 20_000; i++) sections = [{ id: `s${i}`, title: 't', paragraphs: [], children: sections }];
    expect(codes(parseReport({ ...example(), sections }))).toEqual(['json-too-deep']);
    const cyclic = example() as unknown as Record<string, unknown>;
    cyclic.self = cyclic;
    expect(codes(parseReport(cyclic))).toEqual(['json-too-deep']);
  });

  it('sections nested deeper than 8 levels give sections-too-deep with the path', () => {
    const report = example();
    let children: ReportSection[] = [];
    for (let i = 0; i < 9; i++) children = [{ id: `s${i}`, title: 't', paragraphs: [], children }];
    report.sections = children;
    const result = parseReport(JSON.stringify(report));
    expect(result.report).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ code: 'sections-too-deep', location: { path: `sections[0]${'.children[0]'.repeat(8)}` } });
    report.sections = children[0].children;
    expect(parseReport(JSON.stringify(report)).report).toBeDefined();
  });

  it('jsonDepthExceeded skips brackets inside strings', () => {
    expect(jsonDepthExceeded('[[["[[[[[[["]]]', 3)).toBeUndefined();
    expect(jsonDepthExceeded('{"a":"\\"[[[[","b":[[[]]]}', 3)).toBe(20);
  });
});

describe('numbers: cell bounds', () => {
  it('an 18-digit count in a report JSON is cell-value-too-large, located at the cell', () => {
    const text = JSON.stringify(example()).replace(/("newReceived":\{"naturalPerson":)\d+/, '$1123456789012345678');
    const result = parseReport(text);
    expect(result.report).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'cell-value-too-large',
      location: { table: 'applications', row: 'newReceived', column: 'naturalPerson' },
    });
    expect(result.diagnostics[0].message).toContain('1000000000');
    expect(result.diagnostics[0].location.label).toContain('自然人');
  });

  it('1e308 in an amount is refused too; 10^9 itself is accepted', () => {
    const report = example();
    setCell(report, { table: 'active', row: 'fees', column: 'amount' }, 1e308);
    expect(codes(parseReport(JSON.stringify(report)))).toEqual(['cell-value-too-large']);
    setCell(report, { table: 'active', row: 'fees', column: 'amount' }, 1e9);
    expect(parseReport(JSON.stringify(report)).report).toBeDefined();
  });

  it('validation flags a too-large count in a report built in code (not from JSON)', () => {
    const report = example();
    setCell(report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 1e15);
    const diagnostics = validateReport(report);
    expect(diagnostics.some((d) => d.code === 'R3-4' && d.message.includes('1000000000'))).toBe(true);
    expect(diagnostics.map((d) => d.code)).not.toContain('rule-failed');
  });
});

describe('sumExact', () => {
  it('is exact for decimals and for large whole numbers', () => {
    expect(sumExact([0.1, 0.2])).toBe(0.3);
    expect(sumExact([1e15, 1e15, 3])).toBe(2e15 + 3);
    expect(sumExact([4e15, 4e15, 1e15 - 1])).toBe(9e15 - 1);
    expect(sumExact([1e9, 1e9, 0.000001])).toBe(2000000000.000001);
    expect(sumExact([])).toBe(0);
  });

  it('refuses (ReportError sum-not-exact) rather than returning Infinity, NaN or a rounded total', () => {
    const refusal = (values: number[]) => {
      try {
        sumExact(values);
      } catch (error) {
        return ReportError.isInstance(error) ? error.code : 'other';
      }
      return 'returned';
    };
    expect(refusal([1e308, 1e308])).toBe('sum-not-exact');
    expect(refusal([Number.NaN])).toBe('sum-not-exact');
    expect(refusal([Number.POSITIVE_INFINITY, 1])).toBe('sum-not-exact');
    expect(refusal([2 ** 53, 1])).toBe('sum-not-exact');
    expect(refusal([5e15, 5e15])).toBe('sum-not-exact');
    expect(refusal([1e10 + 0.5])).toBe('sum-not-exact');
  });
});

describe('aggregation with values out of range', () => {
  const township = (name: string) => ({ name, level: 'township' as const });
  const ref = { table: 'applications', row: 'newReceived', column: 'naturalPerson' };

  it('sumReports leaves a cell with 1e308 in two reports blank and lists it, never Infinity', () => {
    const a = balancedReport(township('甲镇'), { natural: 2 });
    const b = balancedReport(township('乙镇'), { natural: 3 });
    setCell(a, ref, 1e308);
    setCell(b, ref, 1e308);
    const summed = sumReports(getForm('gov-2021'), [{ report: a }, { report: b }]);
    expect(summed.outOfRange).toEqual(['applications/newReceived/naturalPerson']);
    expect(getCell({ tables: summed.tables }, ref)).toBeNull();
    expect(getCell({ tables: summed.tables }, { ...ref, column: 'total' })).toBe(5);
    const c = balancedReport(township('丙镇'));
    setCell(c, ref, Number.POSITIVE_INFINITY);
    expect(sumReports(getForm('gov-2021'), [{ report: c }]).outOfRange).toEqual(['applications/newReceived/naturalPerson']);
  });

  it('aggregate reports the cells it could not sum (reports with errors included), and does not throw', () => {
    const a = balancedReport(township('甲镇'), { natural: 2 });
    const b = balancedReport(township('乙镇'), { natural: 3 });
    setCell(a, ref, 1e308);
    setCell(b, ref, 123456789012345678);
    const roster = { entries: ['甲镇', '乙镇'].map((name) => ({ id: name, name, level: 'township' as const })) };
    const result = aggregate([submit(a, 'a.xlsx'), submit(b, 'b.xlsx')], { roster, organ: { name: '某县人民政府', level: 'county' }, year: 2024, includeReportsWithErrors: true });
    const diagnostic = result.diagnostics.find((d) => d.code === 'aggregate-value-out-of-range');
    expect(diagnostic).toMatchObject({ severity: 'error', location: { organ: '某县人民政府' } });
    expect(diagnostic!.message).toContain('自然人');
    expect(getCell(result.report, ref)).toBeNull();
    const values = Object.values(result.report.tables).flatMap((rows) => Object.values(rows).flatMap((row) => Object.values(row)));
    expect(values.every((value) => value === null || Number.isFinite(value))).toBe(true);
    // Without includeReportsWithErrors the two are rejected by their checks (R3-4).
    const strict = aggregate([submit(a, 'a.xlsx'), submit(b, 'b.xlsx')], { roster, organ: { name: '某县人民政府', level: 'county' }, year: 2024 });
    expect(strict.completeness.rejected).toHaveLength(2);
  });
});
