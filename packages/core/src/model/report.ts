import type { FormId } from '../forms/types.js';

export type OrganLevel = 'township' | 'county' | 'department' | 'city' | 'province' | 'other';

export const organLevels: readonly OrganLevel[] = ['township', 'county', 'department', 'city', 'province', 'other'];

export const organLevelLabels: Record<OrganLevel, { zh: string; en: string }> = {
  township: { zh: '乡镇（街道）', en: 'township' },
  county: { zh: '县级人民政府', en: 'county government' },
  department: { zh: '政府部门', en: 'government department' },
  city: { zh: '市级人民政府', en: 'city government' },
  province: { zh: '省级人民政府', en: 'provincial government' },
  other: { zh: '其他', en: 'other' },
};

export interface Organ {
  name: string;
  level: OrganLevel;
  /** 统一社会信用代码 (GB 32100), checked when present. */
  creditCode?: string;
  /** 行政区划代码. */
  divisionCode?: string;
}

/** A cell value: a number, or `null` for "not filled" (which is not the same as 0). */
export type CellValue = number | null;

/** `tables[tableId][rowId][columnId]`. Absent and `null` both mean "not filled". */
export type ReportTables = Record<string, Record<string, Record<string, CellValue>>>;

export interface ReportSection {
  id: string;
  title: string;
  paragraphs: string[];
  children: ReportSection[];
}

/** Where a cell's value was read from. */
export interface CellSource {
  file?: string;
  sheet?: string;
  /** A1 address. */
  cell?: string;
}

export interface SourceFile {
  file: string;
  sha256?: string;
}

/** One member of an aggregated report. */
export interface ReportMember {
  organ: Organ;
  file?: string;
  sha256?: string;
  /** Index into the report's `memberLayouts`: where this member's cells were read (shared by members laid out alike). */
  layout?: number;
}

/**
 * For an aggregated report, every member's figures, stored once per member: `values[m][i]` is member
 * `m`'s value of `cells[i]` (`null`: the member left it blank). Where each value was read is the
 * member's `file` and its layout (`memberLayouts[members[m].layout][cell]`), not repeated per cell.
 */
export interface MemberFigures {
  /** Cell keys (`table/row/column`), in the form's order. */
  cells: string[];
  /** Per member (index into `members`), its value of each cell, aligned with `cells`. */
  values: Array<Array<number | null>>;
}

/** One member's part of an aggregated cell. */
export interface CellContribution {
  /** Index into `members`. */
  member: number;
  value: number;
  source?: CellSource;
}

export interface Report {
  schema: 'report/v1';
  format: FormId;
  year: number;
  organ: Organ;
  /** Statistical period, ISO dates. */
  period?: { start: string; end: string };
  /** Report title; defaults to `{organ}{year}年政府信息公开工作年度报告`. */
  title?: string;
  /** Untitled paragraphs before section 一. */
  preface?: string[];
  tables: ReportTables;
  sections: ReportSection[];
  /** Files this report was read from (provenance). */
  sources?: SourceFile[];
  /** Where each cell was read from, keyed `table/row/column`. */
  cellSources?: Record<string, CellSource>;
  /** Date the report was submitted to the county (ISO), for lateness checks. */
  submittedOn?: string;
  /** For an aggregated report: the reports it sums. */
  members?: ReportMember[];
  /** For an aggregated report: each member's figures, compactly (read them with `cellContributions`). */
  memberFigures?: MemberFigures;
  /** For an aggregated report: the distinct layouts the members were read from, cell key → sheet and cell. */
  memberLayouts?: Array<Record<string, CellSource>>;
  /**
   * For an aggregated report: per cell, each member's contribution. The form of earlier versions,
   * still read; aggregation now writes `memberFigures` (use `cellContributions`, which reads both).
   */
  contributions?: Record<string, CellContribution[]>;
  /**
   * Errors the importer found that the figures cannot show (text typed into a number cell is kept as
   * "not filled"): kept with the report, so checking its JSON later still reports them.
   */
  importProblems?: ImportProblem[];
}

/** An import error kept with a report (see `Report.importProblems`). */
export interface ImportProblem {
  code: string;
  message: string;
  location: { file?: string; sheet?: string; cell?: string; table?: string; row?: string; column?: string; label?: string };
  help?: string;
}

export interface CellRef {
  table: string;
  row: string;
  column: string;
}

/** `table/row/column`, the printed form of a cell id (row ids keep their dot). */
export function cellKey(ref: CellRef): string {
  return `${ref.table}/${ref.row}/${ref.column}`;
}

export function parseCellKey(key: string): CellRef {
  const [table, row, column] = key.split('/');
  return { table, row, column };
}

/** A cell's value, `null` when not filled. */
export function getCell(report: Pick<Report, 'tables'>, ref: CellRef): CellValue {
  const value = report.tables[ref.table]?.[ref.row]?.[ref.column];
  return typeof value === 'number' ? value : null;
}

/** Sets a cell in place (creating the table and row objects as needed). */
export function setCell(report: Pick<Report, 'tables'>, ref: CellRef, value: CellValue): void {
  const table = (report.tables[ref.table] ??= {});
  const row = (table[ref.row] ??= {});
  row[ref.column] = value;
}

/** The default title, `XX2023年政府信息公开工作年度报告`. */
export function reportTitle(report: Pick<Report, 'title' | 'organ' | 'year'>): string {
  return report.title ?? `${report.organ.name}${report.year}年政府信息公开工作年度报告`;
}
