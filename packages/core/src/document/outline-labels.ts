import { interpolate } from '../diagnostics/create.js';
import type { Locale } from '../diagnostics/types.js';

/** The outline's own words: headings of what the form does not define (official labels are not here). */
const zh = {
  tableNotInForm: '表格“{table}”（格式中没有定义）',
  cellsNotInForm: '表格“{table}”中格式没有定义的单元格',
};

const en: Record<keyof typeof zh, string> = {
  tableNotInForm: 'Table "{table}" (not defined in the form)',
  cellsNotInForm: 'Cells of table "{table}" not defined in the form',
};

export function outlineLabel(locale: Locale | undefined, key: keyof typeof zh, params: Record<string, string>): string {
  return interpolate((locale === 'en' ? en : zh)[key], params, locale);
}
