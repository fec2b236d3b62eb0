import { formatNumber, type CellValue, type ColumnDefinition } from '@report/core';

/**
 * The printed text of a value cell, as in the HTML: numbers plainly (no thousands separators,
 * amounts without float noise), an unfilled cell empty. An amount whose column label does not
 * state its unit (trial `采购总金额`) carries the unit in the cell.
 */
export function formatValue(value: CellValue | undefined, column: ColumnDefinition | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const text = formatNumber(value);
  if (column?.kind === 'amount' && column.unit && !column.label.includes(column.unit)) return `${text}${column.unit}`;
  return text;
}
