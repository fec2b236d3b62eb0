import type { Locale } from '@report/core';

/** Picks the Chinese or the English text of a message. */
export type Text = (zh: string, en: string) => string;

export function createText(locale: Locale): Text {
  return (zh, en) => (locale === 'en' ? en : zh);
}

/** Reads `--lang`: `zh`, `zh-CN`, `cn` → Chinese; `en`, `en-US`… → English. */
export function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined) return 'zh-CN';
  const lower = value.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-') || lower === 'cn' || lower === 'chinese' || lower === '中文') return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-') || lower === 'english') return 'en';
  return undefined;
}

/** `3 个文件` / `3 files`. */
export function count(text: Text, n: number, zhUnit: string, enSingular: string, enPlural = `${enSingular}s`): string {
  return text(`${n} ${zhUnit}`, `${n} ${n === 1 ? enSingular : enPlural}`);
}

/** Joins a list the Chinese or English way: `甲、乙、丙` / `a, b, c`. */
export function list(text: Text, items: readonly string[]): string {
  return items.join(text('、', ', '));
}
