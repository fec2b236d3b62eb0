import { forms } from '../forms/registry.js';
import type { FormDefinition, TableDefinition } from '../forms/types.js';
import { columnLabel, rowLabel, tableName } from '../rules/labels.js';
import type { DiagnosticLocation, Locale } from './types.js';

export interface DescribeLocationOptions {
  locale?: Locale;
  /** Forms whose official labels name tables, rows, columns and sections (first match wins); default the built-in forms. */
  forms?: readonly FormDefinition[];
  /** Start with the file name (when it is not shown as a heading already). */
  withFile?: boolean;
  /** Start with the organ. */
  withOrgan?: boolean;
}

type Words = { zh: string; en: string };

/** The fields of a report (and a roster) a location's `path` can name, as a person calls them. */
const fieldNames: Record<string, Words> = {
  organ: { zh: '机关', en: 'organ' },
  'organ.name': { zh: '机关名称', en: 'organ name' },
  'organ.level': { zh: '机关层级', en: 'organ level' },
  'organ.creditCode': { zh: '统一社会信用代码', en: 'unified social credit code' },
  'organ.divisionCode': { zh: '行政区划代码', en: 'administrative division code' },
  year: { zh: '报告年度', en: 'report year' },
  format: { zh: '报告格式', en: 'report format' },
  period: { zh: '统计期限', en: 'statistical period' },
  'period.start': { zh: '统计期限起始日', en: 'start of the statistical period' },
  'period.end': { zh: '统计期限截止日', en: 'end of the statistical period' },
  submittedOn: { zh: '收到日期', en: 'date received' },
  deadline: { zh: '报送截止日期', en: 'filing deadline' },
  title: { zh: '标题', en: 'title' },
  preface: { zh: '前言', en: 'preface' },
  sections: { zh: '正文', en: 'body text' },
  tables: { zh: '统计表格', en: 'tables' },
  pageNumber: { zh: '页码', en: 'page number' },
  mark: { zh: '页眉标记', en: 'page mark' },
};

const builtInForms: readonly FormDefinition[] = Object.values(forms);

const pick = (words: Words, locale: Locale | undefined) => (locale === 'en' ? words.en : words.zh);

/**
 * A field path as a person names it: `submittedOn` → `收到日期`, `preface[1]` → `前言第 2 段`,
 * `sections[2].paragraphs[0]` → `正文`. `undefined` for a path no field name is known for.
 */
export function fieldLabel(path: string, locale?: Locale): string | undefined {
  const known = fieldNames[path];
  if (known) return pick(known, locale);
  const preface = path.match(/^preface\[(\d+)\]$/);
  if (preface) return locale === 'en' ? `paragraph ${Number(preface[1]) + 1} of the preface` : `前言第 ${Number(preface[1]) + 1} 段`;
  const head = path.match(/^[A-Za-z]+/)?.[0];
  return head && fieldNames[head] && head !== path ? pick(fieldNames[head], locale) : undefined;
}

/** A section as a person names it: the form's title for its id, `前言` for the preface, a title as it is; `undefined` for an id no form knows. */
export function sectionLabel(section: string, options: Pick<DescribeLocationOptions, 'locale' | 'forms'> = {}): string | undefined {
  if (section === 'preface') return pick(fieldNames.preface, options.locale);
  for (const form of options.forms ?? builtInForms) {
    const known = form.sections.find((candidate) => candidate.id === section);
    if (known) return known.title;
  }
  // Generated ids (`section-3`, `overview.2`) and other bare identifiers are not names.
  if (/^[A-Za-z][\w.-]*$/.test(section)) return undefined;
  return section;
}

/**
 * The official label of a cell, row or table from its ids: `表三 / 一、本年新收政府信息公开申请数量 /
 * 自然人`. An id the form does not know (a cell the report holds that the form has no place for) is
 * quoted as it is written in the report: `表三 / 一、本年新收政府信息公开申请数量 / “foreign”`.
 */
export function placeLabel(location: Pick<DiagnosticLocation, 'table' | 'row' | 'column'>, options: Pick<DescribeLocationOptions, 'locale' | 'forms'> = {}): string | undefined {
  if (!location.table) return undefined;
  const locale = options.locale ?? 'zh-CN';
  const quote = (id: string) => (locale === 'en' ? `"${id}"` : `“${id}”`);
  const candidates = (options.forms ?? builtInForms).flatMap((form) => form.tables.filter((table) => table.id === location.table).map((table) => ({ form, table })));
  const found = candidates.find(({ table }) => !location.row || table.rows.some((row) => row.id === location.row)) ?? candidates[0];
  if (!found) return [locale === 'en' ? `table ${quote(location.table)}` : `表格${quote(location.table)}`, location.row && quote(location.row), location.column && quote(location.column)].filter(Boolean).join(' / ');
  const { form, table } = found;
  return [tableName(form, table, locale), cellName(table, location, locale)].filter(Boolean).join(' / ');
}

/**
 * A row and column of a table by their official labels (`一、本年新收政府信息公开申请数量 / 自然人`);
 * an id the table does not define is quoted as the report writes it (`“foreign”`).
 */
export function cellName(table: TableDefinition, ref: { row?: string; column?: string }, locale: Locale = 'zh-CN'): string {
  const quote = (id: string) => (locale === 'en' ? `"${id}"` : `“${id}”`);
  const row = ref.row ? (table.rows.some((candidate) => candidate.id === ref.row) ? rowLabel(table, ref.row) : quote(ref.row)) : undefined;
  const column = ref.column ? (table.columns.some((candidate) => candidate.id === ref.column) ? columnLabel(table, ref.column) : quote(ref.column)) : undefined;
  return [row, column].filter(Boolean).join(' / ');
}

/**
 * Where a problem is, in the words a clerk acts on, never an internal id: the file and organ (when
 * asked), the sheet and cell (`工作表“表三”单元格 D6`), the line of a text file, the official label
 * (the location's own, else made from the table, row and column ids by the forms), the section by its
 * title, a field by its name (`收到日期`, not `submittedOn`). Each part is one string, in that order.
 */
export function describeLocation(location: DiagnosticLocation, options: DescribeLocationOptions = {}): string[] {
  const en = options.locale === 'en';
  const parts: string[] = [];
  if (options.withFile && location.file) parts.push(location.file);
  if (options.withOrgan && location.organ) parts.push(location.organ);
  // Some readers put the sheet and cell into the label already (`工作表“表二”D6（表二 / …）`): then the label says it all.
  const labelHasCell = Boolean(location.label && location.cell && location.label.includes(location.cell));
  if (!labelHasCell) {
    if (location.sheet && location.cell) parts.push(en ? `sheet "${location.sheet}" cell ${location.cell}` : `工作表“${location.sheet}”单元格 ${location.cell}`);
    else if (location.sheet) parts.push(en ? `sheet "${location.sheet}"` : `工作表“${location.sheet}”`);
    else if (location.cell) parts.push(en ? `cell ${location.cell}` : `单元格 ${location.cell}`);
  }
  if (location.line !== undefined) parts.push(en ? `line ${location.line}` : `第 ${location.line} 行`);
  const label = location.label ?? placeLabel(location, options);
  if (label) parts.push(label);
  else if (location.section) {
    const section = sectionLabel(location.section, options);
    if (section) parts.push(en ? `section "${section}"` : `“${section}”部分`);
  }
  if (location.path && !location.table && !label) {
    const field = fieldLabel(location.path, options.locale);
    parts.push(field ?? (en ? `field ${location.path}` : `字段 ${location.path}`));
  }
  return parts;
}
