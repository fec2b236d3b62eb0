import { format, isAfter, isValid, parseISO } from 'date-fns';
import type { OrganLevel } from './model/report.js';

export interface Deadline {
  /** ISO date, inclusive. */
  date: string;
  kind: 'legal' | 'local';
  /** Legal or local basis, in Chinese. */
  basis: string;
}

/**
 * The statutory deadline for a report of `year` (条例 Art. 49): government departments at county
 * level and above submit and publish by 31 January of the next year; local governments at county
 * level and above publish their own report by 31 March. Townships have no statutory date (the county
 * sets one): `undefined`, to be replaced by a local deadline.
 */
export function legalDeadline(level: OrganLevel, year: number): Deadline | undefined {
  const next = year + 1;
  switch (level) {
    case 'department':
      return { date: `${next}-01-31`, kind: 'legal', basis: '《政府信息公开条例》第四十九条第一款' };
    case 'county':
    case 'city':
    case 'province':
      return { date: `${next}-03-31`, kind: 'legal', basis: '《政府信息公开条例》第四十九条第二款' };
    default:
      return undefined;
  }
}

/** A local deadline set by the county or city (e.g. 怀化: townships by 2月20日). */
export function localDeadline(date: string, basis = '本地规定'): Deadline {
  return { date, kind: 'local', basis };
}

/** The deadline that applies: the local one when set (it is usually stricter), else the legal one. */
export function applicableDeadline(level: OrganLevel, year: number, local?: string | Deadline): Deadline | undefined {
  if (local) return typeof local === 'string' ? localDeadline(local) : local;
  return legalDeadline(level, year);
}

/** Whether a submission on `submittedOn` (ISO date) is after the deadline (the deadline day itself is on time). */
export function isLate(submittedOn: string, deadline: Deadline): boolean {
  const submitted = parseISO(submittedOn);
  if (!isValid(submitted)) return false;
  return isAfter(submitted, parseISO(`${deadline.date}T23:59:59.999`));
}

/** The calendar year as a statistical period. */
export function calendarYearPeriod(year: number): { start: string; end: string } {
  return { start: format(new Date(year, 0, 1), 'yyyy-MM-dd'), end: format(new Date(year, 11, 31), 'yyyy-MM-dd') };
}
