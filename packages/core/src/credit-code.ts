const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeCheck = { valid: true } | { valid: false; reason: 'length' | 'character' | 'checksum'; expected?: string };

/**
 * Checks a 统一社会信用代码 (unified social credit code) by GB 32100-2015: 18 characters from a
 * 31-character set (no I, O, Z, S, V), the last a check character over the first 17.
 */
export function checkCreditCode(code: string): CreditCodeCheck {
  const value = code.trim().toUpperCase();
  if (value.length !== 18) return { valid: false, reason: 'length' };
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const index = CHARSET.indexOf(value[i]);
    if (index < 0) return { valid: false, reason: 'character' };
    sum += index * WEIGHTS[i];
  }
  const checkIndex = (31 - (sum % 31)) % 31;
  const expected = CHARSET[checkIndex];
  if (CHARSET.indexOf(value[17]) < 0) return { valid: false, reason: 'character' };
  return value[17] === expected ? { valid: true } : { valid: false, reason: 'checksum', expected };
}

/** Completes the first 17 characters of a credit code with its check character. */
export function withCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i].toUpperCase()) * WEIGHTS[i];
  return first17.toUpperCase() + CHARSET[(31 - (sum % 31)) % 31];
}

/** 行政区划代码: 6 digits (county and above) or 9 / 12 digits (township, village). */
export function isDivisionCode(code: string): boolean {
  return /^(\d{6}|\d{9}|\d{12})$/.test(code.trim());
}
