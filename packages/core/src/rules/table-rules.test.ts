import { describe, expect, it } from 'vitest';
import { createExampleReport } from '../example-report.js';
import { forms, getTable } from '../forms/registry.js';
import { cellKey, organLevels, setCell, type OrganLevel, type Report } from '../model/report.js';
import { localizeDiagnostics } from '../diagnostics/create.js';
import { validateReport } from '../validate.js';
import { withCheckCharacter } from '../credit-code.js';
import {
  APPLICANT_COLUMNS,
  APPLICATION_COLUMNS,
  FORMATS,
  bump,
  cellsOf,
  validReport,
  value,
  where,
  withCellSources,
  withCode,
} from './__fixtures__/reports.js';

const COLUMN_LABELS: Record<string, string> = {
  naturalPerson: '自然人',
  business: '法人或其他组织/商业企业',
  research: '法人或其他组织/科研机构',
  publicInterest: '法人或其他组织/社会公益组织',
  legalService: '法人或其他组织/法律服务机构',
  otherOrganization: '法人或其他组织/其他',
  total: '总计',
};

const DIVISION_CODES: Record<OrganLevel, string> = { township: '430102', county: '430102', department: '430102', city: '430100', province: '430000', other: '430102' };

describe('a correctly filled report yields no diagnostic', () => {
  it('for many seeds and scales, both formats and every organ level', () => {
    let checked = 0;
    for (const year of [2019, 2020, 2021, 2022, 2025]) {
      for (const level of organLevels) {
        for (const seed of [1, 2, 3, 5, 8, 13]) {
          for (const scale of [0, 1, 10, 500]) {
            const report = createExampleReport({
              year,
              seed: seed * 100 + year,
              scale,
              // A district's code for the county-level organs, a prefecture's for a city, a province's for a province.
              organ: { name: `测试机关${seed}`, level, creditCode: withCheckCharacter(`11430000${String(seed).padStart(9, '0')}`), divisionCode: DIVISION_CODES[level] },
            });
            const diagnostics = validateReport(report);
            expect(diagnostics, `${year} ${level} seed ${seed} scale ${scale}: ${diagnostics.map((d) => d.message).join('; ')}`).toEqual([]);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(5 * organLevels.length * 6 * 4);
  });
});

describe.each(FORMATS)('table 三 rules in $id', ({ id, year }) => {
  it('R3-1 catches an imbalance in any column, at that column, with both sides in the message', () => {
    for (const column of APPLICANT_COLUMNS) {
      const report = withCellSources(validReport({ year, seed: 11 }));
      // Keep the row total right (R3-2 holds): the break shows in this column and in 总计.
      bump(report, { table: 'applications', row: 'newReceived', column }, 2);
      bump(report, { table: 'applications', row: 'newReceived', column: 'total' }, 2);
      const diagnostics = validateReport(report);
      expect(where(diagnostics)).toEqual([`R3-1@newReceived/${column}`, 'R3-1@newReceived/total'].sort());
      const found = diagnostics.find((d) => d.location.column === column)!;
      const left = value(report, 'applications', 'newReceived', column) + value(report, 'applications', 'carriedOver', column);
      const right = value(report, 'applications', 'totalHandled', column) + value(report, 'applications', 'carriedForward', column);
      expect(left - right).toBe(2);
      expect(found.severity).toBe('error');
      expect(found.message).toBe(`表三“${COLUMN_LABELS[column]}”列：一+二 = ${left}，三（七）+四 = ${right}，两者应相等`);
      expect(found.expected).toBe(String(right));
      expect(found.actual).toBe(String(left));
      expect(found.location).toMatchObject({
        table: 'applications',
        row: 'newReceived',
        column,
        label: `表三 / 一、本年新收政府信息公开申请数量 / ${COLUMN_LABELS[column]}`,
        file: '示例镇.xlsx',
        sheet: '三、',
        cell: report.cellSources![cellKey({ table: 'applications', row: 'newReceived', column })].cell,
      });
      expect(found.help).toContain('使两边相等');
    }
  });

  it('R3-1 reads the numbers of the spec’s worked example (Shanghai 2019: 859 + 18 = 805 + 72)', () => {
    const report = validReport({ year, seed: 3 });
    const set = (row: string, n: number) => setCell(report, { table: 'applications', row, column: 'total' }, n);
    set('newReceived', 859);
    set('carriedOver', 18);
    set('totalHandled', 805);
    set('carriedForward', 72);
    expect(withCode(validateReport(report), 'R3-1')).toEqual([]);
    set('carriedForward', 70);
    expect(withCode(validateReport(report), 'R3-1').map((d) => d.message)).toEqual(['表三“总计”列：一+二 = 877，三（七）+四 = 875，两者应相等']);
  });

  it('R3-2 catches a wrong 总计 in any row, located at that row’s 总计 cell', () => {
    const table = getTable(forms[id], 'applications');
    for (const row of table.rows) {
      const report = validReport({ year, seed: 12 });
      bump(report, { table: 'applications', row: row.id, column: 'total' }, 3);
      const found = withCode(validateReport(report), 'R3-2');
      expect(where(found), row.id).toEqual([`R3-2@${row.id}/total`]);
      const total = value(report, 'applications', row.id, 'total');
      expect(found[0].message).toContain(`总计 = ${total}，自然人+法人或其他组织各列 = ${total - 3}，两者应相等`);
      expect(found[0].location.label).toContain(row.label);
    }
  });

  it('R3-3 catches a wrong （七）总计 in any column, and sums every result row of the format', () => {
    for (const column of APPLICATION_COLUMNS) {
      const report = validReport({ year, seed: 13 });
      bump(report, { table: 'applications', row: 'totalHandled', column }, -1);
      const found = withCode(validateReport(report), 'R3-3');
      expect(where(found)).toEqual([`R3-3@totalHandled/${column}`]);
      expect(found[0].message).toMatch(/^表三“.+”列：三（七）总计 = \d+，（一）至（六）各项之和 = \d+，两者应相等$/);
    }
    // Every result row takes part: moving one application between two result rows keeps R3-3.
    const table = getTable(forms[id], 'applications');
    const results = table.rows.filter((r) => r.groups?.includes('result'));
    expect(results).toHaveLength(id === 'gov-2021' ? 21 : 19);
    for (const row of results) {
      const report = validReport({ year, seed: 14 });
      bump(report, { table: 'applications', row: row.id, column: 'naturalPerson' }, 1);
      bump(report, { table: 'applications', row: row.id, column: 'total' }, 1);
      expect(where(withCode(validateReport(report), 'R3-3')), row.id).toEqual(['R3-3@totalHandled/naturalPerson', 'R3-3@totalHandled/total']);
    }
  });

  it('R3-4 catches a negative or fractional count in any cell of table 三', () => {
    const report = validReport({ year, seed: 15 });
    const cells = cellsOf(report, 'applications');
    expect(cells).toHaveLength(id === 'gov-2021' ? 175 : 161);
    for (const ref of cells) {
      const broken = structuredClone(report);
      setCell(broken, ref, -1);
      const found = withCode(validateReport(broken), 'R3-4');
      expect(where(found), cellKey(ref)).toEqual([`R3-4@${ref.row}/${ref.column}`]);
      expect(found[0].message).toMatch(/^表三 \/ .+：不能为负数（填写的是 -1）$/);
    }
    const broken = structuredClone(report);
    setCell(broken, { table: 'applications', row: 'granted', column: 'research' }, 2.5);
    const fraction = withCode(validateReport(broken), 'R3-4');
    expect(fraction.map((d) => d.message)).toEqual(['表三 / （一）予以公开 / 法人或其他组织/科研机构：应为整数，不能有小数（填写的是 2.5）']);
  });

  it('R3-8 catches more carried forward than was open, in any column', () => {
    for (const column of APPLICATION_COLUMNS) {
      const report = validReport({ year, seed: 16 });
      const open = value(report, 'applications', 'newReceived', column) + value(report, 'applications', 'carriedOver', column);
      setCell(report, { table: 'applications', row: 'carriedForward', column }, open + 1);
      const found = withCode(validateReport(report), 'R3-8');
      expect(where(found)).toEqual([`R3-8@carriedForward/${column}`]);
      expect(found[0].message).toBe(`表三“${COLUMN_LABELS[column]}”列：四 = ${open + 1}，一+二 = ${open}，前者不应大于后者`);
      expect(found[0].expected).toBe(`<= ${open}`);
    }
  });
});

describe.each(FORMATS)('table 四 rules in $id', ({ year }) => {
  const rows = [
    ['review', 'R4-1', '行政复议'],
    ['litigationDirect', 'R4-2', '行政诉讼 未经复议直接起诉'],
    ['litigationAfterReview', 'R4-3', '行政诉讼 复议后起诉'],
  ] as const;

  it.each(rows)('%s: %s catches a wrong 总计', (row, code, label) => {
    const report = validReport({ year, seed: 21 });
    bump(report, { table: 'reviewLitigation', row, column: 'total' }, 1);
    const diagnostics = validateReport(report);
    expect(where(diagnostics)).toEqual([`${code}@${row}/total`]);
    const total = value(report, 'reviewLitigation', row, 'total');
    expect(diagnostics[0].message).toBe(`表四“${label}”行：总计 = ${total}，结果维持+结果纠正+其他结果+尚未审结 = ${total - 1}，两者应相等`);
    expect(diagnostics[0].location.label).toBe(`表四 / ${label} / 总计`);
  });

  it('R4-1…R4-3 hold on the spec’s worked examples (376 + 97 + 196 + 121 = 790)', () => {
    const report = validReport({ year, seed: 22 });
    const fill = (row: string, values: number[]) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].forEach((column, i) => setCell(report, { table: 'reviewLitigation', row, column }, values[i]));
    fill('review', [376, 97, 196, 121, 790]);
    fill('litigationDirect', [16, 1, 12, 27, 56]);
    fill('litigationAfterReview', [74, 1, 30, 51, 156]);
    expect(validateReport(report)).toEqual([]);
  });

  it('R4-4 catches a negative or fractional count in any of the 15 cells', () => {
    const report = validReport({ year, seed: 23 });
    for (const ref of cellsOf(report, 'reviewLitigation')) {
      for (const bad of [-2, 0.5]) {
        const broken = structuredClone(report);
        setCell(broken, ref, bad);
        expect(where(withCode(validateReport(broken), 'R4-4')), `${cellKey(ref)}=${bad}`).toEqual([`R4-4@${ref.row}/${ref.column}`]);
      }
    }
  });
});

describe('table 二 rules', () => {
  it('R2-1 (gov-2021): counts are non-negative whole numbers, the fee amount a non-negative decimal', () => {
    const report = validReport({ year: 2023, seed: 31 });
    for (const ref of cellsOf(report, 'active')) {
      const negative = structuredClone(report);
      setCell(negative, ref, -3);
      expect(where(withCode(validateReport(negative), 'R2-1')), cellKey(ref)).toEqual([`R2-1@${ref.row}/${ref.column}`]);
      const fraction = structuredClone(report);
      setCell(fraction, ref, 1.25);
      // 1.25 万元 is a fine amount; 1.25 件 is not.
      expect(withCode(validateReport(fraction), 'R2-1'), cellKey(ref)).toHaveLength(ref.column === 'amount' ? 0 : 1);
    }
    const broken = structuredClone(report);
    setCell(broken, { table: 'active', row: 'fees', column: 'amount' }, -0.5);
    expect(validateReport(broken).map((d) => d.message)).toEqual(['表二 / 行政事业性收费 / 本年收费金额（单位：万元）：金额不能为负数（填写的是 -0.5）']);
  });

  it('R2-1 and R2-6 (gov-2019): 本年增/减 may be negative but not fractional; every other cell is non-negative', () => {
    const report = validReport({ year: 2020, seed: 32 });
    for (const ref of cellsOf(report, 'active')) {
      const negative = structuredClone(report);
      setCell(negative, ref, -1);
      if (ref.column === 'previousCount') setCell(negative, { ...ref, column: 'change' }, 5); // keep R2-5 out of the way
      if (ref.column === 'change') setCell(negative, { ...ref, column: 'previousCount' }, 5);
      const found = validateReport(negative).filter((d) => d.code === 'R2-1' || d.code === 'R2-6');
      expect(where(found), cellKey(ref)).toEqual(ref.column === 'change' ? [] : [`R2-1@${ref.row}/${ref.column}`]);
    }
    const fraction = structuredClone(report);
    setCell(fraction, { table: 'active', row: 'penalty', column: 'change' }, 1.5);
    setCell(fraction, { table: 'active', row: 'penalty', column: 'previousCount' }, 3);
    const found = withCode(validateReport(fraction), 'R2-6');
    expect(found.map((d) => d.message)).toEqual(['表二 / 行政处罚 / 本年增/减：应为整数，不能有小数（填写的是 1.5）']);
  });

  it('R2-5 (gov-2019): 上一年项目数量 + 本年增/减 cannot be negative, in every row that has both', () => {
    const rows = ['licensing', 'otherServices', 'penalty', 'coercion', 'fees'];
    for (const row of rows) {
      const report = validReport({ year: 2019, seed: 33 });
      setCell(report, { table: 'active', row, column: 'previousCount' }, 4);
      setCell(report, { table: 'active', row, column: 'change' }, -6);
      const found = validateReport(report);
      expect(where(found), row).toEqual([`R2-5@${row}/previousCount`]);
      expect(found[0].message).toMatch(/^表二“.+”行：上一年项目数量\+本年增\/减 = -2，不能为负数$/);
      setCell(report, { table: 'active', row, column: 'change' }, -4);
      expect(validateReport(report), `${row}: 4 - 4 = 0 is fine`).toEqual([]);
    }
  });

  it('R2-7 (gov-2019): 对外公开总数量 below 本年新公开数量 is a warning, per row', () => {
    for (const row of ['regulations', 'normativeDocuments']) {
      const report = validReport({ year: 2020, seed: 34, organ: { name: '某市人民政府', level: 'city' } });
      setCell(report, { table: 'active', row, column: 'published' }, 9);
      setCell(report, { table: 'active', row, column: 'totalPublished' }, 8);
      const found = validateReport(report);
      expect(where(found)).toEqual([`R2-7@${row}/totalPublished`]);
      expect(found[0].severity).toBe('warning');
      expect(found[0].message).toBe(`表二“${row === 'regulations' ? '规章' : '规范性文件'}”行：对外公开总数量 = 8，本年新公开数量 = 9，前者不应小于后者`);
    }
  });

  it('trial-only rules are not in gov-2021, and the shared rules are in both', () => {
    // The table rules (the text checks are custom rules, the same in every form) and the blank-cell rules.
    const ids = (formId: 'gov-2021' | 'gov-2019') => forms[formId].rules.filter((r) => r.kind !== 'custom' || r.id.endsWith('-not-filled')).map((r) => r.id).sort();
    expect(ids('gov-2021')).toEqual(['R2-1', 'R3-1', 'R3-2', 'R3-3', 'R3-4', 'R3-8', 'R4-1', 'R4-2', 'R4-3', 'R4-4', 'part-not-filled', 'total-not-filled']);
    expect(ids('gov-2019')).toEqual(['R2-1', 'R2-5', 'R2-6', 'R2-7', 'R3-1', 'R3-2', 'R3-3', 'R3-4', 'R3-8', 'R4-1', 'R4-2', 'R4-3', 'R4-4', 'part-not-filled', 'total-not-filled']);
  });
});

describe('blank is not zero', () => {
  it('a blank cell is reported as not filled, and the relations it takes part in are skipped', () => {
    const report = validReport({ year: 2023, seed: 41 });
    setCell(report, { table: 'applications', row: 'newReceived', column: 'business' }, null);
    delete report.tables.applications['denied.stateSecret'].research; // absent = not filled too
    const diagnostics = validateReport(report);
    // Not filled (a warning), and, being parts of totals that are filled and not 0, part-not-filled
    // errors: in the row (总计) and, for 1.属于国家秘密, in its column too (（七）总计).
    expect(where(diagnostics)).toEqual([
      'cell-not-filled@denied.stateSecret/research',
      'cell-not-filled@newReceived/business',
      'part-not-filled@denied.stateSecret/research',
      'part-not-filled@denied.stateSecret/research',
      'part-not-filled@newReceived/business',
    ]);
    const received = diagnostics.find((d) => d.location.row === 'newReceived')!;
    const stateSecret = diagnostics.find((d) => d.location.row === 'denied.stateSecret')!;
    expect(received.message).toBe('表三 / 一、本年新收政府信息公开申请数量：1 个单元格未填写（法人或其他组织/商业企业）');
    expect(stateSecret.message).toBe('表三 / （三）不予公开 1.属于国家秘密：1 个单元格未填写（法人或其他组织/科研机构）');
    expect(received.severity).toBe('warning');
  });

  it('0 is a value: relations are checked and nothing is "not filled"', () => {
    const report = validReport({ year: 2023, seed: 42 });
    const before = value(report, 'applications', 'newReceived', 'naturalPerson');
    expect(before).toBeGreaterThan(0);
    setCell(report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 0);
    const found = where(validateReport(report));
    expect(found).toContain('R3-1@newReceived/naturalPerson');
    expect(found).toContain('R3-2@newReceived/total');
    expect(found.filter((code) => code.startsWith('cell-not-filled'))).toEqual([]);
  });

  it('blankAsZero: blanks count as 0, are not reported, and relations are checked', () => {
    const report = validReport({ year: 2023, seed: 42 });
    setCell(report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, null);
    expect(where(validateReport(report))).toEqual(['cell-not-filled@newReceived/naturalPerson', 'part-not-filled@newReceived/naturalPerson']);
    const asZero = where(validateReport(report, { blankAsZero: true }));
    expect(asZero).toContain('R3-1@newReceived/naturalPerson');
    expect(asZero).toContain('R3-2@newReceived/total');
    expect(asZero.filter((code) => code.startsWith('cell-not-filled'))).toEqual([]);
  });

  it('a table left entirely blank gives one diagnostic for the table, not one per row', () => {
    const report = validReport({ year: 2020, seed: 43 });
    delete report.tables.reviewLitigation;
    const diagnostics = validateReport(report);
    expect(diagnostics.map((d) => d.message)).toEqual(['表四：15 个单元格未填写（整张表未填写）']);
    expect(diagnostics[0].location).toMatchObject({ table: 'reviewLitigation' });
  });

  it('the not-filled diagnostic points at the workbook cell of the first blank', () => {
    const report = withCellSources(validReport({ year: 2023, seed: 44 }));
    setCell(report, { table: 'active', row: 'penalty', column: 'decisions' }, null);
    const [found] = validateReport(report);
    expect(found.location).toMatchObject({
      table: 'active',
      row: 'penalty',
      column: 'decisions',
      file: '示例镇.xlsx',
      cell: report.cellSources!['active/penalty/decisions'].cell,
    });
  });
});

describe('messages in English', () => {
  it('renders the same diagnostics in English with locale "en", and re-renders zh diagnostics to the same English', () => {
    const report = validReport({ year: 2023, seed: 51 });
    bump(report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 2);
    bump(report, { table: 'applications', row: 'newReceived', column: 'total' }, 2);
    setCell(report, { table: 'reviewLitigation', row: 'review', column: 'pending' }, -1);
    setCell(report, { table: 'active', row: 'licensing', column: 'decisions' }, null);
    const english = validateReport(report, { locale: 'en' });
    const messages = english.map((d) => d.message);
    expect(messages).toContain('Table III, column "自然人": I+II = ' + (value(report, 'applications', 'newReceived', 'naturalPerson') + value(report, 'applications', 'carriedOver', 'naturalPerson')) + ', III(7)+IV = ' + (value(report, 'applications', 'totalHandled', 'naturalPerson') + value(report, 'applications', 'carriedForward', 'naturalPerson')) + '; they must be equal');
    expect(messages).toContain('Table IV / 行政复议 / 尚未审结: must not be negative (the value is -1)');
    expect(messages).toContain('Table II / 行政许可: 1 cell(s) not filled (本年处理决定数量)');
    for (const d of english) expect(d.message).not.toMatch(/[，：；]|两者|不能|未填写/);
    const chinese = validateReport(report);
    expect(localizeDiagnostics(chinese, { locale: 'en' }).map((d) => d.message)).toEqual(messages);
    expect(localizeDiagnostics(english, { locale: 'zh-CN' }).map((d) => d.message)).toEqual(chinese.map((d) => d.message));
  });
});

describe('validation cost', () => {
  it('evaluates each rule once per column or row: a report with every cell wrong gives a bounded number of diagnostics', () => {
    const report: Report = validReport({ year: 2023, seed: 61 });
    for (const ref of cellsOf(report, 'applications')) setCell(report, ref, -1.5);
    const diagnostics = validateReport(report);
    // 175 R3-4 cells + at most one per column (R3-1, R3-3, R3-8) and per row (R3-2).
    expect(withCode(diagnostics, 'R3-4')).toHaveLength(175);
    expect(withCode(diagnostics, 'R3-1').length).toBeLessThanOrEqual(7);
    expect(withCode(diagnostics, 'R3-2').length).toBeLessThanOrEqual(25);
  });
});
