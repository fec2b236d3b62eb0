import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticCatalog, parseRosterCsv, parseRosterJson } from '../index.js';
import { rosterFromRows } from '../plugin.js';
import { readCsv } from './read-csv.js';

const codes = (diagnostics: { code: string }[]) => diagnostics.map((d) => d.code);

describe('readCsv', () => {
  it('handles a BOM, quotes, escaped quotes, line breaks in quotes and CRLF', () => {
    const table = readCsv('\ufeff名称,别名\r\n"甲镇, 新区","甲""镇"""\r\n"乙\n镇",乙\r\n');
    expect(table.rows).toEqual([
      ['名称', '别名'],
      ['甲镇, 新区', '甲"镇"'],
      ['乙\n镇', '乙'],
    ]);
    expect(table.lines).toEqual([1, 2, 3]);
  });

  it('guesses tab and semicolon separators', () => {
    expect(readCsv('name\tlevel\na\tcounty').rows[1]).toEqual(['a', 'county']);
    expect(readCsv('name;level\na;county').rows[1]).toEqual(['a', 'county']);
  });
});

describe('parseRosterCsv', () => {
  it('reads the county fixture: title row, Chinese headers, levels, parents, deadlines', () => {
    const text = readFileSync(new URL('../aggregate/__fixtures__/county-roster.csv', import.meta.url), 'utf8');
    const { roster, diagnostics } = parseRosterCsv(text, { file: 'county-roster.csv' });
    expect(diagnostics).toEqual([]);
    expect(roster.file).toBe('county-roster.csv');
    const county = roster.entries[0];
    expect(county).toEqual({ id: '11431299MB1000397J', name: '示例县人民政府', level: 'county', creditCode: '11431299MB1000397J', divisionCode: '431299' });
    const egong = roster.entries.find((e) => e.name === '鹅公镇')!;
    expect(egong).toMatchObject({ level: 'township', divisionCode: '431299102', parent: county.id, deadline: '2025-02-20' });
    expect(roster.entries.find((e) => e.name === '示例县市场监督管理局')).toMatchObject({ level: 'department', aliases: ['县市场监管局', '县市场监督管理局'] });
    expect(roster.entries.filter((e) => e.parent === county.id)).toHaveLength(20);
  });

  it('reads English headers', () => {
    const { roster, diagnostics } = parseRosterCsv(
      'name,level,parent,credit_code,division code,deadline\nSome County,county,,,431299,\nA Town,township,Some County,,431299100,2025/2/20\n'
    );
    expect(diagnostics).toEqual([]);
    expect(roster.entries[1]).toEqual({
      id: 'A Town',
      name: 'A Town',
      level: 'township',
      divisionCode: '431299100',
      parent: 'Some County',
      deadline: '2025-02-20',
    });
  });

  it('reports bad rows with their line numbers', () => {
    const text = [
      '名称,层级,统一社会信用代码,行政区划代码,上级,报送期限,负责人',
      '某县,县,,431299,,',
      '甲镇,乡镇,11431299MB1000434X,431299100,某县,2025-02-30', // wrong check character; no 30 February
      ',乡镇,,431299101,某县,', // no name
      '乙镇,街道,11431299MB1000434Q,431299102,某市,', // unknown parent
      '甲镇人民政府,乡镇,,,某县,', // same name under the same parent as line 3
      '丙镇,村,,4312991,某县,', // unknown level, bad division code
      '丁镇,,,,某县,', // level inferred from the name
      '某某中心,,,,某县,', // department, inferred
      '未知,,,,某县,', // no level, nothing to infer from
    ].join('\n');
    const { roster, diagnostics } = parseRosterCsv(text, { file: 'r.csv' });
    expect(diagnostics.map((d) => [d.code, d.location.line])).toEqual([
      ['roster-column-ignored', 1],
      ['roster-credit-code-invalid', 3],
      ['roster-deadline-invalid', 3],
      ['roster-name-missing', 4],
      ['roster-level-unknown', 7],
      ['roster-division-code-invalid', 7],
      ['roster-level-inferred', 8],
      ['roster-level-inferred', 9],
      ['roster-level-missing', 10],
      ['roster-duplicate-entry', 6],
      ['roster-unknown-parent', 5],
    ]);
    for (const d of diagnostics) {
      expect(d.location.file).toBe('r.csv');
      expect(diagnosticCatalog[d.code], d.code).toBeDefined();
    }
    expect(diagnostics.find((d) => d.code === 'roster-credit-code-invalid')!.message).toBe('甲镇的统一社会信用代码“11431299MB1000434X”无效：校验位应为 Q');
    expect(diagnostics.find((d) => d.code === 'roster-duplicate-entry')!.message).toContain('第 3 行');
    expect(roster.entries.map((e) => [e.name, e.level])).toEqual([
      ['某县', 'county'],
      ['甲镇', 'township'],
      ['乙镇', 'township'],
      ['丙镇', 'township'],
      ['丁镇', 'township'],
      ['某某中心', 'department'],
      ['未知', 'other'],
    ]);
    expect(roster.entries.find((e) => e.name === '乙镇')!.parent).toBeUndefined();
  });

  it('gives two 城关镇 under different counties distinct ids', () => {
    const { roster, diagnostics } = parseRosterCsv('名称,层级,上级\n甲县,县,\n乙县,县,\n城关镇,乡镇,甲县\n城关镇,乡镇,乙县\n');
    expect(diagnostics).toEqual([]);
    expect(roster.entries.slice(2).map((e) => [e.id, e.parent])).toEqual([
      ['城关镇', '甲县'],
      ['乙县/城关镇', '乙县'],
    ]);
  });

  it('breaks parent cycles', () => {
    const { roster, diagnostics } = parseRosterCsv('名称,层级,上级\n甲,县,乙\n乙,县,甲\n');
    expect(codes(diagnostics)).toEqual(['roster-parent-cycle']);
    expect(diagnostics[0].message).toContain('甲 → 乙 → 甲');
    expect(roster.entries.filter((e) => e.parent)).toHaveLength(1);
  });

  it('says when there is no name column', () => {
    const { roster, diagnostics } = parseRosterCsv('a,b\n1,2\n', { file: 'x.csv' });
    expect(roster.entries).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: 'roster-header-missing', severity: 'error', location: { file: 'x.csv', line: 1 } }]);
  });
});

describe('parseRosterJson', () => {
  it('reads entries, Chinese keys and the roster deadline', () => {
    const text = JSON.stringify({
      deadline: '2025-02-20',
      entries: [
        { id: 'c', name: '某县人民政府', level: 'county' },
        { 名称: '鹅公镇人民政府', 层级: '乡镇', 别名: ['鹅公镇政府'], 上级: 'c', 统一社会信用代码: '11431299MB1000434Q' },
      ],
    });
    const { roster, diagnostics } = parseRosterJson(text, { file: 'r.json' });
    expect(diagnostics).toEqual([]);
    expect(roster).toEqual({
      deadline: '2025-02-20',
      file: 'r.json',
      entries: [
        { id: 'c', name: '某县人民政府', level: 'county' },
        { id: '11431299MB1000434Q', name: '鹅公镇人民政府', level: 'township', creditCode: '11431299MB1000434Q', parent: 'c' },
      ],
    });
  });

  it('accepts a bare array, and points at the JSON path of a problem', () => {
    const { diagnostics } = parseRosterJson(JSON.stringify([{ name: '甲镇', level: 'township', creditCode: '123' }, 5]));
    expect(diagnostics.map((d) => [d.code, d.location.path])).toEqual([
      ['roster-json-invalid', '[1]'],
      ['roster-credit-code-invalid', '[0].creditCode'],
    ]);
  });

  it('reports invalid JSON without throwing', () => {
    const { roster, diagnostics } = parseRosterJson('{"entries": [', { file: 'r.json', locale: 'en' });
    expect(roster.entries).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ code: 'roster-json-invalid', location: { file: 'r.json' } });
    expect(diagnostics[0].message).toMatch(/^The roster JSON cannot be read/);
    expect(codes(parseRosterJson('{"a": 1}').diagnostics)).toEqual(['roster-json-invalid']);
  });
});

describe('rosterFromRows', () => {
  it('reads worksheet cells: numbers, dates, rich text, formula results; points at cells', () => {
    const rows: unknown[][] = [
      ['2024年度报送名单'],
      [],
      ['序号', { richText: [{ text: '机关' }, { text: '名称' }] }, '层级', '统一社会信用代码', '行政区划代码', '上级', '报送期限'],
      [1, '某县人民政府', '县级', null, 431299, null, null],
      [2, '甲镇', '乡镇', 114312991234567890, { formula: 'A1', result: 431299100 }, '某县', new Date(Date.UTC(2025, 1, 20))],
      [3, '乙镇', '乡镇', '11431299MB1000434Q', '431299101', '某县', 45708],
    ];
    const { roster, diagnostics } = rosterFromRows(rows, { file: '名单.xlsx', sheet: '名单' });
    expect(roster.entries.map((e) => [e.name, e.level, e.divisionCode, e.deadline])).toEqual([
      ['某县人民政府', 'county', '431299', undefined],
      ['甲镇', 'township', '431299100', '2025-02-20'],
      ['乙镇', 'township', '431299101', '2025-02-20'],
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'roster-credit-code-invalid', location: { file: '名单.xlsx', sheet: '名单', cell: 'D5', organ: '甲镇' } });
    expect(diagnostics[0].message).toContain('文本格式');
  });

  it('uses firstRow for cell addresses', () => {
    const { diagnostics } = rosterFromRows(
      [
        ['名称', '层级'],
        ['甲镇', '村'],
      ],
      { firstRow: 3, sheet: 'S' }
    );
    expect(diagnostics[0].location).toMatchObject({ sheet: 'S', cell: 'B4' });
  });
});
