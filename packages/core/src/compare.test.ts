import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate/aggregate.js';
import type { Roster } from './aggregate/types.js';
import { compareYears, crossYearRules } from './compare.js';
import { withCheckCharacter } from './credit-code.js';
import { diagnosticCatalog } from './diagnostics/catalog.js';
import { createExampleReport } from './example-report.js';
import { getForm, tableCells } from './forms/registry.js';
import { cellKey, getCell, setCell, type CellContribution, type Organ, type Report } from './model/report.js';
import { sumExact } from './numbers.js';
import { validateReport } from './validate.js';
import { APPLICANT_COLUMNS, APPLICATION_COLUMNS, bump, value, where, withCellSources, withCode } from './rules/__fixtures__/reports.js';

const TOWN: Organ = { name: '青山镇人民政府', level: 'township', creditCode: withCheckCharacter('11430100MB0000001') };

function sumApplicants(report: Report, row: string): void {
  const total = APPLICANT_COLUMNS.reduce((n, column) => n + value(report, 'applications', row, column), 0);
  setCell(report, { table: 'applications', row, column: 'total' }, total);
}

/** This year's valid report of the same organ, whose figures carry over from `previous` (R3-7, R2-2, R2-3, R2-4 hold). */
function followingYear(previous: Report, seed: number, organ: Organ = previous.organ): Report {
  const current = createExampleReport({ year: previous.year + 1, seed, organ, scale: 20 });
  for (const column of APPLICANT_COLUMNS) {
    const carriedOver = value(previous, 'applications', 'carriedForward', column);
    let carriedForward = value(current, 'applications', 'carriedForward', column);
    let newReceived = value(current, 'applications', 'totalHandled', column) + carriedForward - carriedOver;
    if (newReceived < 0) {
      carriedForward -= newReceived;
      newReceived = 0;
    }
    setCell(current, { table: 'applications', row: 'carriedOver', column }, carriedOver);
    setCell(current, { table: 'applications', row: 'carriedForward', column }, carriedForward);
    setCell(current, { table: 'applications', row: 'newReceived', column }, newReceived);
  }
  for (const row of ['carriedOver', 'carriedForward', 'newReceived']) sumApplicants(current, row);
  const both = (column: string, row: string) => getCell(previous, { table: 'active', row, column }) !== null && getCell(current, { table: 'active', row, column }) !== null;
  for (const row of ['regulations', 'normativeDocuments']) {
    if (!both('inForce', row)) continue;
    const before = value(previous, 'active', row, 'inForce');
    const issued = value(current, 'active', row, 'issued');
    const repealed = Math.min(value(current, 'active', row, 'repealed'), before + issued);
    setCell(current, { table: 'active', row, column: 'repealed' }, repealed);
    setCell(current, { table: 'active', row, column: 'inForce' }, before + issued - repealed);
  }
  for (const row of ['licensing', 'otherServices', 'penalty', 'coercion', 'fees']) {
    if (!both('previousCount', row)) continue;
    const carried = value(previous, 'active', row, 'previousCount') + value(previous, 'active', row, 'change');
    setCell(current, { table: 'active', row, column: 'previousCount' }, carried);
    const change = value(current, 'active', row, 'change');
    if (carried + change < 0) setCell(current, { table: 'active', row, column: 'change' }, -carried);
  }
  return current;
}

const CITY: Organ = { name: '某市人民政府', level: 'city', creditCode: withCheckCharacter('11430100MB0000009') };

describe('compareYears between two reports of the same format', () => {
  it('a pair that carries over yields no diagnostic, for many seeds in both formats', () => {
    for (const year of [2019, 2021, 2023]) {
      for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
        const previous = createExampleReport({ year, seed, organ: CITY, scale: 20 });
        const current = followingYear(previous, seed + 100);
        expect(validateReport(current), `${year} seed ${seed}`).toEqual([]);
        expect(compareYears(previous, current).diagnostics, `${year} seed ${seed}`).toEqual([]);
      }
    }
  });

  it('lists the change of every cell both reports share, with previous, current and delta', () => {
    const previous = createExampleReport({ year: 2022, seed: 1, organ: TOWN });
    const current = followingYear(previous, 2);
    setCell(previous, { table: 'active', row: 'fees', column: 'amount' }, 0.1);
    setCell(current, { table: 'active', row: 'fees', column: 'amount' }, 0.3);
    const { changes, notComparable } = compareYears(previous, current);
    const form = getForm('gov-2021');
    expect(changes).toHaveLength(form.tables.reduce((n, table) => n + tableCells(table).length, 0));
    expect(notComparable).toEqual([]);
    for (const change of changes) {
      const ref = { table: change.table, row: change.row, column: change.column };
      expect(change.previous).toBe(getCell(previous, ref));
      expect(change.current).toBe(getCell(current, ref));
      expect(change.delta).toBe(sumExact([change.current!, -change.previous!]));
    }
    expect(changes.find((c) => c.row === 'fees')).toEqual({
      table: 'active',
      row: 'fees',
      column: 'amount',
      label: '表二 / 行政事业性收费 / 本年收费金额（单位：万元）',
      previous: 0.1,
      current: 0.3,
      delta: 0.2,
    });
  });

  it('R3-7: this year’s 二、上年结转 must equal last year’s 四 in every column, located at that column', () => {
    for (const column of APPLICATION_COLUMNS) {
      const previous = createExampleReport({ year: 2022, seed: 3, organ: TOWN, scale: 20 });
      const current = withCellSources(followingYear(previous, 4), '青山镇2023.xlsx');
      bump(current, { table: 'applications', row: 'carriedOver', column }, 1);
      const { diagnostics } = compareYears(previous, current);
      expect(where(diagnostics)).toEqual([`R3-7@carriedOver/${column}`]);
      const [found] = diagnostics;
      const before = value(previous, 'applications', 'carriedForward', column);
      expect(found.severity).toBe('warning');
      expect(found.message).toMatch(new RegExp(`^表三“.+”列：2023年度“二、上年结转” = ${before + 1}，2022年度“四、结转下年度继续办理” = ${before}，两者应相等$`));
      expect(found.expected).toBe(String(before));
      expect(found.location).toMatchObject({ table: 'applications', row: 'carriedOver', column, file: '青山镇2023.xlsx', cell: current.cellSources![`applications/carriedOver/${column}`].cell });
    }
  });

  it('R2-2 and R2-3 (gov-2021): documents in force carry over, and no more are repealed than could be', () => {
    const previous = createExampleReport({ year: 2022, seed: 5, organ: CITY, scale: 20 });
    const current = followingYear(previous, 6);
    bump(current, { table: 'active', row: 'normativeDocuments', column: 'inForce' }, 2);
    let found = compareYears(previous, current).diagnostics;
    expect(where(found)).toEqual(['R2-2@normativeDocuments/inForce']);
    const before = value(previous, 'active', 'normativeDocuments', 'inForce');
    const issued = value(current, 'active', 'normativeDocuments', 'issued');
    const repealed = value(current, 'active', 'normativeDocuments', 'repealed');
    expect(found[0].message).toBe(
      `表二“行政规范性文件”行：2023年现行有效件数 = ${before + issued - repealed + 2}，2022年现行有效件数+2023年制发件数−2023年废止件数 = ${before + issued - repealed}，两者应相等`,
    );

    const tooMany = followingYear(previous, 6);
    setCell(tooMany, { table: 'active', row: 'regulations', column: 'repealed' }, value(previous, 'active', 'regulations', 'inForce') + value(tooMany, 'active', 'regulations', 'issued') + 1);
    found = withCode(compareYears(previous, tooMany).diagnostics, 'R2-3');
    expect(where(found)).toEqual(['R2-3@regulations/repealed']);
    expect(found[0].message).toMatch(/^表二“规章”行：2023年废止件数 = \d+，2022年现行有效件数\+2023年制发件数 = \d+，前者不应大于后者$/);
  });

  it('R2-4 (gov-2019): 上一年项目数量 carries over from last year’s count plus change, in every row', () => {
    for (const row of ['licensing', 'otherServices', 'penalty', 'coercion', 'fees']) {
      const previous = createExampleReport({ year: 2019, seed: 7, organ: TOWN, scale: 20 });
      const current = followingYear(previous, 8);
      bump(current, { table: 'active', row, column: 'previousCount' }, 1);
      const found = compareYears(previous, current).diagnostics;
      expect(where(found), row).toEqual([`R2-4@${row}/previousCount`]);
      expect(found[0].message).toContain('2020年度“上一年项目数量” = ');
      expect(found[0].message).toContain('2019年度“上一年项目数量+本年增/减” = ');
    }
  });

  it('skips a relation with a blank cell (the change has no delta), unless blankAsZero', () => {
    const previous = createExampleReport({ year: 2022, seed: 9, organ: TOWN, scale: 20 });
    setCell(previous, { table: 'applications', row: 'carriedForward', column: 'naturalPerson' }, 4);
    sumApplicants(previous, 'carriedForward');
    const current = followingYear(previous, 10);
    setCell(current, { table: 'applications', row: 'carriedOver', column: 'naturalPerson' }, null);
    const result = compareYears(previous, current);
    expect(result.diagnostics).toEqual([]);
    expect(result.changes.find((c) => c.row === 'carriedOver' && c.column === 'naturalPerson')).toMatchObject({ current: null, delta: null });
    expect(where(compareYears(previous, current, { blankAsZero: true }).diagnostics)).toEqual(['R3-7@carriedOver/naturalPerson']);
  });

  it('speaks English with locale "en"', () => {
    const previous = createExampleReport({ year: 2022, seed: 3, organ: TOWN, scale: 20 });
    const current = followingYear(previous, 4);
    bump(current, { table: 'applications', row: 'carriedOver', column: 'total' }, 1);
    const [found] = compareYears(previous, current, { locale: 'en' }).diagnostics;
    expect(found.message).toMatch(/^Table III, column "总计": 2023 II \(carried over\) = \d+, 2022 IV \(carried forward\) = \d+; they must be equal$/);
  });
});

describe('compareYears: organs and years that do not pair', () => {
  it('a different organ is an error, and the cross-year relations are not checked', () => {
    const previous = createExampleReport({ year: 2022, seed: 1, organ: TOWN });
    const other = { ...previous.organ, name: '绿水镇人民政府', creditCode: withCheckCharacter('11430100MB0000002') };
    const current = followingYear(previous, 2, other);
    bump(current, { table: 'applications', row: 'carriedOver', column: 'total' }, 1);
    const { diagnostics, changes } = compareYears(previous, current);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['compare-organ-mismatch', 'error']]);
    expect(diagnostics[0].message).toBe(
      `两份报告不是同一机关：上年度为“青山镇人民政府”，本年度为“绿水镇人民政府”（统一社会信用代码 ${TOWN.creditCode} 与 ${other.creditCode} 不同），未做跨年度衔接检查`,
    );
    expect(changes.length).toBeGreaterThan(0);
  });

  it('the same credit code under a new name is the same organ (info); a name with or without 人民政府 is the same organ', () => {
    const previous = createExampleReport({ year: 2022, seed: 1, organ: TOWN });
    const renamed = followingYear(previous, 2, { ...TOWN, name: '青山街道办事处' });
    expect(compareYears(previous, renamed).diagnostics.map((d) => [d.code, d.severity])).toEqual([['compare-organ-renamed', 'info']]);
    const noCode = { ...previous, organ: { name: '青山镇人民政府', level: 'township' as const } };
    const short = followingYear(noCode, 2, { name: '青山镇', level: 'township' });
    expect(compareYears(noCode, short).diagnostics).toEqual([]);
  });

  it('years that are not consecutive (or in the wrong order) give a warning and no cross-year checks', () => {
    const previous = createExampleReport({ year: 2021, seed: 1, organ: TOWN });
    const later = createExampleReport({ year: 2023, seed: 2, organ: TOWN });
    const result = compareYears(previous, later);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['compare-years-not-consecutive']);
    expect(result.diagnostics[0].message).toBe('上年度报告为2021年度，本年度报告为2023年度，不是相邻的两个年度，只列出数据变化，未做跨年度衔接检查');
    expect(compareYears(later, previous).diagnostics.map((d) => d.code)).toEqual(['compare-years-not-consecutive']);
  });

  it('an unknown format is a diagnostic, not an exception', () => {
    const previous = createExampleReport({ year: 2022, seed: 1, organ: TOWN });
    const current = { ...followingYear(previous, 2), format: 'gov-2099' };
    const result = compareYears(previous, current);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-format']);
    expect(result.changes).toEqual([]);
  });
});

describe('compareYears across formats: 2020 (gov-2019) → 2021 (gov-2021)', () => {
  const previous = createExampleReport({ year: 2020, seed: 11, organ: TOWN, scale: 20 });
  const current = followingYear(previous, 12);

  it('still checks R3-7, whose rows both formats share', () => {
    expect(current.format).toBe('gov-2021');
    expect(withCode(compareYears(previous, current).diagnostics, 'R3-7')).toEqual([]);
    const broken = structuredClone(current);
    bump(broken, { table: 'applications', row: 'carriedOver', column: 'research' }, 2);
    expect(where(withCode(compareYears(previous, broken).diagnostics, 'R3-7'))).toEqual(['R3-7@carriedOver/research']);
  });

  it('says table 二 is not comparable and which rows of table 三 differ, and compares only shared cells', () => {
    const { diagnostics, changes, notComparable } = compareYears(previous, current);
    expect(notComparable).toEqual(['active']);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['compare-table-not-comparable', 'info'],
      ['compare-rows-not-comparable', 'info'],
    ]);
    expect(diagnostics[0].message).toBe('表二的栏目在国办公开办函〔2019〕60号格式（gov-2019）与国办公开办函〔2021〕30号格式（gov-2021）中不同，不作逐项比较');
    expect(diagnostics[1].message).toContain('国办公开办函〔2019〕60号格式（gov-2019）：（六）其他处理；');
    expect(diagnostics[1].message).toContain('（六）其他处理 3.其他');
    expect(changes.some((c) => c.table === 'active')).toBe(false);
    expect(changes.some((c) => c.row.startsWith('otherHandling'))).toBe(false);
    expect(changes).toHaveLength(22 * 7 + 15);
  });
});

/** An aggregate of `reports` as the aggregation contract describes it: cell sums, `members`, per-cell `contributions`. */
function aggregateOf(reports: Report[], organ: Organ): Report {
  const form = getForm(reports[0].format);
  const aggregate = createExampleReport({ year: reports[0].year, form, organ });
  const contributions: Record<string, CellContribution[]> = {};
  for (const table of form.tables) {
    for (const { row, column } of tableCells(table)) {
      const ref = { table: table.id, row, column };
      const parts = reports.map((report, member) => ({ member, value: getCell(report, ref) })).filter((part): part is { member: number; value: number } => part.value !== null);
      setCell(aggregate, ref, sumExact(parts.map((part) => part.value)));
      contributions[cellKey(ref)] = parts.map((part) => ({ ...part, source: { file: `${reports[part.member].organ.name}.xlsx`, sheet: '表三', cell: 'D4' } }));
    }
  }
  return { ...aggregate, members: reports.map((report) => ({ organ: report.organ, file: `${report.organ.name}.xlsx` })), contributions };
}

describe('compareYears between two aggregates', () => {
  const county: Organ = { name: '某县人民政府', level: 'county' };
  const organ = (name: string, serial: number): Organ => ({ name, level: 'township', creditCode: withCheckCharacter(`11430100MB${String(serial).padStart(7, '0')}`) });
  const a = organ('甲镇人民政府', 1);
  const b = { ...organ('乙镇人民政府', 2), creditCode: undefined };
  const c = organ('丙镇人民政府', 3);
  const d = organ('丁镇人民政府', 4);

  const lastYear = [a, b, c].map((member, i) => createExampleReport({ year: 2022, seed: 20 + i, organ: member, scale: 20 }));
  const thisYear = [
    followingYear(lastYear[0], 30, { ...a, name: '甲街道办事处' }), // renamed, same credit code
    followingYear(lastYear[1], 31), // same name, no code
    createExampleReport({ year: 2023, seed: 32, organ: d, scale: 20 }), // new
  ];

  it('matches members by credit code or name, and lists those that appeared or disappeared', () => {
    const result = compareYears(aggregateOf(lastYear, county), aggregateOf(thisYear, county));
    expect(result.members!.matched.map((m) => [m.previousOrgan, m.organ, m.matchedBy])).toEqual([
      ['甲镇人民政府', '甲街道办事处', 'creditCode'],
      ['乙镇人民政府', '乙镇人民政府', 'name'],
    ]);
    expect(result.members!.added.map((m) => m.organ.name)).toEqual(['丁镇人民政府']);
    expect(result.members!.removed.map((m) => m.organ.name)).toEqual(['丙镇人民政府']);
    const messages = result.diagnostics.filter((x) => x.code.startsWith('compare-member')).map((x) => x.message);
    expect(messages).toEqual(['“丁镇人民政府”在2023年度汇总中新增（2022年度汇总中没有）', '“丙镇人民政府”在2022年度汇总中有，2023年度汇总中没有']);
    // Each matched member's changes come from its own contributions.
    const [first] = result.members!.matched;
    const granted = first.changes.find((x) => x.row === 'granted' && x.column === 'naturalPerson')!;
    expect(granted.previous).toBe(value(lastYear[0], 'applications', 'granted', 'naturalPerson'));
    expect(granted.current).toBe(value(thisYear[0], 'applications', 'granted', 'naturalPerson'));
  });

  it('checks R3-7 member by member with the member’s contributions, and points at its file', () => {
    const members = thisYear.map((report) => structuredClone(report));
    bump(members[1], { table: 'applications', row: 'carriedOver', column: 'legalService' }, 1);
    bump(members[1], { table: 'applications', row: 'newReceived', column: 'legalService' }, -1);
    const result = compareYears(aggregateOf(lastYear, county), aggregateOf(members, county));
    const perMember = withCode(result.diagnostics, 'R3-7').filter((x) => x.location.organ);
    expect(where(perMember)).toEqual(['R3-7@carriedOver/legalService']);
    expect(perMember[0].location).toMatchObject({ organ: '乙镇人民政府', file: '乙镇人民政府.xlsx', table: 'applications' });
    expect(perMember[0].message).toMatch(/^乙镇人民政府 \/ 表三“法人或其他组织\/法律服务机构”列：2023年度“二、上年结转” = \d+，2022年度“四、结转下年度继续办理” = \d+，两者应相等$/);
  });

  it('with a stable membership and carried-over figures, two aggregates compare cleanly', () => {
    const stable = lastYear.map((report, i) => followingYear(report, 40 + i));
    const result = compareYears(aggregateOf(lastYear, county), aggregateOf(stable, county));
    expect(result.diagnostics).toEqual([]);
    expect(result.members!.matched).toHaveLength(3);
  });
});

describe('compareYears on the output of aggregate()', () => {
  it('compares two years of a county aggregated from its townships, member by member', () => {
    const towns = ['东镇人民政府', '西镇人民政府', '南镇人民政府'].map((name, i) => ({ name, level: 'township' as const, creditCode: withCheckCharacter(`11430100MB${String(i + 11).padStart(7, '0')}`) }));
    const roster: Roster = { entries: towns.map((town, i) => ({ id: `t${i}`, ...town })) };
    const county: Organ = { name: '某县人民政府', level: 'county' };
    const lastYear = towns.map((town, i) => createExampleReport({ year: 2022, seed: 50 + i, organ: town, scale: 20 }));
    const thisYear = lastYear.map((report, i) => followingYear(report, 60 + i));
    for (const column of ['naturalPerson', 'total']) {
      bump(thisYear[2], { table: 'applications', row: 'carriedOver', column }, 1);
      bump(thisYear[2], { table: 'applications', row: 'newReceived', column }, -1);
    }
    expect(validateReport(thisYear[2])).toEqual([]);
    const run = (reports: Report[], year: number) =>
      aggregate(
        reports.map((report) => ({ report, file: `${report.organ.name}${year}.xlsx` })),
        { roster, organ: county, year },
      ).report;
    const result = compareYears(run(lastYear, 2022), run(thisYear, 2023));
    expect(result.members!.matched.map((m) => [m.organ, m.matchedBy])).toEqual(towns.map((town) => [town.name, 'creditCode']));
    expect(result.members!.added).toEqual([]);
    expect(result.members!.removed).toEqual([]);
    const perMember = withCode(result.diagnostics, 'R3-7').filter((d) => d.location.organ);
    expect(perMember.map((d) => [d.location.organ, d.location.column, d.location.file])).toEqual([
      ['南镇人民政府', 'naturalPerson', '南镇人民政府2023.xlsx'],
      ['南镇人民政府', 'total', '南镇人民政府2023.xlsx'],
    ]);
    // The county's own 自然人 and 总计 columns carry the same break.
    expect(where(withCode(result.diagnostics, 'R3-7').filter((d) => !d.location.organ))).toEqual(['R3-7@carriedOver/naturalPerson', 'R3-7@carriedOver/total']);
  });
});

describe('the cross-year rules', () => {
  it('are the spec’s R3-7, R2-2, R2-3 and R2-4, all warnings, each with a catalog entry', () => {
    expect(crossYearRules.map((rule) => [rule.id, rule.severity])).toEqual([
      ['R3-7', 'warning'],
      ['R2-2', 'warning'],
      ['R2-3', 'warning'],
      ['R2-4', 'warning'],
    ]);
    for (const rule of crossYearRules) expect(diagnosticCatalog[rule.id]?.severity, rule.id).toBe(rule.severity);
  });
});
