import { type Locale } from '@report/core';
import { aggregateLabel, interpolate, type AggregateLabelKey } from '@report/core/plugin';

/**
 * The Word document's own words (official labels and report text are printed as they are). The
 * words of the aggregate appendix it shares with the HTML and the PDF come from core (`aggregateLabel`).
 */
const zh = {
  draftBadge: '【草稿】',
  subject: '政府信息公开工作年度报告',
  keywords: '政府信息公开, 年度报告, {year}年',
};

type OwnKey = keyof typeof zh;

export type MessageKey = OwnKey | AggregateLabelKey;

const en: Record<OwnKey, string> = {
  draftBadge: '[DRAFT] ',
  subject: 'Annual report on government information disclosure',
  keywords: 'government information disclosure, annual report, {year}',
};

/** The renderer's text in a locale (its own words, or the appendix words from core), with `{name}` placeholders filled. */
export function message(locale: Locale | undefined, key: MessageKey, params: Record<string, string | number> = {}): string {
  if (!(key in zh)) return aggregateLabel(locale, key as AggregateLabelKey, params);
  return interpolate((locale === 'en' ? en : zh)[key as OwnKey], params, locale);
}
