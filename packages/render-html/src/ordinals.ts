import { chineseNumeral } from '@report/core/plugin';
import type { RenderLocale } from './messages.js';

/** First-level ordinal of GB/T 9704 headings for a 0-based index: `一、` in Chinese, `1. ` in English. */
export function topOrdinal(index: number, locale: RenderLocale | undefined): string {
  return locale === 'en' ? `${index + 1}. ` : `${chineseNumeral(index + 1)}、`;
}

/** Second-level ordinal for a 0-based index: `（一）` in Chinese, `1. ` in English. */
export function subOrdinal(index: number, locale: RenderLocale | undefined): string {
  return locale === 'en' ? `${index + 1}. ` : `（${chineseNumeral(index + 1)}）`;
}
