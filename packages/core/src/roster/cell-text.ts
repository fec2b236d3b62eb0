/**
 * The text of a table cell as read from CSV, JSON or a workbook: strings trimmed, whole numbers
 * without exponent or separators, dates as ISO dates, rich text and formula results unwrapped.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, '');
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(cellText).filter(Boolean).join('、');
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) return cellText((object.richText as Array<{ text?: unknown }>).map((part) => cellText(part.text)).join(''));
    if ('result' in object) return cellText(object.result);
    if ('text' in object) return cellText(object.text);
  }
  return '';
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads a date as written in a roster: `2025-02-20`, `2025/2/20`, `2025.2.20`, `2025年2月20日`,
 * a `Date`, or an Excel serial day number. `undefined` when it is not a date.
 */
export function parseRosterDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 2958465) return undefined;
    return new Date(EXCEL_EPOCH + value * 86_400_000).toISOString().slice(0, 10);
  }
  const text = cellText(value).normalize('NFKC').replace(/\s+/g, '');
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(T.*)?$/.exec(text);
  if (!match) return undefined;
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
