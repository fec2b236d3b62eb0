import { interpolate } from '../diagnostics/create.js';
import type { Locale } from '../diagnostics/types.js';

/**
 * The words every renderer of an aggregate prints in its appendix (the HTML, the PDF): the titles of
 * its parts, the column headings, the completeness lists, the key figures. Official labels and the
 * report's own text are not here: they are printed as they are.
 */
const zh = {
  aggregateAppendix: '附：汇总说明',
  completenessTitle: '报送情况',
  completenessItem: '项目',
  completenessCount: '数量',
  completenessNames: '单位',
  expected: '应报送单位',
  received: '已报送单位',
  missing: '未报送单位',
  accepted: '纳入汇总',
  rejected: '退回（未纳入）',
  duplicate: '重复报送',
  unexpected: '名单外报送',
  excluded: '已排除',
  late: '逾期报送',
  outcomeFile: '文件',
  outcomeOrgan: '单位',
  outcomeStatus: '处理',
  outcomeReasons: '原因',
  membersTitle: '各单位主要数据',
  membersIndex: '序号',
  membersOrgan: '单位',
  membersTotal: '合计',
  membersNone: '没有纳入汇总的单位。',
  childrenTitle: '下级汇总：{name}',
  figureNewReceived: '本年新收申请',
  figureCarriedOver: '上年结转',
  figureTotalHandled: '办理结果总计',
  figureCarriedForward: '结转下年度',
  figureReview: '行政复议总计',
  figureLitigation: '行政诉讼总计',
  lateMark: '（逾期）',
  chartsTitle: '图表',
  chartApplications: '各单位本年新收政府信息公开申请数量（件）',
  chartOutcomes: '本年度办理结果构成（件，占比）',
  chartNoData: '无数据',
};

/** A word of the aggregate appendix (see `aggregateLabel`). */
export type AggregateLabelKey = keyof typeof zh;

const en: Record<AggregateLabelKey, string> = {
  aggregateAppendix: 'Appendix: aggregation',
  completenessTitle: 'Submissions',
  completenessItem: 'Item',
  completenessCount: 'Count',
  completenessNames: 'Organs',
  expected: 'Expected to file',
  received: 'Filed',
  missing: 'Missing',
  accepted: 'Included in the totals',
  rejected: 'Rejected (not included)',
  duplicate: 'Duplicate',
  unexpected: 'Not on the roster',
  excluded: 'Excluded',
  late: 'Late',
  outcomeFile: 'File',
  outcomeOrgan: 'Organ',
  outcomeStatus: 'Status',
  outcomeReasons: 'Reasons',
  membersTitle: 'Key figures by member',
  membersIndex: 'No.',
  membersOrgan: 'Organ',
  membersTotal: 'Total',
  membersNone: 'No member was included.',
  childrenTitle: 'Lower-level aggregate: {name}',
  figureNewReceived: 'New applications',
  figureCarriedOver: 'Carried over',
  figureTotalHandled: 'Handled (total)',
  figureCarriedForward: 'Carried forward',
  figureReview: 'Reconsiderations (total)',
  figureLitigation: 'Lawsuits (total)',
  lateMark: ' (late)',
  chartsTitle: 'Charts',
  chartApplications: 'New applications received this year, by member',
  chartOutcomes: 'Outcomes of applications handled this year (count, share)',
  chartNoData: 'No data',
};

/** A word of the aggregate appendix in a locale (Chinese unless `en`), with `{name}` placeholders filled. */
export function aggregateLabel(locale: Locale | undefined, key: AggregateLabelKey, params: Record<string, string | number> = {}): string {
  return interpolate((locale === 'en' ? en : zh)[key], params, locale);
}
