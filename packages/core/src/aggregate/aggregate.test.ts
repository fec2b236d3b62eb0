import { describe, expect, it } from 'vitest';
import {
  aggregate,
  cellContributions,
  diagnosticCatalog,
  getCell,
  getForm,
  setCell,
  type AggregateOptions,
  type AggregateResult,
  type Roster,
  type Submission,
} from '../index.js';
import { createExampleReport } from '../testing.js';
import { balancedReport, submit } from './__fixtures__/reports.js';

const county = { name: '某县人民政府', level: 'county' as const };

function flatRoster(names: string[], deadline?: string): Roster {
  return { entries: names.map((name) => ({ id: name, name, level: 'township' as const })), ...(deadline ? { deadline } : {}) };
}

function run(submissions: Submission[], roster: Roster, extra: Partial<AggregateOptions> = {}): AggregateResult {
  return aggregate(submissions, { roster, organ: county, year: 2024, ...extra });
}

const township = (name: string) => ({ name, level: 'township' as const });

function statuses(result: AggregateResult): Record<string, string> {
  return Object.fromEntries(result.outcomes.map((o) => [o.file ?? String(o.index), o.status]));
}

function listedOnce(result: AggregateResult, count: number) {
  const c = result.completeness;
  const all = [
    c,
    ...(result.children ?? []).flatMap(function walk(child): (typeof c)[] {
      return [child.completeness, ...(child.children ?? []).flatMap(walk)];
    }),
  ];
  const indexes = all.flatMap((x) => [...x.accepted, ...x.rejected, ...x.duplicate, ...x.unexpected, ...x.excluded]).map((o) => o.index);
  expect(indexes.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
}

describe('completeness lists', () => {
  const roster = flatRoster(['甲镇', '乙镇', '丙镇', '丁镇', '戊镇', '己镇'], '2025-02-20');
  const bad = balancedReport(township('丙镇'), { natural: 3 });
  setCell(bad, { table: 'applications', row: 'granted', column: 'naturalPerson' }, 2); // 三（七） ≠ sum of results
  const submissions = [
    submit(balancedReport(township('甲镇'), { natural: 1 }), 'a.xlsx', { submittedOn: '2025-02-20' }),
    submit(balancedReport(township('乙镇'), { natural: 2 }), 'b.xlsx', { submittedOn: '2025-02-21' }),
    submit(bad, 'c.xlsx', { submittedOn: '2025-02-01' }),
    submit(balancedReport(township('丁镇'), { natural: 4 }), 'd1.xlsx'),
    submit(balancedReport(township('丁镇'), { natural: 5 }), 'd2.xlsx'),
    submit(balancedReport(township('戊镇'), { natural: 6 }, 2023), 'e.xlsx'),
    submit(balancedReport(township('庚镇'), { natural: 7 }), 'x.xlsx'),
  ];
  const result = run(submissions, roster);

  it('expected, received, missing', () => {
    expect(result.completeness.expected).toEqual(['甲镇', '乙镇', '丙镇', '丁镇', '戊镇', '己镇']);
    expect(result.completeness.received).toEqual(['甲镇', '乙镇', '丙镇', '丁镇']);
    // 戊镇 only sent last year's report: it has not filed this year's.
    expect(result.completeness.missing).toEqual(['戊镇', '己镇']);
  });

  it('accepted, rejected, duplicate, unexpected, excluded, late', () => {
    expect(statuses(result)).toEqual({
      'a.xlsx': 'accepted',
      'b.xlsx': 'accepted',
      'c.xlsx': 'rejected',
      'd1.xlsx': 'duplicate',
      'd2.xlsx': 'duplicate',
      'e.xlsx': 'excluded',
      'x.xlsx': 'unexpected',
    });
    expect(result.completeness.late.map((o) => o.file)).toEqual(['b.xlsx']);
    expect(result.completeness.rejected[0].errorCount).toBeGreaterThan(0);
    expect(result.completeness.rejected[0].reasons.join()).toMatch(/错误/);
    expect(result.completeness.excluded[0].reasonCode).toBe('aggregate-year-mismatch');
    expect(result.completeness.unexpected[0].reasonCode).toBe('roster-no-match');
    listedOnce(result, submissions.length);
  });

  it('counts only the accepted ones', () => {
    expect(getCell(result.report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' })).toBe(3);
    expect(result.report.members!.map((m) => m.organ.name)).toEqual(['甲镇', '乙镇']);
  });

  it('every code it emits is in the catalog, and every diagnostic names an organ', () => {
    for (const d of result.diagnostics) {
      expect(diagnosticCatalog[d.code], d.code).toBeDefined();
      expect(d.location.organ, d.code).toBeTruthy();
    }
    const fileDiagnostics = result.diagnostics.filter((d) =>
      ['aggregate-member-rejected', 'aggregate-year-mismatch', 'roster-no-match', 'submission-late'].includes(d.code)
    );
    expect(fileDiagnostics.length).toBe(4);
    for (const d of fileDiagnostics) expect(d.location.file, d.code).toMatch(/\.xlsx$/);
  });

  it('speaks English when asked', () => {
    const english = run(submissions, roster, { locale: 'en' });
    expect(english.diagnostics.find((d) => d.code === 'aggregate-member-missing')!.message).toBe('戊镇 has not submitted its 2024 report');
    expect(english.narrativeDraft.paragraphs[0]).toContain('6 organ(s) were due to submit');
    expect(english.narrativeDraft.note).toMatch(/draft/);
  });
});

describe('duplicates', () => {
  const roster = flatRoster(['甲镇', '乙镇']);
  const first = balancedReport(township('甲镇'), { natural: 4 });
  const second = balancedReport(township('甲镇人民政府'), { natural: 5 });
  const other = submit(balancedReport(township('乙镇'), { natural: 10 }), 'b.xlsx');

  it('two different filings for one organ: both listed, neither counted', () => {
    const result = run([submit(first, 'a1.xlsx'), submit(second, 'a2.xlsx'), other], roster);
    expect(result.completeness.duplicate.map((o) => o.file)).toEqual(['a1.xlsx', 'a2.xlsx']);
    expect(result.completeness.duplicate.every((o) => o.identicalTo === undefined && o.reasonCode === 'aggregate-duplicate-submission')).toBe(true);
    expect(result.completeness.received).toEqual(['甲镇', '乙镇']);
    expect(getCell(result.report, { table: 'applications', row: 'newReceived', column: 'total' })).toBe(10);
    const d = result.diagnostics.filter((x) => x.code === 'aggregate-duplicate-submission');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'error', location: { organ: '甲镇' } });
    expect(d[0].message).toContain('a1.xlsx、a2.xlsx');
  });

  it('the same file twice (same SHA-256): counted once, the copy listed as identical', () => {
    const copy = submit(first, 'a1.xlsx');
    const result = run([{ ...copy, file: 'z-copy.xlsx' }, copy, other], roster);
    expect(statuses(result)).toEqual({ 'z-copy.xlsx': 'duplicate', 'a1.xlsx': 'accepted', 'b.xlsx': 'accepted' });
    expect(result.outcomes[0]).toMatchObject({ identicalTo: 1, reasonCode: 'aggregate-identical-copy' });
    expect(getCell(result.report, { table: 'applications', row: 'newReceived', column: 'total' })).toBe(14);
    expect(result.diagnostics.find((d) => d.code === 'aggregate-identical-copy')).toMatchObject({ severity: 'info', location: { file: 'z-copy.xlsx' } });
  });

  it('a rejected version does not compete with a sound one', () => {
    const broken = balancedReport(township('甲镇'), { natural: 4 });
    setCell(broken, { table: 'applications', row: 'totalHandled', column: 'total' }, 99);
    const result = run([submit(broken, 'a-old.xlsx'), submit(second, 'a-new.xlsx'), other], roster);
    expect(statuses(result)).toEqual({ 'a-old.xlsx': 'rejected', 'a-new.xlsx': 'accepted', 'b.xlsx': 'accepted' });
  });

  it('a newer filing with errors beside an older sound one: the sound one is counted and the rejected one says which file was used', () => {
    const newer = balancedReport(township('甲镇'), { natural: 6 });
    setCell(newer, { table: 'applications', row: 'totalHandled', column: 'total' }, 99);
    const result = run([submit(first, 'a-2025-01-05.xlsx'), submit(newer, 'a-2025-01-18（更正）.xlsx'), other], roster);
    expect(statuses(result)).toEqual({ 'a-2025-01-05.xlsx': 'accepted', 'a-2025-01-18（更正）.xlsx': 'rejected', 'b.xlsx': 'accepted' });
    const rejected = result.outcomes[1];
    expect(rejected.reasons[0]).toBe('甲镇报送了 2 份报告：“a-2025-01-18（更正）.xlsx”有错误未计入，计入汇总的是“a-2025-01-05.xlsx”（没有错误）；请确认“a-2025-01-05.xlsx”是该单位要报送的版本');
    expect(result.diagnostics.find((d) => d.code === 'aggregate-other-filing-used')).toMatchObject({ severity: 'warning', location: { organ: '甲镇', file: 'a-2025-01-18（更正）.xlsx' } });
    // One organ that filed only a report with errors gets no such note.
    const alone = run([submit(newer, 'a.xlsx'), other], roster);
    expect(alone.diagnostics.some((d) => d.code === 'aggregate-other-filing-used')).toBe(false);
  });

  it('the same figures as two different files (an .xlsx and its .json): counted once, judged by the figures', () => {
    const asJson = structuredClone(first);
    const result = run([submit(first, 'a.xlsx', { sha256: 'a'.repeat(64) }), submit(asJson, 'a.json', { sha256: 'b'.repeat(64) }), other], roster);
    // The first by file name is the organ's filing, as for identical files.
    expect(statuses(result)).toEqual({ 'a.xlsx': 'duplicate', 'a.json': 'accepted', 'b.xlsx': 'accepted' });
    expect(result.outcomes.find((o) => o.file === 'a.xlsx')).toMatchObject({ identicalTo: 1, reasonCode: 'aggregate-same-figures' });
    expect(result.completeness.received).toEqual(['甲镇', '乙镇']);
    expect(getCell(result.report, { table: 'applications', row: 'newReceived', column: 'total' })).toBe(14);
  });
});

describe('whose report it is', () => {
  const roster = flatRoster(['第1镇', '第2镇', '第3镇']);

  it('a township’s figures filed in another township’s template: not counted, the file name and the report inside both named', () => {
    const second = balancedReport(township('第2镇'), { natural: 4 });
    const result = run([submit(second, '第3镇.xlsx'), submit(balancedReport(township('第1镇'), { natural: 2 }), '第1镇.xlsx')], roster);
    expect(statuses(result)).toEqual({ '第3镇.xlsx': 'rejected', '第1镇.xlsx': 'accepted' });
    expect(result.outcomes[0].reasons[0]).toBe('“第3镇.xlsx”的文件名指向“第3镇”，表内却是“第2镇”（按名称）：为免把一个单位的数字计到另一个单位，在核实前不计入');
    expect(result.completeness.missing).toEqual(['第3镇']);
    expect(getCell(result.report, { table: 'applications', row: 'newReceived', column: 'total' })).toBe(2);
    // A file name that names no roster entry, or the same entry, is no conflict.
    expect(statuses(run([submit(second, '2024年报（定稿）.xlsx')], roster))).toEqual({ '2024年报（定稿）.xlsx': 'accepted' });
    expect(statuses(run([submit(second, '第2镇（更正）.xlsx')], roster))).toEqual({ '第2镇（更正）.xlsx': 'accepted' });
  });

  it('a report whose credit code and name point at different organs: not counted until confirmed', () => {
    const coded: Roster = { entries: [{ id: 'a', name: '甲镇', level: 'township', creditCode: '11431299MB1000397J' }, { id: 'b', name: '乙镇', level: 'township' }] };
    const report = balancedReport({ name: '乙镇', level: 'township', creditCode: '11431299MB1000397J' }, { natural: 3 });
    const result = run([submit(report, 'x.xlsx')], coded);
    expect(result.outcomes[0]).toMatchObject({ status: 'rejected', reasonCode: 'aggregate-identity-conflict' });
    expect(result.outcomes[0].reasons[0]).toContain('表内名称指向“乙镇”');
    expect(result.outcomes[0].reasons[0]).toContain('“甲镇”（按统一社会信用代码）');
  });
});

describe('reports with errors', () => {
  const roster = flatRoster(['甲镇', '乙镇']);
  const broken = balancedReport(township('甲镇'), { natural: 4 });
  setCell(broken, { table: 'applications', row: 'newReceived', column: 'total' }, 5);
  const submissions = [submit(broken, 'a.xlsx'), submit(balancedReport(township('乙镇'), { natural: 1 }), 'b.xlsx')];

  it('are not added by default', () => {
    const result = run(submissions, roster);
    expect(getCell(result.report, { table: 'applications', row: 'newReceived', column: 'total' })).toBe(1);
  });

  it('are added with the option, with a warning on the aggregate', () => {
    const result = run(submissions, roster, { includeReportsWithErrors: true });
    expect(getCell(result.report, { table: 'applications', row: 'newReceived', column: 'total' })).toBe(6);
    expect(result.completeness.accepted.find((o) => o.file === 'a.xlsx')).toMatchObject({ status: 'accepted', errorCount: 2 });
    expect(result.diagnostics.find((d) => d.code === 'aggregate-includes-errors')).toMatchObject({
      severity: 'warning',
      location: { organ: '甲镇', file: 'a.xlsx' },
    });
  });

  it('an import error also rejects', () => {
    const imported: Submission = {
      ...submissions[1],
      diagnostics: [{ code: 'schema-invalid', severity: 'error', message: '字段 x：缺少该字段', location: { path: 'x' } }],
    };
    const result = run([submissions[0], imported], roster, { includeReportsWithErrors: false });
    expect(result.outcomes[1]).toMatchObject({ status: 'rejected', errorCount: 1 });
    expect(result.diagnostics.find((d) => d.code === 'schema-invalid')!.location).toMatchObject({ organ: '乙镇', file: 'b.xlsx', path: 'x' });
  });
});

describe('formats and years are not mixed', () => {
  const roster = flatRoster(['甲镇', '乙镇', '丙镇']);
  const trial = createExampleReport({ year: 2020, seed: 3, organ: township('乙镇') });

  it('a trial-format report in a 2024 aggregate is excluded, with a diagnostic', () => {
    const wrongFormat = { ...balancedReport(township('乙镇'), { natural: 2 }), format: 'gov-2019' };
    const result = run([submit(balancedReport(township('甲镇'), { natural: 1 }), 'a.xlsx'), submit(wrongFormat, 'b.xlsx'), submit(trial, 'c.xlsx')], roster);
    expect(result.outcomes.map((o) => o.reasonCode)).toEqual([undefined, 'aggregate-format-mismatch', 'aggregate-year-mismatch']);
    expect(result.completeness.excluded.map((o) => o.file)).toEqual(['b.xlsx', 'c.xlsx']);
    expect(getCell(result.report, { table: 'applications', row: 'newReceived', column: 'total' })).toBe(1);
    const d = result.diagnostics.find((x) => x.code === 'aggregate-format-mismatch')!;
    expect(d.message).toBe('乙镇的报告使用“gov-2019”格式，本次汇总使用“gov-2021”格式，未计入');
  });

  it('a 2020 aggregate uses the trial format and sums its signed 本年增/减', () => {
    const a = createExampleReport({ year: 2020, seed: 1, organ: township('甲镇') });
    const b = createExampleReport({ year: 2020, seed: 2, organ: township('乙镇') });
    setCell(a, { table: 'active', row: 'fees', column: 'previousCount' }, 10);
    setCell(a, { table: 'active', row: 'fees', column: 'change' }, -3);
    setCell(b, { table: 'active', row: 'fees', column: 'previousCount' }, 4);
    setCell(b, { table: 'active', row: 'fees', column: 'change' }, 1);
    const newer = balancedReport(township('丙镇'), { natural: 1 });
    const result = aggregate([submit(a, 'a.xlsx'), submit(b, 'b.xlsx'), submit(newer, 'c.xlsx')], { roster, organ: county, year: 2020 });
    expect(result.report.format).toBe('gov-2019');
    expect(getCell(result.report, { table: 'active', row: 'fees', column: 'change' })).toBe(-2);
    expect(getCell(result.report, { table: 'active', row: 'fees', column: 'previousCount' })).toBe(14);
    expect(result.outcomes[2]).toMatchObject({ status: 'excluded', reasonCode: 'aggregate-year-mismatch' });
    expect(result.narrativeDraft.paragraphs.join()).toContain('行政事业性收费项目上一年14项，本年减少2项');
  });

  it('years before 2019 have no tables to add', () => {
    const result = aggregate([], { roster, organ: county, year: 2018 });
    expect(result.diagnostics.map((d) => d.code)).toContain('aggregate-no-tables');
    expect(result.report.format).toBe('legacy');
  });
});

describe('amounts and blank cells', () => {
  const roster = flatRoster(['甲镇', '乙镇', '丙镇']);

  it('0.1 + 0.2 万元 is 0.3', () => {
    const result = run(
      [submit(balancedReport(township('甲镇'), { fee: 0.1 }), 'a.xlsx'), submit(balancedReport(township('乙镇'), { fee: 0.2 }), 'b.xlsx')],
      roster
    );
    expect(getCell(result.report, { table: 'active', row: 'fees', column: 'amount' })).toBe(0.3);
  });

  it('many small amounts add up without drift', () => {
    const names = Array.from({ length: 30 }, (_, i) => `第${i + 1}镇`);
    const result = run(
      names.map((name, i) => submit(balancedReport(township(name), { fee: 0.07 }), `${i}.xlsx`)),
      flatRoster(names)
    );
    expect(getCell(result.report, { table: 'active', row: 'fees', column: 'amount' })).toBe(2.1);
    expect(Array.from({ length: 30 }, () => 0.07).reduce((sum, x) => sum + x, 0)).not.toBe(2.1); // what naive addition gives
  });

  it('a cell no member filled stays not filled; a cell some filled is their sum, with a note', () => {
    const a = balancedReport(township('甲镇'), { licensing: 5 });
    const b = balancedReport(township('乙镇'), { licensing: 7 });
    setCell(a, { table: 'active', row: 'penalty', column: 'decisions' }, null);
    setCell(b, { table: 'active', row: 'penalty', column: 'decisions' }, null);
    setCell(b, { table: 'active', row: 'licensing', column: 'decisions' }, null);
    const result = run([submit(a, 'a.xlsx'), submit(b, 'b.xlsx')], roster);
    expect(getCell(result.report, { table: 'active', row: 'penalty', column: 'decisions' })).toBeNull();
    expect(getCell(result.report, { table: 'active', row: 'licensing', column: 'decisions' })).toBe(5);
    expect(cellContributions(result.report, 'active/penalty/decisions')).toEqual([]);
    expect(result.diagnostics.find((d) => d.code === 'aggregate-blank-cells')!.params).toMatchObject({ count: 1, example: 'active/licensing/decisions' });
    expect(result.narrativeDraft.paragraphs.join()).toContain('行政处罚处理决定（未填报）件');
  });
});

describe('provenance', () => {
  it('names the member, value, file and cell of each contribution', () => {
    const roster: Roster = {
      entries: [
        { id: 'a', name: '甲镇人民政府', level: 'township', creditCode: '11431299MB1000434Q' },
        { id: 'b', name: '乙镇人民政府', level: 'township' },
      ],
    };
    const a = balancedReport({ name: '甲镇', level: 'township', creditCode: '11431299MB1000434Q' }, { natural: 3 });
    a.cellSources = { 'applications/newReceived/naturalPerson': { sheet: '表三', cell: 'D8' } };
    const b = balancedReport(township('乙镇'), { natural: 4 });
    const result = run([submit(a, '甲.xlsx'), submit(b, '乙.xlsx')], roster);
    expect(result.report.members).toEqual([
      {
        organ: { name: '甲镇人民政府', level: 'township', creditCode: '11431299MB1000434Q' },
        file: '甲.xlsx',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        layout: 0,
      },
      { organ: { name: '乙镇人民政府', level: 'township' }, file: '乙.xlsx', sha256: expect.any(String) },
    ]);
    // Where a member's cells were read is stored once per layout, not once per cell.
    expect(result.report.memberLayouts).toEqual([{ 'applications/newReceived/naturalPerson': { sheet: '表三', cell: 'D8' } }]);
    expect(cellContributions(result.report, 'applications/newReceived/naturalPerson')).toEqual([
      { member: 0, value: 3, source: { file: '甲.xlsx', sheet: '表三', cell: 'D8' } },
      { member: 1, value: 4, source: { file: '乙.xlsx' } },
    ]);
    expect(cellContributions(result.report, 'applications/newReceived/business')).toEqual([
      { member: 0, value: 0, source: { file: '甲.xlsx' } },
      { member: 1, value: 0, source: { file: '乙.xlsx' } },
    ]);
  });

  it('sums every cell of the form and nothing else', () => {
    const form = getForm('gov-2021');
    const a = balancedReport(township('甲镇'));
    (a.tables.applications as Record<string, Record<string, number>>).extraRow = { total: 5 };
    const result = run([submit(a, 'a.xlsx')], flatRoster(['甲镇']));
    expect(Object.keys(result.report.tables).sort()).toEqual(form.tables.map((t) => t.id).sort());
    expect(result.report.tables.applications.extraRow).toBeUndefined();
  });
});
