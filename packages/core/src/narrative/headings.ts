/**
 * Heading levels of a Chinese official document (GB/T 9704-2012 §7.3.3): `一、` · `（一）` · `1.` · `（1）`.
 * Full-width and half-width brackets, digits and stops are all accepted.
 */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Heading {
  level: HeadingLevel;
  /** The number the heading carries (`三` → 3, `（12）` → 12). */
  ordinal: number;
  /** The marker as written, e.g. `（一）` or `1．`. */
  marker: string;
  /** The heading as it becomes a section title: the whole line, or its first sentence when text follows it. */
  title: string;
  /** Text written on the same line after the heading's first sentence, when there is any. */
  rest?: string;
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `三` → 3, `十二` → 12, `二十` → 20, `二十三` → 23, `12`/`１２` → 12. Undefined when not a number. */
const FULL_WIDTH_DIGIT = /[０-９]/g;
const ARABIC_ORDINAL = /^\d+$/;
const CHINESE_ORDINAL = /^[〇零一二两三四五六七八九十百]+$/;
export function parseOrdinal(text: string): number | undefined {
  const ascii = text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (ARABIC_ORDINAL.test(ascii)) return Number(ascii);
  if (!CHINESE_ORDINAL.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const character of text) {
    if (character === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (character === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = CHINESE_DIGITS[character];
    }
  }
  return total + digit;
}

/**
 * Writes a number as a Chinese numeral, 1 → `一`, 12 → `十二`, 23 → `二十三` (0 to 99); any other
 * number (negative, fractional, 100 or more) in Arabic digits, so a long list still gets a number.
 */
export function chineseNumeral(value: number): string {
  const digits = '〇一二三四五六七八九';
  if (!Number.isInteger(value) || value < 0 || value > 99) return String(value);
  if (value < 10) return digits[value];
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

const CHINESE = '[〇零一二两三四五六七八九十]{1,3}';
const DIGITS = '[0-9０-９]{1,2}';
const patterns: Array<{ level: HeadingLevel; pattern: RegExp }> = [
  { level: 1, pattern: new RegExp(`^(${CHINESE})[、．.](?![0-9０-９])`) },
  { level: 2, pattern: new RegExp(`^[（(](${CHINESE})[）)]`) },
  { level: 3, pattern: new RegExp(`^(${DIGITS})(?:[.．](?![0-9０-９])|、)`) },
  { level: 4, pattern: new RegExp(`^[（(](${DIGITS})[）)]`) },
];

const CLAUSE_MARK = /[，,；;]/;

/** The longest first sentence that still reads as a heading (e.g. `与公众密切相关的重大事项`). */
const MAX_HEADING_LENGTH = 30;

/**
 * Recognises a heading line. A line whose first sentence is short and has no comma
 * (`1.与公众密切相关的重大事项。重点公开了…`) is a heading followed by text: `title` is the first
 * sentence, stop included, and `rest` the text after it, so nothing is lost. A longer numbered
 * line is a heading whose title is the whole line.
 */
export function parseHeading(line: string): Heading | undefined {
  for (const { level, pattern } of patterns) {
    const match = pattern.exec(line);
    if (!match) continue;
    const ordinal = parseOrdinal(match[1]);
    if (ordinal === undefined || ordinal === 0) return undefined;
    const marker = match[0];
    const body = line.slice(marker.length);
    if (body.trim() === '') return { level, ordinal, marker, title: line };
    const stop = body.indexOf('。');
    const rest = stop >= 0 ? body.slice(stop + 1).trim() : '';
    const first = stop >= 0 ? body.slice(0, stop) : body;
    if (rest !== '' && first.length <= MAX_HEADING_LENGTH && !CLAUSE_MARK.test(first)) {
      return { level, ordinal, marker, title: line.slice(0, marker.length + stop + 1), rest };
    }
    return { level, ordinal, marker, title: line };
  }
  return undefined;
}

/** The title of a heading without its marker (`一、概述` → `概述`), for matching against known titles. */
export function headingText(title: string): string {
  const heading = parseHeading(title);
  const text = heading ? title.slice(heading.marker.length) : title;
  return text.replace(/[。.；;：:\s]+$/u, '');
}
