/** Decimal places kept for amounts in 万元 (0.000001 万元 = 0.01 元). */
export const AMOUNT_SCALE = 1_000_000;

/** Sums numbers without floating-point drift at the amount precision (0.1 + 0.2 = 0.3). */
export function sumExact(values: readonly number[]): number {
  let scaled = 0;
  for (const value of values) scaled += Math.round(value * AMOUNT_SCALE);
  return scaled / AMOUNT_SCALE;
}

/** Formats a number for messages: integers as is, decimals without float noise. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * AMOUNT_SCALE) / AMOUNT_SCALE);
}
