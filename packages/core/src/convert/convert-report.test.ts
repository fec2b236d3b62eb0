import { describe, expect, it } from 'vitest';
import { createPipeline, forms, getCell, setCell, validateReport, type Report } from '../index.js';
import { convertTables, extendForm, planConversion } from '../plugin.js';
import { catchReportError, createExampleReport } from '../testing.js';
import { convertReport } from './convert-report.js';

const organ = { name: '某某镇人民政府', level: 'township' as const };
const trial = (seed = 1): Report => createExampleReport({ year: 2020, seed, scale: 30, organ, form: forms['gov-2019'] });

/** Every filled cell of a report, as `table/row/column` → value. */
function filled(report: Report): Map<string, number> {
  const cells = new Map<string, number>();
  for (const [table, rows] of Object.entries(report.tables)) for (const [row, columns] of Object.entries(rows)) for (const [column, value] of Object.entries(columns)) if (typeof value === 'number') cells.set(`${table}/${row}/${column}`, value);
  return cells;
}

describe('convertReport gov-2019 → gov-2021', () => {
  it('ACCEPTANCE: carries every exact cell, lists every other filled cell with its label, value and reason, and guesses nothing', () => {
    const source = trial();
    expect(getCell(source, { table: 'applications', row: 'otherHandling', column: 'total' })).toBeGreaterThan(0);
    const { report, unmapped, unfilled, diagnostics } = convertReport(source, 'gov-2021');
    expect(report.format).toBe('gov-2021');
    expect(report.year).toBe(2020);
    expect(report.organ).toEqual(source.organ);
    expect(report.sections).toEqual(source.sections);

    // Tables 三 (but （六）) and 四 are the same cells; of table 二, only the 处理决定数量 carry over.
    for (const [key, value] of filled(source)) {
      const [table, row, column] = key.split('/');
      const carried = table !== 'active' ? row !== 'otherHandling' : column === 'decisions' && row !== 'otherServices';
      if (carried) expect(getCell(report, { table, row, column }), key).toBe(value);
      else expect(unmapped.map((cell) => cell.key), key).toContain(key);
    }
    // Nothing listed that was carried, nothing carried that the source lacks.
    expect(unmapped.every((cell) => filled(source).get(cell.key) === cell.value)).toBe(true);
    expect(filled(report).size + unmapped.length).toBe(filled(source).size);
    // The 2021 （六） rows are not guessed from the single 2019 row.
    for (const row of ['otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other']) expect(getCell(report, { table: 'applications', row, column: 'total' })).toBeNull();

    const byKey = new Map(unmapped.map((cell) => [cell.key, cell]));
    expect(byKey.get('applications/otherHandling/total')).toMatchObject({
      label: '表三 / （六）其他处理 / 总计',
      reason: 'cannot-split',
      explanation: expect.stringContaining('把“（六）其他处理”分为3项（“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”、“2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”、“3.其他”），不能拆分'),
    });
    expect(byKey.get('active/otherServices/decisions')).toMatchObject({ label: '表二 / 其他对外管理服务事项 / 处理决定数量', reason: 'row-not-in-format' });
    expect(byKey.get('active/regulations/made')).toMatchObject({ label: '表二 / 规章 / 本年新制作数量', reason: 'column-not-in-row', explanation: expect.stringContaining('“规章”行没有“本年新制作数量”列') });
    expect(byKey.get('active/procurement/amount')?.reason).toBe('row-not-in-format');
    expect(byKey.get('active/fees/previousCount')?.reason).toBe('column-not-in-row');

    // The 2021 cells nothing gives: 规章 and 行政规范性文件 ×3 columns, and 本年收费金额.
    expect(unfilled.map((cell) => cell.key).sort()).toEqual(
      ['regulations', 'normativeDocuments'].flatMap((row) => ['issued', 'repealed', 'inForce'].map((column) => `active/${row}/${column}`)).concat('active/fees/amount').sort(),
    );
    expect(unfilled.find((cell) => cell.key === 'active/fees/amount')?.label).toBe('表二 / 行政事业性收费 / 本年收费金额（单位：万元）');

    // One warning per table with figures left behind, one info per table with cells left blank.
    expect(diagnostics.map((d) => [d.code, d.severity, d.location.table])).toEqual([
      ['convert-cells-unmapped', 'warning', 'active'],
      ['convert-cells-unmapped', 'warning', 'applications'],
      ['convert-cells-unfilled', 'info', 'active'],
    ]);
    expect(diagnostics[1].message).toMatch(/^表三有 \d 个数据在《中华人民共和国政府信息公开工作年度报告格式》中没有对应的单元格，未带入：（六）其他处理 \/ 自然人 \d+/);
    expect(diagnostics[0].message).toContain('…（共 ');
  });

  it('a 0 in （六）其他处理 splits exactly: the three 2021 rows are 0', () => {
    const source = trial(2);
    for (const column of Object.keys(source.tables.applications.otherHandling)) {
      const value = source.tables.applications.otherHandling[column]!;
      // Move the figures into 3.其他's neighbour so the report still balances: 2019 （六） = 0.
      setCell(source, { table: 'applications', row: 'otherHandling', column }, 0);
      setCell(source, { table: 'applications', row: 'granted', column }, source.tables.applications.granted[column]! + value);
    }
    const { report, unmapped } = convertReport(source, 'gov-2021');
    expect(unmapped.filter((cell) => cell.ref.table === 'applications')).toEqual([]);
    for (const row of ['otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other']) expect(Object.values(report.tables.applications[row])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // Tables 三 and 四 of the converted report pass every rule.
    const errors = validateReport(report).filter((d) => d.severity === 'error' && d.location.table !== 'active' && d.code !== 'format-year-mismatch');
    expect(errors).toEqual([]);
  });

  it('where each figure came from follows it: cell sources and an aggregate’s contributions', () => {
    const source = trial(3);
    source.cellSources = { 'applications/granted/total': { file: 'a.xlsx', sheet: '表三', cell: 'J6' }, 'active/otherServices/decisions': { file: 'a.xlsx', sheet: '表二', cell: 'D9' } };
    source.contributions = { 'applications/granted/total': [{ member: 0, value: 1 }] };
    const { report, diagnostics } = convertReport(source, 'gov-2021');
    expect(report.cellSources).toEqual({ 'applications/granted/total': { file: 'a.xlsx', sheet: '表三', cell: 'J6' } });
    expect(report.contributions).toEqual({ 'applications/granted/total': [{ member: 0, value: 1 }] });
    // The source is left as it was.
    expect(source.format).toBe('gov-2019');
    expect(diagnostics.find((d) => d.location.table === 'active')?.location).toMatchObject({ table: 'active' });
  });

  it('English messages and explanations', () => {
    const { unmapped, diagnostics } = convertReport(trial(), 'gov-2021', { locale: 'en' });
    expect(unmapped.find((cell) => cell.key === 'applications/otherHandling/total')?.explanation).toMatch(/splits “（六）其他处理” into 3 rows .*; it cannot be split \(only 0 can\)$/);
    expect(diagnostics[0].message).toMatch(/^Table II has \d+ figure\(s\) with no cell in/);
  });
});

describe('convertReport, other pairs', () => {
  it('gov-2021 → gov-2019 adds the three （六） rows into one, exactly when all are filled', () => {
    const source = createExampleReport({ year: 2023, seed: 4, scale: 30, organ });
    const { report } = convertReport(source, 'gov-2019');
    const parts = ['otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other'];
    for (const column of Object.keys(source.tables.applications.totalHandled)) {
      expect(getCell(report, { table: 'applications', row: 'otherHandling', column })).toBe(parts.reduce((n, row) => n + source.tables.applications[row][column]!, 0));
    }
    setCell(source, { table: 'applications', row: 'otherHandling.feeUnpaid', column: 'naturalPerson' }, null);
    const partial = convertReport(source, 'gov-2019');
    expect(getCell(partial.report, { table: 'applications', row: 'otherHandling', column: 'naturalPerson' })).toBeNull();
    expect(partial.unmapped.filter((cell) => cell.reason === 'parts-not-filled').map((cell) => cell.key)).toEqual(['applications/otherHandling.noCorrection/naturalPerson', 'applications/otherHandling.other/naturalPerson']);
  });

  it('a province’s extra row under （六） is one of the parts a 0 splits into', () => {
    const province = extendForm(forms['gov-2021'], {
      id: 'gov-2021-test',
      tables: { applications: { addRows: [{ id: 'otherHandling.transferred', label: '4.转送其他机关办理', labelPath: ['三、本年度办理结果', '（六）其他处理'], groups: ['result'], after: 'otherHandling.other' }] } },
    });
    const plan = planConversion(forms['gov-2019'], province);
    const split = plan.derivations.find((d) => d.kind === 'split' && d.source.column === 'total');
    expect(split && split.kind === 'split' ? split.targets.map((t) => t.row) : []).toEqual(['otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other', 'otherHandling.transferred']);
    const tables = convertTables({ applications: { otherHandling: { total: 0 } } }, forms['gov-2019'], province, { tableIds: ['applications'] });
    expect(tables.tables.applications['otherHandling.transferred'].total).toBe(0);
    expect(Object.keys(tables.tables)).toEqual(['applications']);
  });

  it('the same format is a copy; an unknown one throws unknown-form, and through the pipeline is a diagnostic', () => {
    const source = trial();
    const same = convertReport(source, 'gov-2019');
    expect(same.report).toEqual(source);
    expect(same.report).not.toBe(source);
    expect(catchReportError(() => convertReport(source, 'gov-2030')).code).toBe('unknown-form');
    const pipeline = createPipeline();
    const result = pipeline.convert(source, 'gov-2030');
    expect(result.report).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['unknown-format', expect.stringContaining('gov-2030')]]);
    expect(pipeline.convert(source, 'gov-2021').report?.format).toBe('gov-2021');
  });
});
