import { aggregateLabel, interpolate, type AggregateLabelKey } from '@report/core/plugin';

/** Locales of the text the renderer writes itself (official labels stay Chinese). */
export type RenderLocale = 'zh-CN' | 'en';

/** The HTML's own words; those of the aggregate appendix come from core (`appendixOutline`). */
const zh = {
  documentGenerated: '生成时间：',
  diagnosticsTitle: '检查报告',
  diagnosticsSummary: '共 {total} 条：错误 {error} 条，警告 {warning} 条，提示 {info} 条。',
  diagnosticsNone: '未发现问题。',
  diagnosticsNoFile: '（未指明文件）',
  diagnosticsNoOrgan: '（未指明单位）',
  rosterFile: '名册（{file}）',
  severity: '级别',
  error: '错误',
  warning: '警告',
  info: '提示',
  code: '代码',
  location: '位置',
  message: '问题',
  expectedValue: '应为',
  actualValue: '实际',
  help: '处理建议',
};

type OwnKey = keyof typeof zh;

export type MessageKey = OwnKey | AggregateLabelKey;

const en: Record<OwnKey, string> = {
  documentGenerated: 'Generated: ',
  diagnosticsTitle: 'Checking report',
  diagnosticsSummary: '{total} in all: {error} errors, {warning} warnings, {info} notes.',
  diagnosticsNone: 'No problems found.',
  diagnosticsNoFile: '(no file named)',
  diagnosticsNoOrgan: '(no organ named)',
  rosterFile: 'Roster ({file})',
  severity: 'Severity',
  error: 'error',
  warning: 'warning',
  info: 'info',
  code: 'Code',
  location: 'Where',
  message: 'Problem',
  expectedValue: 'Expected',
  actualValue: 'Actual',
  help: 'How to fix',
};

/** The renderer's text in a locale (its own words, or the appendix words from core), with `{name}` placeholders filled. */
export function message(locale: RenderLocale | undefined, key: MessageKey, params: Record<string, string | number> = {}): string {
  if (!isOwnKey(key)) return aggregateLabel(locale, key, params);
  return interpolate((locale === 'en' ? en : zh)[key], params, locale);
}

function isOwnKey(key: MessageKey): key is OwnKey {
  return key in zh;
}
