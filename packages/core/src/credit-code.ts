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

/** First two digits of the 行政区划代码 of each province-level division (GB/T 2260), incl. 台湾, 香港, 澳门. */
const PROVINCE_PREFIXES = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/** 行政区划代码: 6 digits (county and above) or 9 / 12 digits (township, village), starting with a province code. */
export function isDivisionCode(code: string): boolean {
  const value = code.trim();
  return /^(\d{6}|\d{9}|\d{12})$/.test(value) && PROVINCE_PREFIXES.has(value.slice(0, 2));
}
