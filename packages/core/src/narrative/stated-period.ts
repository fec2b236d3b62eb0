import { isValid } from 'date-fns/isValid';

export interface StatedPeriod {
  start: string;
  end: string;
  /** The text the period was read from, e.g. `2018年1月1日起至2019年12月31日`. */
  source: string;
}

export interface InvalidPeriod {
  invalid: true;
  source: string;
}

const DATE_RANGE =
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?\s*(?:至|到|—+|–|-+|~|～|－)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** Sentences that state the statistical period (`统计期限`, `数据统计时限`, `统计时间`…). */
const PERIOD_CUE = /统计(?:期限|时限|期间|区间|时间|周期|范围|截止)|数据.{0,6}(?:期限|时限|期间)|统计的?数据/;

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a statistical period from a sentence that announces one: `统计期限自2018年1月1日起至2019年12月31日止`,
 * `统计期限为2023年1月1日至12月31日` (end year left out: the start's), `2023年1月1日至2023年12月31日`.
 * Returns `invalid` for an impossible date (`2月30日`), undefined when the sentence states no period.
 */
export function parseStatedPeriod(sentence: string): StatedPeriod | InvalidPeriod | undefined {
  const text = sentence.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!PERIOD_CUE.test(text)) return undefined;
  const match = DATE_RANGE.exec(text);
  if (!match) return undefined;
  const [source, startYear, startMonth, startDay, endYear, endMonth, endDay] = match;
  const start = isoDate(Number(startYear), Number(startMonth), Number(startDay));
  const end = isoDate(Number(endYear ?? startYear), Number(endMonth), Number(endDay));
  if (!start || !end) return { invalid: true, source };
  return { start, end, source };
}

/** Splits a paragraph into sentences (after `。`, `；`, `！`, `？`), keeping the stops. */
export function splitSentences(paragraph: string): string[] {
  return paragraph.match(/[^。；;！？!?]+[。；;！？!?]?/g) ?? [];
}
