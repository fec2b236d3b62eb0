const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A Chinese numeral for 1–99 (`一`, `十一`, `二十`), Arabic digits beyond. */
export function chineseNumber(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}
