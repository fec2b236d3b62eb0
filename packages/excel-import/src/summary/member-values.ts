import { cellKey, type AggregateResult, type CellRef } from '@report/core';

/** The members' figures of some cells: `value(member, cell)` is member `member`'s value of `cells[cell]`, `null` when it filled none. */
export interface MemberValues {
  readonly memberCount: number;
  value(member: number, cell: number): number | null;
}

/**
 * The one place the summary workbook reads members' figures from an aggregate. Today they are in
 * `report.contributions` (per cell, each member's value); should the aggregate keep them another
 * way, only this function changes. The figures of the cells asked for are laid out densely
 * (members × cells, `NaN` for not filled), so rows are written member by member in one pass,
 * and the memory is released once the caller's sheet is written.
 */
export function memberValues(result: AggregateResult, cells: readonly CellRef[]): MemberValues {
  const memberCount = result.report.members?.length ?? 0;
  const values = new Float64Array(memberCount * cells.length).fill(Number.NaN);
  cells.forEach((cell, index) => {
    for (const part of result.report.contributions?.[cellKey(cell)] ?? []) {
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
