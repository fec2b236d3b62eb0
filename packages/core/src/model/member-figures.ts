import { oncePer } from '../once-per.js';
import type { CellContribution, CellSource, MemberFigures, Report } from './report.js';

/** Position of each cell key in `figures.cells`, built once per figures object. */
const cellIndex = oncePer((figures: MemberFigures): Map<string, number> => new Map(figures.cells.map((key, i) => [key, i])));

/** Where member `member` read cell `key`: its layout's sheet and cell, in its file. */
export function memberCellSource(report: Pick<Report, 'members' | 'memberLayouts'>, member: number, key: string): CellSource | undefined {
  const entry = report.members?.[member];
  if (!entry) return undefined;
  const placed = entry.layout !== undefined ? report.memberLayouts?.[entry.layout]?.[key] : undefined;
  if (placed) return entry.file && !placed.file ? { file: entry.file, ...placed } : { ...placed };
  return entry.file ? { file: entry.file } : undefined;
}

/**
 * Each member's part of one cell of an aggregated report, with where it was read: from the compact
 * `memberFigures` (what aggregation writes) or from `contributions` (reports of earlier versions).
 */
export function cellContributions(report: Pick<Report, 'members' | 'memberFigures' | 'memberLayouts' | 'contributions'>, key: string): CellContribution[] {
  const figures = report.memberFigures;
  if (!figures) return report.contributions?.[key] ?? [];
  const at = cellIndex(figures).get(key);
  if (at === undefined) return [];
  const parts: CellContribution[] = [];
  figures.values.forEach((values, member) => {
    const value = values[at];
    if (typeof value !== 'number') return;
    const part: CellContribution = { member, value };
    const source = memberCellSource(report, member, key);
    if (source) part.source = source;
    parts.push(part);
  });
  return parts;
}

/** Every cell key some member filled, in the order stored. */
export function contributedCells(report: Pick<Report, 'memberFigures' | 'contributions'>): string[] {
  const figures = report.memberFigures;
  if (!figures) return Object.keys(report.contributions ?? {});
  return figures.cells.filter((_, i) => figures.values.some((values) => typeof values[i] === 'number'));
}

/** Member `member`'s value of cell `key` (`null`: blank), without walking the other members when the figures are compact. */
export function memberCellValue(report: Pick<Report, 'memberFigures' | 'contributions'>, member: number, key: string): number | null {
  const figures = report.memberFigures;
  if (!figures) {
    const values = (report.contributions?.[key] ?? []).filter((part) => part.member === member).map((part) => part.value);
    return values.length === 0 ? null : values.length === 1 ? values[0] : values.reduce((a, b) => a + b, 0);
  }
  const at = cellIndex(figures).get(key);
  const value = at === undefined ? undefined : figures.values[member]?.[at];
  return typeof value === 'number' ? value : null;
}
