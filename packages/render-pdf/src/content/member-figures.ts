import { cellKey, getCell, sumExact, tableCells, type CellRef, type FormDefinition, type Report } from '@report/core';
import type { MessageKey } from '../messages.js';

/** A key figure of the members table: the sum of one or more cells. */
export interface MemberFigure {
  /** Column heading: a message key of the renderer, or literal text. */
  label: MessageKey | { text: string };
  cells: CellRef[];
}

const applications = (row: string): CellRef => ({ table: 'applications', row, column: 'total' });
const reviewLitigation = (row: string): CellRef => ({ table: 'reviewLitigation', row, column: 'total' });

/** The key figures the HTML shows too: 新收申请, 上年结转, 办理结果总计, 结转下年度, 行政复议总计, 行政诉讼总计. */
export const defaultMemberFigures: MemberFigure[] = [
  { label: 'figureNewReceived', cells: [applications('newReceived')] },
  { label: 'figureCarriedOver', cells: [applications('carriedOver')] },
  { label: 'figureTotalHandled', cells: [applications('totalHandled')] },
  { label: 'figureCarriedForward', cells: [applications('carriedForward')] },
  { label: 'figureReview', cells: [reviewLitigation('review')] },
  { label: 'figureLitigation', cells: [reviewLitigation('litigationDirect'), reviewLitigation('litigationAfterReview')] },
];

/** The figures whose every cell exists in the form. */
export function applicableFigures(figures: readonly MemberFigure[], form: FormDefinition): MemberFigure[] {
  const known = new Set(form.tables.flatMap((table) => tableCells(table).map((cell) => cellKey({ table: table.id, ...cell }))));
  return figures.filter((figure) => figure.cells.length > 0 && figure.cells.every((cell) => known.has(cellKey(cell))));
}

/** A member's value of a figure, from the aggregate's `contributions`; `null` when it filled none of its cells. */
export function memberFigure(report: Report, member: number, figure: MemberFigure): number | null {
  const values: number[] = [];
  for (const cell of figure.cells) {
    for (const contribution of report.contributions?.[cellKey(cell)] ?? []) {
      if (contribution.member === member) values.push(contribution.value);
    }
  }
  return values.length > 0 ? sumExact(values) : null;
}

/** The aggregate's own value of a figure; `null` when none of its cells is filled. */
export function totalFigure(report: Report, figure: MemberFigure): number | null {
  const values = figure.cells.map((cell) => getCell(report, cell)).filter((value): value is number => value !== null);
  return values.length > 0 ? sumExact(values) : null;
}
