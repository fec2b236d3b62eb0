import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../diagnostics/create.js';
import { extendForm } from '../forms/extend.js';
import { forms } from '../forms/registry.js';
import { parseReport } from '../model/parse.js';
import { setCell, type Report } from '../model/report.js';
import { validateReport } from '../validate.js';
import { FORMATS, validReport, where, withCellSources, withCode } from './__fixtures__/reports.js';

/** A 2023 report laid out like a real provincial one: the 总计 of 11 result rows of 表三 printed blank, every other cell filled. */
function provincialReport(): Report {
  const text = readFileSync(new URL('./__fixtures__/blank-totals-2023.json', import.meta.url), 'utf8');
  const { report, diagnostics } = parseReport(text, { file: 'blank-totals-2023.json' });
  expect(diagnostics).toEqual([]);
  return report!;
}

const errorsOf = (report: Report, options = {}) => validateReport(report, options).filter((d) => d.severity === 'error');

describe('total-not-filled: a blank total in a row or column whose parts are filled', () => {
  it('ACCEPTANCE: the provincial report with 11 blank 总计 gets one error per row, naming the row, the column and the cell', () => {
    const report = provincialReport();
    const found = withCode(validateReport(report), 'total-not-filled');
    expect(found).toHaveLength(11);
    expect(found.every((d) => d.severity === 'error')).toBe(true);
    const stateSecret = found.find((d) => d.location.row === 'denied.stateSecret')!;
    expect(stateSecret.message).toMatch(/^表三“（三）不予公开 1\.属于国家秘密”行的“总计”未填写，而其他单元格已填写（自然人 \d+、法人或其他组织\/商业企业 \d+、法人或其他组织\/科研机构 \d+等 6 项）（工作表“三、”J8）$/);
    expect(stateSecret.location).toMatchObject({ table: 'applications', row: 'denied.stateSecret', column: 'total', file: '某某省2023年报.xlsx', cell: 'J8', label: '表三 / （三）不予公开 1.属于国家秘密 / 总计' });
    expect(stateSecret.help).toBe('填写该总计（各分项之和）。');
    // The 11 blanks are parts of （七）总计 in the 总计 column, which is filled: one more error there.
    const column = withCode(validateReport(report), 'part-not-filled');
    expect(column).toHaveLength(1);
    expect(column[0].message).toMatch(/^表三“总计”列的“（七）总计”为 \d+，但“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”、“（三）不予公开 1\.属于国家秘密”、“（三）不予公开 2\.其他法律行政法规禁止公开”等 11 项未填写（工作表“三、”J7）$/);
    // Nothing else is wrong with it: the errors are these 12, beside the not-filled warnings.
    expect(errorsOf(report).map((d) => d.code).sort()).toEqual([...Array(1).fill('part-not-filled'), ...Array(11).fill('total-not-filled')]);
  });

  it('a blank （七）总计 in a column whose result rows are filled', () => {
    const report = validReport({ year: 2023, seed: 3 });
    setCell(report, { table: 'applications', row: 'totalHandled', column: 'research' }, null);
    const diagnostics = validateReport(report);
    // The total of the 科研机构 column (its result rows are filled) …
    const [total] = withCode(diagnostics, 'total-not-filled');
    expect(total.message).toMatch(/^表三“法人或其他组织\/科研机构”列的“（七）总计”未填写，而其他单元格已填写（（一）予以公开 \d+、/);
    expect(total.location).toMatchObject({ row: 'totalHandled', column: 'research' });
    // … and a part of the （七）总计 row's own 总计, which is filled.
    expect(where(withCode(diagnostics, 'part-not-filled'))).toEqual(['part-not-filled@totalHandled/research']);
    expect(where(diagnostics.filter((d) => d.severity === 'error'))).toEqual(['part-not-filled@totalHandled/research', 'total-not-filled@totalHandled/research']);
  });

  it('table 四: a blank 总计 of 行政复议 whose outcomes are filled, in English too', () => {
    const report = validReport({ year: 2023, seed: 4 });
    setCell(report, { table: 'reviewLitigation', row: 'review', column: 'total' }, null);
    const [found] = withCode(validateReport(report, { locale: 'en' }), 'total-not-filled');
    expect(found.message).toMatch(/^Table IV, row "行政复议": "总计" is not filled although other cells are \(结果维持 \d+, 结果纠正 \d+, 其他结果 \d+ and 1 more\)$/);
    expect(found.location).toMatchObject({ table: 'reviewLitigation', row: 'review', column: 'total' });
  });

  it('a row left wholly blank is not filled (a warning), not a blank total', () => {
    const report = validReport({ year: 2023, seed: 5 });
    for (const column of ['upheld', 'corrected', 'other', 'pending', 'total']) setCell(report, { table: 'reviewLitigation', row: 'review', column }, null);
    const diagnostics = validateReport(report);
    expect(withCode(diagnostics, 'total-not-filled')).toEqual([]);
    expect(where(withCode(diagnostics, 'cell-not-filled'))).toEqual(['cell-not-filled@review/upheld']);
  });
});

describe('part-not-filled: a blank cell in a row or column whose total is filled and not 0', () => {
  it('a blank applicant cell in a row with a total: one error for the row, with the cell', () => {
    const report = withCellSources(validReport({ year: 2023, seed: 6 }));
    setCell(report, { table: 'applications', row: 'newReceived', column: 'business' }, null);
    setCell(report, { table: 'applications', row: 'newReceived', column: 'legalService' }, null);
    const found = withCode(validateReport(report), 'part-not-filled');
    expect(found).toHaveLength(1);
    const total = report.tables.applications.newReceived.total;
    expect(found[0].message).toBe(`表三“一、本年新收政府信息公开申请数量”行的“总计”为 ${total}，但“法人或其他组织/商业企业”、“法人或其他组织/法律服务机构”未填写（工作表“三、”E4）`);
    expect(found[0]).toMatchObject({ severity: 'error', location: { row: 'newReceived', column: 'business', cell: 'E4' } });
  });

  it('a blank result row in a column whose （七）总计 is filled', () => {
    const report = validReport({ year: 2020, seed: 7, form: forms['gov-2019'] });
    setCell(report, { table: 'applications', row: 'otherHandling', column: 'naturalPerson' }, null);
    const found = withCode(validateReport(report), 'part-not-filled').filter((d) => d.message.startsWith('表三“自然人”列'));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('但“（六）其他处理”未填写');
  });

  it('a total of 0 with blank parts is not an error (the parts can only be 0); filled parts are never reported', () => {
    const report = validReport({ year: 2023, seed: 8 });
    for (const column of ['upheld', 'corrected', 'other', 'pending']) setCell(report, { table: 'reviewLitigation', row: 'litigationDirect', column }, column === 'upheld' ? 0 : null);
    setCell(report, { table: 'reviewLitigation', row: 'litigationDirect', column: 'total' }, 0);
    expect(withCode(validateReport(report), 'part-not-filled')).toEqual([]);
  });

  it('a province row in the summed result group is a part of （七）总计 too', () => {
    const form = extendForm(forms['gov-2021'], {
      id: 'gov-2021-test',
      tables: { applications: { addRows: [{ id: 'otherHandling.transferred', label: '4.转送其他机关办理', labelPath: ['三、本年度办理结果', '（六）其他处理'], groups: ['result'], after: 'otherHandling.other' }] } },
    });
    const report = validReport({ year: 2023, seed: 9, form });
    expect(errorsOf(report, { forms: [form] })).toEqual([]);
    setCell(report, { table: 'applications', row: 'otherHandling.transferred', column: 'total' }, null);
    const found = withCode(validateReport(report, { forms: [form] }), 'part-not-filled');
    expect(found.map((d) => d.message)).toEqual([expect.stringMatching(/^表三“总计”列的“（七）总计”为 \d+，但“（六）其他处理 4\.转送其他机关办理”未填写$/)]);
  });
});

describe('both checks', () => {
  it('every valid report of either format passes them', () => {
    for (const { id, year } of FORMATS) {
      for (const seed of [1, 2, 3, 4, 5]) {
        for (const scale of [0, 1, 40]) {
          const found = validateReport(validReport({ year, seed, scale, form: forms[id] })).filter((d) => d.code === 'total-not-filled' || d.code === 'part-not-filled');
          expect(found, `${id} seed ${seed} scale ${scale}`).toEqual([]);
        }
      }
    }
  });

  it('blankAsZero: neither applies, the equations check the zeros instead', () => {
    const report = provincialReport();
    const asZero = validateReport(report, { blankAsZero: true });
    expect(asZero.filter((d) => d.code === 'total-not-filled' || d.code === 'part-not-filled')).toEqual([]);
    expect(withCode(asZero, 'R3-2').length).toBeGreaterThan(0);
  });

  it('cells a known import error covers are left out: a missing column is reported once, by the importer', () => {
    const report = validReport({ year: 2023, seed: 10 });
    for (const row of Object.keys(report.tables.applications)) setCell(report, { table: 'applications', row, column: 'legalService' }, null);
    expect(withCode(validateReport(report), 'part-not-filled').length).toBeGreaterThan(20);
    const missing = createDiagnostic({ code: 'import-column-missing', params: { table: '表三', label: '法人或其他组织/法律服务机构' }, location: { file: 'a.xlsx', table: 'applications', column: 'legalService' } });
    const diagnostics = validateReport(report, { knownProblems: [missing] });
    expect(diagnostics.filter((d) => d.location.column === 'legalService' || d.code === 'part-not-filled' || d.code === 'cell-not-filled')).toEqual([]);
  });

  it('can be switched off by id', () => {
    const report = provincialReport();
    expect(errorsOf(report, { disableRules: ['total-not-filled', 'part-not-filled'] })).toEqual([]);
  });
});
