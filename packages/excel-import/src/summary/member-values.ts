import { cellContributions, cellKey, memberCellValue, type AggregateResult, type CellRef } from '@report/core';

/** The members' figures of some cells: `value(member, cell)` is member `member`'s value of `cells[cell]`, `null` when it filled none. */
export interface MemberValues {
  readonly memberCount: number;
  value(member: number, cell: number): number | null;
}

/**
 * The one place the summary workbook reads members' figures from an aggregate, through core's
 * readers. An aggregate made now keeps them compactly (`memberFigures`): each value is read where
 * it is (`memberCellValue`), nothing copied. An aggregated report.json of an earlier version keeps
 * them per cell (`contributions`): those cells are laid out densely once (members × cells, `NaN`
 * for not filled), so a sheet is written member by member in one pass either way.
 */
export function memberValues(result: AggregateResult, cells: readonly CellRef[]): MemberValues {
  const { report } = result;
  const memberCount = report.members?.length ?? 0;
  const keys = cells.map(cellKey);
  if (report.memberFigures) return { memberCount, value: (member, cell) => memberCellValue(report, member, keys[cell]) };
  const values = new Float64Array(memberCount * cells.length).fill(Number.NaN);
  keys.forEach((key, index) => {
    for (const part of cellContributions(report, key)) {
      if (part.member >= 0 && part.member < memberCount) values[part.member * cells.length + index] = part.value;
    }
  });
  return {
    memberCount,
    value(member, cell) {
      const value = values[member * cells.length + cell];
      return Number.isNaN(value) ? null : value;
    },
  };
}
