import { aggregate, setCell, type AggregateResult, type CellRef, type Roster, type Submission } from '@report/core';
import { createExampleReport } from '@report/core/testing';

/** A cell every member leaves blank: its total is not filled, and the workbook must keep it blank. */
export const unfilledEverywhere: CellRef = { table: 'applications', row: 'otherHandling.feeUnpaid', column: 'legalService' };
/** A cell only some members fill (the second leaves it blank). */
export const filledBySome: CellRef = { table: 'active', row: 'fees', column: 'amount' };

/**
 * A county of `count` townships, each filing a sound 2024 report (seeded), with amounts in 万元
 * with decimals, one cell left blank by all and one by the second member; `names` replaces the
 * first organs' names (hostile text, say).
 */
export function countyAggregate(count: number, names: readonly string[] = []): { result: AggregateResult; roster: Roster } {
  const roster: Roster = {
    entries: Array.from({ length: count }, (_, index) => ({ id: `t${index + 1}`, name: names[index] ?? `第${index + 1}镇人民政府`, level: 'township' as const })),
  };
  const submissions: Submission[] = roster.entries.map((entry, index) => {
    const report = createExampleReport({ year: 2024, seed: index + 11, scale: 5 + (index % 7) * 3, organ: { name: entry.name, level: 'township' } });
    setCell(report, unfilledEverywhere, null);
    setCell(report, filledBySome, index === 1 ? null : Math.round((index + 1) * 1.37 * 100) / 100 + 0.1);
    return { report, file: `${entry.name}.xlsx`, sha256: String(index + 1).padStart(64, '0'), submittedOn: '2025-01-20' };
  });
  // Blank cells under a non-zero total are errors of the member's report; the county counts them anyway here, to show blanks kept blank.
  const result = aggregate(submissions, { roster, organ: { name: '青山县人民政府', level: 'county' }, year: 2024, includeReportsWithErrors: true });
  return { result, roster };
}
