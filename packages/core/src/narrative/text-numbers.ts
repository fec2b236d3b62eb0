/**
 * Numbers as report texts write them: Arabic (`258`, `1,200`, `12.5`, full-width `２５８`) and Chinese
 * numerals (`三`, `十二`, `两`, `一百零五`, `一千二百`), with their unit (件, 项, 万元, 元, %…).
 */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000 };

/**
 * The value of a Chinese numeral up to 万 (`三` → 3, `十二` → 12, `二十` → 20, `一百零五` → 105,
 * `一千二百` → 1200, `三万` → 30000), or undefined when the text is not one. `两` counts as 2.
 */
const CHINESE_NUMERAL = /^[〇零一二两三四五六七八九十百千万]+$/u;
export function parseChineseNumber(text: string): number | undefined {
  if (text === '' || !CHINESE_NUMERAL.test(text)) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const character of text) {
    if (character in DIGITS) {
      if (digit !== undefined && DIGITS[character] !== 0) return undefined; // 三四: not a numeral
      digit = DIGITS[character] || undefined;
      continue;
    }
    const multiplier = MULTIPLIERS[character];
    if (multiplier === 10_000) {
      total += (section + (digit ?? 0) || 1) * multiplier;
      section = 0;
    } else {
      section += (digit ?? 1) * multiplier;
    }
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}

/** A count or amount written in a text, with where it is. */
export interface TextNumber {
  /** The value in the unit written (`12.5` for `12.5万元`, `30` for `30%`). */
  value: number;
  unit: string;
  /** Decimal places written (`30.8%` → 1), for comparing a share at its own precision. */
  decimals: number;
  /** `约`, `近`, `超过`, `余`, `多`, `以上`, `左右`…: the number is not exact. */
  approximate: boolean;
  /** Offsets of the number with its unit and qualifiers in the text searched. */
  start: number;
  end: number;
  /** The text as written, e.g. `258件`. */
  text: string;
}

/** Units of counts and amounts; 次 (times), 人 (people) and the like are not counted in the tables. */
export const COUNT_UNITS = ['件', '项', '条', '个', '份', '起', '宗'] as const;
export const AMOUNT_UNITS = ['万元', '元'] as const;
const UNITS = [...AMOUNT_UNITS, ...COUNT_UNITS, '%'];

const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CHINESE = '[〇零一二两三四五六七八九十百千万]+';
const NUMBER_PATTERN = new RegExp(
  `(约|近|超过|逾|不足|不到|将近)?(百分之)?(${ARABIC}|${CHINESE})(余|多)?(${UNITS.join('|')})?(以上|左右|余|多)?`,
  'gu',
);

const LEADING_DIGIT = /^\d/;
/** A unit, or the `百分之` that makes a number a share: a text without one has no number `findTextNumbers` keeps. */
const HAS_UNIT = new RegExp(`${UNITS.join('|')}|百分之`, 'u');

/** Whether a text has a unit (or `百分之`) in it: one without has no number `findTextNumbers` finds. */
export function mayHoldNumbers(text: string): boolean {
  return HAS_UNIT.test(text);
}

/** Full-width digits, percent and stops as ASCII, so one pattern reads both. */
const FULL_WIDTH = /[０-９％．]/g;
export function asciiNumbers(text: string): string {
  return text.replace(FULL_WIDTH, (character) => {
    if (character === '％') return '%';
    if (character === '．') return '.';
    return String.fromCharCode(character.charCodeAt(0) - 0xfee0);
  });
}

/**
 * Every number with a unit in a text (`258件`, `三件`, `12.5万元`, `30.8%`, `百分之三十`), in order.
 * A number counts only with a unit right after it, so `一是`, `十分`, `万众` and a year are not read.
 * Which of them state a figure is decided by the words before them (see `findFigureStatements`).
 */
export function findTextNumbers(text: string): TextNumber[] {
  const found: TextNumber[] = [];
  if (!mayHoldNumbers(text)) return found; // a number counts only with a unit: none written, none found
  // exec rather than matchAll (which copies the pattern on every call); a match is never empty.
  NUMBER_PATTERN.lastIndex = 0;
  for (let match = NUMBER_PATTERN.exec(text); match; match = NUMBER_PATTERN.exec(text)) {
    const [whole, before, percentWord, digits, innerAfter, unitWritten, after] = match;
    const start = match.index;
    const chinese = !LEADING_DIGIT.test(digits);
    const unit = percentWord ? '%' : unitWritten;
    if (!unit) continue;
    if (percentWord && unitWritten) continue;
    const value = chinese ? parseChineseNumber(digits) : Number(digits.replace(/,/g, ''));
    if (value === undefined || !Number.isFinite(value)) continue;
    const decimals = chinese ? 0 : (digits.split('.')[1]?.length ?? 0);
    found.push({
      value,
      unit,
      decimals,
      approximate: Boolean(before || innerAfter || after),
      start,
      end: start + whole.length,
      text: whole,
    });
  }
  return found;
}
