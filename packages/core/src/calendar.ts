import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import type { OrganLevel } from './model/report.js';

export interface Deadline {
  /** ISO date, inclusive. */
  date: string;
  kind: 'legal' | 'local';
  /** Legal or local basis, in Chinese. */
  basis: string;
  /** The basis in English, for English messages. */
  basisEn?: string;
}

/**
 * The statutory deadline for a report of `year`.
 *
 * From report year 2019 (条例 as revised in 2019, Art. 49): government departments at county level
 * and above submit and publish by 31 January of the next year (para. 1); local governments at county
 * level and above publish their own report by 31 March (para. 2). Townships have no statutory date
 * (the county sets one): `undefined`, to be replaced by a local deadline. Level `other` has none either.
 *
 * Report years up to 2018 were published under the 2007 条例 (Art. 31): every 行政机关 by 31 March.
 */
export function legalDeadline(level: OrganLevel, year: number): Deadline | undefined {
  const next = year + 1;
  if (year <= 2018) {
    return { date: `${next}-03-31`, kind: 'legal', basis: '《政府信息公开条例》（2007年）第三十一条', basisEn: 'Regulations on Open Government Information (2007), Art. 31' };
  }
  switch (level) {
    case 'department':
      return { date: `${next}-01-31`, kind: 'legal', basis: '《政府信息公开条例》第四十九条第一款', basisEn: 'Regulations on Open Government Information, Art. 49 para. 1' };
    case 'county':
    case 'city':
    case 'province':
      return { date: `${next}-03-31`, kind: 'legal', basis: '《政府信息公开条例》第四十九条第二款', basisEn: 'Regulations on Open Government Information, Art. 49 para. 2' };
    default:
      return undefined;
  }
}

/** A local deadline set by the county or city (e.g. 怀化: townships by 2月20日). */
export function localDeadline(date: string, basis = '本地规定', basisEn = basis === '本地规定' ? 'local rule' : basis): Deadline {
  return { date, kind: 'local', basis, basisEn };
}

/** The deadline that applies: the local one when set (it is usually stricter), else the legal one. */
export function applicableDeadline(level: OrganLevel, year: number, local?: string | Deadline): Deadline | undefined {
  if (local) return typeof local === 'string' ? localDeadline(local) : local;
  return legalDeadline(level, year);
}

/** Whether a submission on `submittedOn` (ISO date) is after the deadline (the deadline day itself is on time). */
export function isLate(submittedOn: string, deadline: Deadline): boolean {
  return daysLate(submittedOn, deadline) > 0;
}

/** Calendar days after the deadline (0 when on time or when the date cannot be read). */
export function daysLate(submittedOn: string, deadline: Deadline): number {
  const submitted = parseISO(submittedOn);
  const due = parseISO(deadline.date);
  if (!isValid(submitted) || !isValid(due)) return 0;
  return Math.max(0, differenceInCalendarDays(submitted, due));
}

const calendarYears = new Map<number, { start: string; end: string }>();

/** The calendar year as a statistical period (a new object each call; the dates are worked out once per year). */
export function calendarYearPeriod(year: number): { start: string; end: string } {
  let period = calendarYears.get(year);
  if (!period) {
    period = { start: format(new Date(year, 0, 1), 'yyyy-MM-dd'), end: format(new Date(year, 11, 31), 'yyyy-MM-dd') };
    if (Number.isInteger(year) && year >= 1000 && year <= 9999) calendarYears.set(year, period);
  }
  return { ...period };
}
