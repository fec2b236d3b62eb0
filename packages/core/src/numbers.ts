import { ReportError } from './errors.js';

/** Decimal places kept for amounts in 万元 (0.000001 万元 = 0.01 元). */
export const AMOUNT_SCALE = 1_000_000;

const SCALE = BigInt(AMOUNT_SCALE);

function refuse(message: string): never {
  throw new ReportError('sum-not-exact', message);
}

/** A value as a whole number of millionths, exactly, or a refusal. */
function scaledOf(value: number): bigint {
  if (!Number.isFinite(value)) refuse(`cannot add ${String(value)}: not a finite number`);
  if (Number.isSafeInteger(value)) return BigInt(value) * SCALE;
  const scaled = Math.round(value * AMOUNT_SCALE);
  if (!Number.isSafeInteger(scaled)) refuse(`cannot add ${String(value)} exactly: too large for the amount precision`);
  return BigInt(scaled);
}

/**
 * One step of `sumExact`'s fast path: a running total of millionths (`0` to start) plus a value →
 * the new total, or `undefined` when the value or the total is not a safe integer of millionths
 * (then `sumExact` of the values gives the answer, or the refusal). While every step succeeds, the
 * sum is the last total `/ AMOUNT_SCALE`, exactly what `sumExact` returns: callers that add terms
 * as they read them use it to skip building an array.
 */
export function addScaled(total: number, value: number): number | undefined {
  const term = Math.round(value * AMOUNT_SCALE);
  const next = total + term;
  return Number.isSafeInteger(term) && Number.isSafeInteger(next) ? next : undefined;
}

/**
 * Sums numbers without floating-point drift at the amount precision (0.1 + 0.2 = 0.3), exactly.
 *
 * It never returns an infinite, `NaN` or rounded total: it throws a `ReportError` with code
 * `sum-not-exact` when a value is not finite, a value with decimals is too large to keep its
 * millionths (beyond about 9×10^9), or the total cannot be represented exactly (a whole number past
 * 2^53, a decimal past about 9×10^9). Cells bounded by `inputLimits.maxCellValue` (10^9) never
 * trigger it; `sumReports` turns it into a diagnostic for the cells concerned.
 */
export function sumExact(values: readonly number[]): number {
  // Fast path: while every term and the running total are safe integers of millionths, float
  // addition is exact.
  let scaled = 0;
  let index = 0;
  for (; index < values.length; index++) {
    const next = addScaled(scaled, values[index]);
    if (next === undefined) break;
    scaled = next;
  }
  if (index === values.length) return scaled / AMOUNT_SCALE;
  // Exact path, with big integers, for large values (and refusals for what has no exact total).
  let total = BigInt(scaled);
  for (; index < values.length; index++) total += scaledOf(values[index]);
  const whole = total / SCALE;
  const fraction = total % SCALE;
  if (fraction === 0n) {
    const result = Number(whole);
    if (!Number.isSafeInteger(result)) refuse(`the total ${whole.toString()} is beyond 2^53 and cannot be represented exactly`);
    return result;
  }
  const result = Number(total);
  if (!Number.isSafeInteger(result)) refuse(`the total of ${values.length} values is too large to keep its decimals exactly`);
  return result / AMOUNT_SCALE;
}

/** Formats a number for messages: integers as is, decimals without float noise. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * AMOUNT_SCALE) / AMOUNT_SCALE);
}
