import type { ColumnDefinition } from '../forms/types.js';
import type { CellValue } from '../model/report.js';
import { formatNumber } from '../numbers.js';

/**
 * The printed text of a value cell, the same in every renderer: numbers plainly (no thousands
 * separators, amounts without float noise), an unfilled cell as the empty string. An amount whose
 * column label does not state its unit (trial `采购总金额`) carries the unit in the cell, so the
 * figure cannot be misread.
 */
export function formatCellValue(value: CellValue | undefined, column: ColumnDefinition | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const text = formatNumber(value);
  if (column?.kind === 'amount' && column.unit && !column.label.includes(column.unit)) return `${text}${column.unit}`;
  return text;
}
