import { describe, expect, it } from 'vitest';
import { aggregate, getForm, setCell, type AggregateResult, type Report, type Roster } from '../index.js';
import {
  aggregateLabel,
  applicableMemberFigures,
  completenessRows,
  defaultMemberFigures,
  entryDisplayName,
  formatFigure,
  isMemberLate,
  memberApplicationItems,
  memberDisplayName,
  memberFigureLabel,
  memberFigureTotal,
  memberFigureValue,
  outcomeDisplayName,
  outcomeShareItems,
  outcomeStatusText,
  outcomesNeedingAttention,
  type MemberFigure,
} from '../plugin.js';
import { balancedReport, submit } from './__fixtures__/reports.js';

const township = (name: string) => ({ name, level: 'township' as const });

/** Six townships filed under their short names; the roster names them in full. */
const roster: Roster = {
  entries: ['甲镇', '乙镇', '丙镇', '丁镇', '戊镇', '己镇'].map((id) => ({ id, name: `${id}人民政府`, level: 'township' as const })),
  deadline: '2025-02-20',
};

/**
 * 甲镇 on time, 乙镇 late, 丙镇 unbalanced (rejected), 丁镇 twice (duplicate), 戊镇 last year's
 * report (excluded), 庚镇 not on the roster (unexpected), 己镇 nothing.
 */
function county(): AggregateResult {
  const bad = balancedReport(township('丙镇'), { natural: 3 });
  setCell(bad, { table: 'applications', row: 'granted', column: 'naturalPerson' }, 2);
  return aggregate(
    [
      submit(balancedReport(township('甲镇'), { natural: 1, carriedOver: 4, review: 2 }), 'a.xlsx', { submittedOn: '2025-02-20' }),
      submit(balancedReport(township('乙镇'), { natural: 10, business: 5, review: 1 }), 'b.xlsx', { submittedOn: '2025-02-21' }),
      submit(bad, 'c.xlsx'),
      submit(balancedReport(township('丁镇'), { natural: 4 }), 'd1.xlsx'),
      submit(balancedReport(township('丁镇'), { natural: 5 }), 'd2.xlsx'),
      submit(balancedReport(township('戊镇'), { natural: 6 }, 2023), 'e.xlsx'),
      submit(balancedReport(township('庚镇'), { natural: 7 }), 'x.xlsx'),
    ],
    { roster, organ: { name: '某县人民政府', level: 'county' }, year: 2024 },
  );
}

/** Members carry their roster name (`甲镇人民政府`). */
const memberIndex = (result: AggregateResult, organ: string) => result.report.members!.findIndex((member) => member.organ.name === `${organ}人民政府`);
const figure = (label: MemberFigure['label']) => defaultMemberFigures.find((candidate) => candidate.label === label)!;

describe('member key figures', () => {
  const result = county();

  it('takes each member’s value from the contributions and the total from the aggregate', () => {
    const jia = memberIndex(result, '甲镇');
    const yi = memberIndex(result, '乙镇');
    expect(memberFigureValue(result.report, jia, figure('figureNewReceived'))).toBe(1);
    expect(memberFigureValue(result.report, yi, figure('figureNewReceived'))).toBe(15);
    expect(memberFigureValue(result.report, jia, figure('figureCarriedOver'))).toBe(4);
    expect(memberFigureValue(result.report, jia, figure('figureTotalHandled'))).toBe(5);
    expect(memberFigureValue(result.report, yi, figure('figureReview'))).toBe(1);
    expect(memberFigureTotal(result.report, figure('figureNewReceived'))).toBe(16);
    expect(memberFigureTotal(result.report, figure('figureTotalHandled'))).toBe(20);
    expect(memberFigureTotal(result.report, figure('figureReview'))).toBe(3);
  });

  it('adds the cells of a figure of several cells, decimal-safe, and gives null when nothing is filled', () => {
    const report: Report = balancedReport(township('某县人民政府'));
    const direct = { table: 'reviewLitigation', row: 'litigationDirect', column: 'total' };
    const afterReview = { table: 'reviewLitigation', row: 'litigationAfterReview', column: 'total' };
    setCell(report, direct, 0.1);
    setCell(report, afterReview, 0.2);
    report.members = [{ organ: township('甲镇') }, { organ: township('乙镇') }];
    report.contributions = {
      'reviewLitigation/litigationDirect/total': [{ member: 0, value: 0.1 }],
      'reviewLitigation/litigationAfterReview/total': [{ member: 0, value: 0.2 }],
    };
    const litigation = figure('figureLitigation');
    expect(memberFigureValue(report, 0, litigation)).toBe(0.3);
    expect(memberFigureValue(report, 1, litigation)).toBeNull();
    expect(memberFigureTotal(report, litigation)).toBe(0.3);
    setCell(report, direct, null);
    setCell(report, afterReview, null);
    expect(memberFigureTotal(report, litigation)).toBeNull();
  });

  it('keeps only the figures whose every cell is in the form', () => {
    const form = getForm('gov-2021');
    expect(applicableMemberFigures(defaultMemberFigures, form)).toEqual(defaultMemberFigures);
    const withoutTableFour = { ...form, tables: form.tables.filter((table) => table.id !== 'reviewLitigation') };
    expect(applicableMemberFigures(defaultMemberFigures, withoutTableFour).map((each) => each.label)).toEqual([
      'figureNewReceived',
      'figureCarriedOver',
      'figureTotalHandled',
      'figureCarriedForward',
    ]);
    const custom: MemberFigure[] = [
      { label: { text: '无单元格' }, cells: [] },
      { label: { text: '半个未知' }, cells: [{ table: 'applications', row: 'newReceived', column: 'total' }, { table: 'applications', row: 'nope', column: 'total' }] },
      { label: { text: '收费' }, cells: [{ table: 'active', row: 'fees', column: 'amount' }] },
    ];
    expect(applicableMemberFigures(custom, form).map((each) => each.label)).toEqual([{ text: '收费' }]);
  });

  it('labels a figure in either locale, literal text as it is', () => {
    expect(defaultMemberFigures.map((each) => memberFigureLabel(each, undefined))).toEqual(['本年新收申请', '上年结转', '办理结果总计', '结转下年度', '行政复议总计', '行政诉讼总计']);
    expect(memberFigureLabel(figure('figureReview'), 'en')).toBe('Reconsiderations (total)');
    expect(memberFigureLabel({ label: { text: '依申请公开' }, cells: [] }, 'en')).toBe('依申请公开');
  });

  it('prints a figure plainly and an empty cell as nothing', () => {
    expect(formatFigure(null)).toBe('');
    expect(formatFigure(0)).toBe('0');
    expect(formatFigure(12345)).toBe('12345');
    expect(formatFigure(0.1 + 0.2)).toBe('0.3');
  });
});

describe('chart items', () => {
  const result = county();
  const form = getForm('gov-2021');

  it('bars: each member’s new applications, largest first; none without the figure or the members', () => {
    const items = memberApplicationItems(result, applicableMemberFigures(form))!;
    expect(items[0]).toEqual({ label: '乙镇人民政府', value: 15 });
    expect(items.map((item) => item.label).sort()).toEqual(result.report.members!.map((member) => member.organ.name).sort());
    for (let index = 1; index < items.length; index += 1) expect(items[index - 1].value ?? -1).toBeGreaterThanOrEqual(items[index].value ?? -1);
    expect(memberApplicationItems(result, [figure('figureReview')])).toBeUndefined();
    expect(memberApplicationItems({ ...result, report: { ...result.report, members: [] } }, defaultMemberFigures)).toBeUndefined();
  });

  it('shares: the result categories of the form with the aggregate’s totals, summing to the total handled', () => {
    const items = outcomeShareItems(result, form)!;
    expect(items.map((item) => item.label)).toEqual(['（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
    expect(items.reduce((sum, item) => sum + (item.value ?? 0), 0)).toBe(memberFigureTotal(result.report, figure('figureTotalHandled')));
    expect(outcomeShareItems(result, { ...form, tables: [] })).toBeUndefined();
  });
});

describe('completeness rows', () => {
  const result = county();

  it('lists every completeness list in order, roster entries by their roster name and submissions with their file', () => {
    const rows = completenessRows(result, { roster });
    expect(rows.map((row) => row.key)).toEqual(['expected', 'received', 'missing', 'accepted', 'rejected', 'duplicate', 'unexpected', 'excluded', 'late']);
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row]));
    expect(byKey.missing.names).toEqual(['戊镇人民政府', '己镇人民政府']);
    expect(byKey.missing.text).toBe('戊镇人民政府、己镇人民政府');
    expect(byKey.received.names).toHaveLength(4);
    expect(byKey.accepted.names).toEqual(['甲镇（a.xlsx）', '乙镇（b.xlsx）']);
    expect(byKey.duplicate.names).toEqual(['丁镇（d1.xlsx）', '丁镇（d2.xlsx）']);
    expect(byKey.unexpected.names).toEqual(['庚镇（x.xlsx）']);
    expect(byKey.late.names).toEqual(['乙镇（b.xlsx）']);
    expect(rows.map((row) => row.label)).toEqual(['应报送单位', '已报送单位', '未报送单位', '纳入汇总', '退回（未纳入）', '重复报送', '名单外报送', '已排除', '逾期报送']);
  });

  it('flags the problem lists that are not empty, never the expected, received or accepted ones', () => {
    const flagged = (rows: ReturnType<typeof completenessRows>) => rows.filter((row) => row.attention).map((row) => row.key);
    expect(flagged(completenessRows(result, { roster }))).toEqual(['missing', 'rejected', 'duplicate', 'unexpected', 'excluded', 'late']);
    const clean = aggregate([submit(balancedReport(township('甲镇'), { natural: 1 }), 'a.xlsx')], {
      roster: { entries: [{ id: '甲镇', name: '甲镇人民政府', level: 'township' }] },
      organ: { name: '某县人民政府', level: 'county' },
      year: 2024,
    });
    expect(flagged(completenessRows(clean))).toEqual([]);
  });

  it('writes labels and separators in English on request', () => {
    const rows = completenessRows(result, { roster, locale: 'en' });
    expect(rows.map((row) => row.label)).toEqual(['Expected to file', 'Filed', 'Missing', 'Included in the totals', 'Rejected (not included)', 'Duplicate', 'Not on the roster', 'Excluded', 'Late']);
    expect(rows.find((row) => row.key === 'missing')!.text).toBe('戊镇人民政府, 己镇人民政府');
  });

  it('names an entry by the roster, else by the organ its submission named, else by its id', () => {
    expect(entryDisplayName('甲镇', result, roster)).toBe('甲镇人民政府');
    expect(entryDisplayName('甲镇', result, undefined)).toBe('甲镇');
    expect(entryDisplayName('己镇', result, undefined)).toBe('己镇');
    const withoutRoster = completenessRows(result);
    expect(withoutRoster.find((row) => row.key === 'missing')!.names).toEqual(['戊镇', '己镇']);
  });

  it('names a submission with its file in brackets, or by its organ alone', () => {
    const outcome = result.outcomes[0];
    expect(outcomeDisplayName(outcome)).toBe('甲镇（a.xlsx）');
    expect(outcomeDisplayName({ ...outcome, file: undefined })).toBe('甲镇');
  });
});

describe('late members and outcomes', () => {
  const result = county();

  it('marks the member that filed late, by file, and only that one', () => {
    const yi = memberIndex(result, '乙镇');
    const jia = memberIndex(result, '甲镇');
    expect(isMemberLate(result, yi)).toBe(true);
    expect(isMemberLate(result, jia)).toBe(false);
    expect(isMemberLate(result, 99)).toBe(false);
    expect(memberDisplayName(result, yi, undefined)).toBe('乙镇人民政府（逾期）');
    expect(memberDisplayName(result, yi, 'en')).toBe('乙镇人民政府 (late)');
    expect(memberDisplayName(result, jia, undefined)).toBe('甲镇人民政府');
  });

  it('matches a late member by organ name when a file name is missing', () => {
    const plain = aggregate(
      [submit(balancedReport(township('甲镇'), { natural: 1 }), 'a.xlsx', { submittedOn: '2025-02-20' }), submit(balancedReport(township('乙镇'), { natural: 2 }), 'b.xlsx', { submittedOn: '2025-02-21' })],
      { roster: { entries: [{ id: '甲', name: '甲镇', level: 'township' }, { id: '乙', name: '乙镇', level: 'township' }], deadline: '2025-02-20' }, organ: { name: '某县人民政府', level: 'county' }, year: 2024 },
    );
    const withoutFiles: AggregateResult = { ...plain, report: { ...plain.report, members: plain.report.members!.map((member) => ({ ...member, file: undefined })) } };
    const index = (name: string) => plain.report.members!.findIndex((member) => member.organ.name === name);
    expect(isMemberLate(withoutFiles, index('乙镇'))).toBe(true);
    expect(isMemberLate(withoutFiles, index('甲镇'))).toBe(false);
  });

  it('lists the submissions that need a line of their own, in input order, with their status', () => {
    const listed = outcomesNeedingAttention(result);
    expect(listed.map((outcome) => outcome.file)).toEqual(['b.xlsx', 'c.xlsx', 'd1.xlsx', 'd2.xlsx', 'e.xlsx', 'x.xlsx']);
    expect(listed.map((outcome) => outcomeStatusText(outcome, undefined))).toEqual(['纳入汇总（逾期）', '退回（未纳入）', '重复报送', '重复报送', '已排除', '名单外报送']);
    expect(outcomeStatusText(listed[0], 'en')).toBe('Included in the totals (late)');
  });
});

describe('appendix labels', () => {
  it('fills placeholders in both locales', () => {
    expect(aggregateLabel(undefined, 'childrenTitle', { name: '甲县人民政府' })).toBe('下级汇总：甲县人民政府');
    expect(aggregateLabel('en', 'childrenTitle', { name: '甲县人民政府' })).toBe('Lower-level aggregate: 甲县人民政府');
    expect(aggregateLabel('zh-CN', 'aggregateAppendix')).toBe('附：汇总说明');
  });
});
