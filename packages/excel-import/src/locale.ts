import type { Locale } from '@report/core';

/** Picks the text of the requested locale (Chinese by default). */
export function pick(locale: Locale | undefined, zh: string, en: string): string {
  return locale === 'en' ? en : zh;
}
