import type { RenderLocale } from './messages.js';

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A Chinese numeral for 1–99 (`一`, `十一`, `二十`), Arabic digits beyond. */
export function chineseNumber(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

/** First-level ordinal of GB/T 9704 headings for a 0-based index: `一、` in Chinese, `1. ` in English. */
export function topOrdinal(index: number, locale: RenderLocale | undefined): string {
  return locale === 'en' ? `${index + 1}. ` : `${chineseNumber(index + 1)}、`;
}

/** Second-level ordinal for a 0-based index: `（一）` in Chinese, `1. ` in English. */
export function subOrdinal(index: number, locale: RenderLocale | undefined): string {
  return locale === 'en' ? `${index + 1}. ` : `（${chineseNumber(index + 1)}）`;
}
