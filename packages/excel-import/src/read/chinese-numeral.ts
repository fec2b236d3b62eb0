const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9 };
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/**
 * The value of a Chinese numeral such as `十二`, `一百零五` or `三万二千`, or undefined. Used only
 * to suggest the Arabic number in a message: a Chinese numeral in a table cell is still an error.
 */
export function chineseNumeralValue(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万萬]+$/.test(text)) return undefined;
  let total = 0;
  let section = 0;
  let digit = 0;
  let sawDigit = false;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char];
      sawDigit = true;
    } else if (char in UNITS) {
      section += (sawDigit ? digit : 1) * UNITS[char];
      digit = 0;
      sawDigit = false;
    } else {
      total += (section + digit) * 10000;
      section = 0;
      digit = 0;
      sawDigit = false;
    }
  }
  return total + section + digit;
}
