import { aggregateLabel, type AggregateLabelKey } from '../aggregate/presentation-labels.js';
import { interpolate } from '../diagnostics/create.js';
import type { Locale } from '../diagnostics/types.js';

/**
 * The appendix outline's own words, beside core's `aggregateLabel` (the parts' titles, column
 * headings and completeness lists every renderer shares).
 */
const zh = {
  outcomeTitle: '未纳入汇总或有问题的报送',
  draftTitle: '汇总文字草稿',
  draftBadge: '草稿',
  draftNote: '以下文字根据汇总数据自动生成，是草稿，请核对、修改后使用。',
  chartNotFilled: '未填报',
  lowerLevelsTitle: '下级汇总情况',
  lowerLevelsOrgan: '下级汇总单位',
  lowerLevelsNote: '每个下级只列其直属单位的报送数量；各单位的名单和问题见该下级的汇总年报及审核报告。',
};

export type AppendixLabelKey = keyof typeof zh;

const en: Record<AppendixLabelKey, string> = {
  outcomeTitle: 'Submissions not included or with problems',
  draftTitle: 'Narrative draft',
  draftBadge: 'DRAFT',
  draftNote: 'This text was generated from the aggregated figures. It is a draft: check and edit it before use.',
  chartNotFilled: 'not filled',
  lowerLevelsTitle: 'Lower-level aggregates',
  lowerLevelsOrgan: 'Aggregate',
  lowerLevelsNote: 'Counts of each lower level’s own members; their names and problems are in that level’s report and checking report.',
};

/** A word of the appendix in a locale: the outline's own, or one of `aggregateLabel`'s. */
export function appendixLabel(locale: Locale | undefined, key: AppendixLabelKey | AggregateLabelKey, params: Record<string, string | number> = {}): string {
  if (key in zh) return interpolate((locale === 'en' ? en : zh)[key as AppendixLabelKey], params, locale);
  return aggregateLabel(locale, key as AggregateLabelKey, params);
}
