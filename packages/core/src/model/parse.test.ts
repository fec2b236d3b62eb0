import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExampleReport } from '../example-report.js';
import { forms } from '../forms/registry.js';
import type { FormDefinition } from '../forms/types.js';
import { jsonErrorOffset, parseReport } from './parse.js';
import type { Report } from './report.js';

const example = (year = 2023): Report => createExampleReport({ year, seed: 3 });
const problems = (input: unknown, options: Parameters<typeof parseReport>[1] = {}) => {
  const result = parseReport(typeof input === 'string' ? input : JSON.stringify(input), options);
  expect(result.report).toBeUndefined();
  return result.diagnostics;
};

describe('parseReport: a valid file', () => {
  it('round-trips every example report (JSON.stringify → parse) unchanged, in both formats', () => {
    for (const year of [2019, 2020, 2021, 2024]) {
      for (const seed of [1, 2, 3]) {
        const report = createExampleReport({ year, seed });
        const result = parseReport(JSON.stringify(report));
        expect(result.diagnostics).toEqual([]);
        expect(result.report).toEqual(report);
      }
    }
  });

  it('keeps blanks (null) distinct from zero, and the optional parts of the file', () => {
    const report: Report = {
      ...example(),
      title: '某某镇2023年政府信息公开工作年度报告',
      preface: ['根据《中华人民共和国政府信息公开条例》……'],
      submittedOn: '2024-01-20',
      sources: [{ file: '某某镇.xlsx', sha256: 'ab'.repeat(32) }],
      cellSources: { 'applications/newReceived/total': { file: '某某镇.xlsx', sheet: '表三', cell: 'J4' } },
      members: [{ organ: { name: '甲村', level: 'other' }, file: '甲村.xlsx' }],
      contributions: { 'applications/newReceived/total': [{ member: 0, value: 3, source: { file: '甲村.xlsx', cell: 'J4' } }] },
    };
    report.tables.applications.granted.business = null;
    report.tables.active.fees.amount = 0;
    const { report: parsed, diagnostics } = parseReport(JSON.stringify(report));
    expect(diagnostics).toEqual([]);
    expect(parsed).toEqual(report);
    expect(parsed!.tables.applications.granted.business).toBeNull();
    expect(parsed!.tables.active.fees.amount).toBe(0);
  });

  it('reads bytes (UTF-8, with or without a BOM) and already-parsed values', () => {
    const report = example();
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(report)}`);
    expect(parseReport(bytes).report).toEqual(report);
    expect(parseReport(structuredClone(report)).report).toEqual(report);
  });

  it('accepts a plugin form’s extra row when the form is given', () => {
    const base = forms['gov-2021'];
    const extended: FormDefinition = {
      ...base,
      id: 'hunan-2021',
      tables: base.tables.map((table) =>
        table.id === 'active' ? { ...table, rows: [...table.rows, { id: 'otherDocuments', label: '其他主动公开文件', columns: ['issued'], block: 'article20.1' }] } : table,
      ),
    };
    const report = { ...example(), format: 'hunan-2021' };
    report.tables.active.otherDocuments = { issued: 4 };
    expect(parseReport(JSON.stringify(report), { forms: [extended] }).report?.tables.active.otherDocuments).toEqual({ issued: 4 });
    expect(parseReport(JSON.stringify(report)).diagnostics.map((d) => d.code)).toEqual(['unknown-format']);
  });
});

describe('parseReport: what is wrong, in Chinese, naming the field', () => {
  it('invalid JSON: says where, with the line', () => {
    const [found] = problems('{\n  "schema": "report/v1",\n  "format": gov-2021\n}', { file: '某某镇.json' });
    expect(found.code).toBe('json-syntax');
    expect(found.message).toBe('文件不是有效的 JSON：第 3 行第 13 列附近有语法错误');
    expect(found.location).toEqual({ file: '某某镇.json', line: 3 });
    expect(problems('{"schema": "report/v1", "year": 20')[0].message).toBe('文件不是有效的 JSON：文件不完整，可能被截断');
  });

  it('not an object at all', () => {
    expect(problems('null').map((d) => d.message)).toEqual(['字段 （整个文件）：应为对象，实际为null']);
    expect(problems('[1,2]').map((d) => d.message)).toEqual(['字段 （整个文件）：应为对象，实际为数组']);
  });

  it('unknown format, and a format that is missing or not text', () => {
    const [unknown] = problems({ ...example(), format: 'gov-2025' });
    expect(unknown).toMatchObject({ code: 'unknown-format', location: { path: 'format' } });
    expect(unknown.message).toBe('未知的报告格式“gov-2025”，可用的格式：gov-2021、gov-2019、legacy');
    const { format: _omit, ...noFormat } = example();
    expect(problems(noFormat).map((d) => d.message)).toEqual(['字段 format：缺少该字段']);
    expect(problems({ ...example(), format: 2021 }).map((d) => d.message)).toEqual(['字段 format：应为文字，实际为2021']);
  });

  it('a negative, fractional or missing year', () => {
    expect(problems({ ...example(), year: -2023 }).map((d) => d.message)).toEqual(['字段 year：不能小于 2000']);
    expect(problems({ ...example(), year: 2023.5 }).map((d) => d.message)).toEqual(['字段 year：应为整数，实际为2023.5']);
    expect(problems({ ...example(), year: '2023' }).map((d) => d.message)).toEqual(['字段 year：应为数字，实际为文字“2023”']);
  });

  it('organ fields: empty name, unknown level', () => {
    const messages = problems({ ...example(), organ: { name: ' ', level: 'village' } }).map((d) => d.message);
    expect(messages).toEqual(['字段 organ.name：不能为空', '字段 organ.level：应为以下之一：township、county、department、city、province、other']);
  });

  it('dates that do not exist', () => {
    const messages = problems({ ...example(), period: { start: '2023-02-30', end: '2023/12/31' }, submittedOn: '2024-13-01' }).map((d) => d.message);
    expect(messages).toEqual([
      '字段 period.start：应为有效日期，写作 2024-01-31 的形式',
      '字段 period.end：应为有效日期，写作 2024-01-31 的形式',
      '字段 submittedOn：应为有效日期，写作 2024-01-31 的形式',
    ]);
  });

  it('a cell of the wrong type names its table, row and column', () => {
    const report = example();
    (report.tables.applications['denied.stateSecret'] as Record<string, unknown>).business = '3';
    const [found] = problems(report);
    expect(found.message).toBe('字段 tables.applications["denied.stateSecret"].business：应为数字，实际为文字“3”');
    expect(found.location).toMatchObject({ table: 'applications', row: 'denied.stateSecret', column: 'business' });
  });

  it('unknown table, row and column ids are named', () => {
    const report = example() as Report & { tables: Record<string, unknown> };
    report.tables.extraTable = {};
    report.tables.applications.newRecieved = { total: 1 };
    report.tables.reviewLitigation.review.totl = 2;
    const messages = problems(report).map((d) => d.message).sort();
    expect(messages).toEqual([
      '字段 tables：含有该报告格式中没有的字段：extraTable（请使用规定的表格、行、列标识）',
      '字段 tables.applications：含有该报告格式中没有的字段：newRecieved（请使用规定的表格、行、列标识）',
      '字段 tables.reviewLitigation.review：含有该报告格式中没有的字段：totl（请使用规定的表格、行、列标识）',
    ].sort());
  });

  it('a row of the other format is unknown (gov-2019 has one （六）其他处理 row)', () => {
    const report = example(2020);
    (report.tables.applications as Record<string, unknown>)['otherHandling.other'] = { total: 0 };
    expect(problems(report).map((d) => d.location.path)).toEqual(['tables.applications']);
  });

  it('reports the envelope and the tables together, in one pass', () => {
    const report = example() as Report & { tables: Record<string, unknown> };
    report.tables.bogus = {};
    const found = problems({ ...report, year: 1999, schema: 'report/v2' });
    expect(found.map((d) => d.location.path).sort()).toEqual(['schema', 'tables', 'year']);
  });

  it('in English with locale "en"', () => {
    const report = example();
    (report.tables.applications.granted as Record<string, unknown>).total = 'many';
    const messages = problems({ ...report, year: 1990 }, { locale: 'en' }).map((d) => d.message);
    expect(messages).toEqual(['Field year: must be at least 2000', 'Field tables.applications.granted.total: must be a number, not the text "many"']);
    expect(problems('{', { locale: 'en' })[0].message).toBe('The file is not valid JSON: the file ends too early (it may be truncated)');
    expect(problems({ ...example(), format: 'x' }, { locale: 'en' })[0].message).toBe('Unknown report format "x"; available: gov-2021, gov-2019, legacy');
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, 42, true, '', '""', '{}', '[]', new Uint8Array([0xff, 0xfe, 0x00]), { tables: 5 }, { format: 'gov-2021', tables: [] }]) {
      const result = parseReport(input);
      expect(result.report).toBeUndefined();
      expect(result.diagnostics.length).toBeGreaterThan(0);
      for (const d of result.diagnostics) expect(d.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('jsonErrorOffset', () => {
  it('agrees with JSON.parse on what is valid', () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(fc.property(fc.json(), (text) => jsonErrorOffset(text) === undefined));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1)))), (text) => {
        expect(jsonErrorOffset(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 500 },
    );
  });

  it('points at the first offending character', () => {
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": "\\x"}')).toBe(8);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
  });
});
