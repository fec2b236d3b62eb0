import { getRawCell, mergeCovering } from '../xlsx/sheet.js';
import type { SheetIndex } from './sheet-index.js';

/** What a workbook says about who reports for which year. */
export interface WorkbookIdentity {
  organ?: string;
  levelText?: string;
  creditCode?: string;
  divisionCode?: string;
  year?: number;
}

const FIELD_PATTERNS: Array<{ field: keyof WorkbookIdentity; pattern: RegExp }> = [
  { field: 'organ', pattern: /^(?:机关名称|单位名称|填报单位|报送单位|报告单位|填报机关|报送机关)(?:[(（][^)）]*[)）])?[:：]?\s*(.*)$/ },
  { field: 'levelText', pattern: /^(?:机关层级|层级|机关级别)[:：]?\s*(.*)$/ },
  { field: 'creditCode', pattern: /^(?:统一社会信用代码|信用代码)[:：]?\s*(.*)$/ },
  { field: 'divisionCode', pattern: /^(?:行政区划代码|区划代码)[:：]?\s*(.*)$/ },
  { field: 'year', pattern: /^(?:报告年度|统计年度|年度(?=[:：]))[:：]?\s*(.*)$/ },
];

const TITLE_ORGAN_FIRST = /^(.{2,40}?)\s*((?:19|20)\d{2})\s*年度?\s*(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)/;
const TITLE_YEAR_FIRST = /^((?:19|20)\d{2})\s*年度?\s*(.{2,40}?)\s*(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)/;

function yearOf(text: string): number | undefined {
  const match = /((?:19|20)\d{2})/.exec(text.normalize('NFKC'));
  return match ? Number(match[1]) : undefined;
}

function cleanOrgan(text: string): string | undefined {
  const organ = text
    .replace(/^关于/, '')
    .replace(/[《》“”"]/g, '')
    .trim();
  return organ.length >= 2 && !/^(?:政府|本单位|本机关|我单位|我局|本局|年度|工作)$/.test(organ) ? organ : undefined;
}

/** What one cell's text says by itself: fields it labels (with the value typed after the label, or '' for none) and a title's year and organ. */
interface TextFindings {
  fields: Array<{ field: keyof WorkbookIdentity; value: string }>;
  title?: { year: number; organ: string | undefined };
}

/**
 * Findings by text: a county's workbooks repeat the same labels and titles, so each text is
 * matched against the patterns once per run. Bounded (cleared when full); indexed texts are at
 * most 200 characters.
 */
const findingsCache = new Map<string, TextFindings>();
const FINDINGS_CACHE_SIZE = 4096;

function findingsOf(original: string): TextFindings {
  const cached = findingsCache.get(original);
  if (cached) return cached;
  const text = original.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const findings: TextFindings = { fields: [] };
  for (const { field, pattern } of FIELD_PATTERNS) {
    const match = pattern.exec(text.replace(/\s+/g, field === 'organ' ? ' ' : ''));
    if (match) findings.fields.push({ field, value: match[1].trim() });
  }
  const organFirst = TITLE_ORGAN_FIRST.exec(text);
  const yearFirst = TITLE_YEAR_FIRST.exec(text);
  if (organFirst) findings.title = { year: Number(organFirst[2]), organ: cleanOrgan(organFirst[1]) };
  else if (yearFirst) findings.title = { year: Number(yearFirst[1]), organ: cleanOrgan(yearFirst[2]) };
  if (findingsCache.size >= FINDINGS_CACHE_SIZE) findingsCache.clear();
  findingsCache.set(original, findings);
  return findings;
}

/**
 * Looks for the organ, its codes, level and the report year in a workbook not made from the
 * template: `填报单位：某某镇人民政府` (or the label with the value to its right), and titles such
 * as `某某镇2023年政府信息公开工作年度报告`. Explicit fields win over titles.
 */
export function findIdentity(indexes: readonly SheetIndex[]): WorkbookIdentity {
  const fields: WorkbookIdentity = {};
  const titles: WorkbookIdentity = {};
  for (const index of indexes) {
    for (const cell of index.texts) {
      const findings = findingsOf(cell.text);
      for (const { field, value: typed } of findings.fields) {
        if (fields[field] !== undefined) continue;
        let value = typed;
        if (!value) {
          // The value to the right of the label (past the label's merged cells).
          const right = (mergeCovering(index.sheet, cell.row, cell.column)?.right ?? cell.column) + 1;
          value = getRawCell(index.sheet, cell.row, right)?.value?.trim() ?? '';
        }
        if (!value) continue;
        if (field === 'year') {
          const year = yearOf(value);
          if (year !== undefined) fields.year = year;
        } else {
          fields[field] = value as never;
        }
      }
      if (titles.year === undefined && findings.title) {
        titles.year = findings.title.year;
        titles.organ = findings.title.organ;
      }
    }
  }
  return { ...titles, ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) };
}

/** Organ and year from a file name such as `某某镇2023年政府信息公开年报.xlsx`. */
export function identityFromFileName(fileName: string): { organ?: string; year?: number } {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const year = yearOf(base);
  const organ = base
    .normalize('NFKC')
    .replace(/(?:19|20)\d{2}\s*年?度?/g, '')
    .replace(/政府信息公开|信息公开|工作|年度报告|年报|报告|数据|报表|统计表|填报表|表格|定稿|终稿|最终版|修改稿|副本|copy/gi, '')
    .replace(/[\s\-_.()（）【】[\]{}、，,]+/g, '')
    .replace(/\d+$/, '');
  return { ...(year !== undefined ? { year } : {}), ...(organ.length >= 2 ? { organ } : {}) };
}
