import { inputLimits, type CellKind, type DiagnosticCode } from '@report/core';
import type { RawCell } from '../xlsx/sheet.js';
import { chineseNumeralValue } from './chinese-numeral.js';

/** An amount unit written in a cell or a header, with its factor to 万元. */
export type AmountUnit = '元' | '千元' | '万元' | '亿元';

const UNIT_FACTOR: Record<AmountUnit, number> = { 元: 0.0001, 千元: 0.1, 万元: 1, 亿元: 10000 };

/** A finding about one cell, turned into a diagnostic by the caller (which knows where the cell is). */
export interface CellFinding {
  code: DiagnosticCode;
  params: Record<string, string | number>;
}

export type CellReading =
  | { kind: 'value'; value: number; findings: CellFinding[] }
  | { kind: 'blank' }
  | { kind: 'dash'; marker: string }
  | { kind: 'invalid'; findings: CellFinding[] };

export interface CellReadOptions {
  /** Unit stated in the column header (`采购总金额（元）`), for amounts without a unit in the cell. */
  headerUnit?: AmountUnit;
  /** Whether the official label itself fixes the unit (`本年收费金额（单位：万元）`): then no “assumed” note. */
  unitInLabel?: boolean;
  /** Value of a formula saved without a result, when it can be computed; see evaluateSimpleFormula. */
  evaluate?: (formula: string) => number | null | undefined;
}

const DASHES = /^(?:无|無|空|暂无|没有|\/|\\|-+|—+|–+|―+|─+|_+|\*|N\/?A|null)$/i;
const COUNT_UNIT = /(件|个|項|项|次|条|條|宗|起|人)$/;
const AMOUNT_UNIT = /(亿元|億元|万元|萬元|千元|元|亿|億|万|萬)$/;
const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/** Text as typed, trimmed, for messages. */
function shown(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}

function normaliseUnit(unit: string): AmountUnit {
  if (unit.startsWith('亿') || unit.startsWith('億')) return '亿元';
  if (unit.startsWith('万') || unit.startsWith('萬')) return '万元';
  if (unit === '千元') return '千元';
  return '元';
}

/** Units of header texts seen before (a county's workbooks repeat the same headers). Bounded. */
const headerUnits = new Map<string, AmountUnit | undefined>();

/** Finds a unit in a header label: `采购总金额（元）` → 元, `（单位：万元）` → 万元. */
export function unitInHeader(text: string): AmountUnit | undefined {
  if (headerUnits.has(text)) return headerUnits.get(text);
  const unit = findUnitInHeader(text);
  if (text.length <= 200) {
    if (headerUnits.size >= 1024) headerUnits.clear();
    headerUnits.set(text, unit);
  }
  return unit;
}

function findUnitInHeader(text: string): AmountUnit | undefined {
  const match = /[（(](?:单位[:：])?\s*(亿元|万元|千元|元)\s*[)）]/.exec(text.normalize('NFKC').replace(/（/g, '(').replace(/）/g, ')'));
  return match ? normaliseUnit(match[1]) : undefined;
}

function toAmount(value: number, unit: AmountUnit): number {
  return Math.round(value * UNIT_FACTOR[unit] * 1_000_000) / 1_000_000;
}

function invalid(code: DiagnosticCode, params: Record<string, string | number>): CellReading {
  return { kind: 'invalid', findings: [{ code, params }] };
}

function tooLarge(value: number, shownValue: string): CellReading | undefined {
  if (Math.abs(value) <= inputLimits.maxCellValue) return undefined;
  return invalid('import-number-too-large', { value: shown(shownValue), limit: inputLimits.maxCellValue });
}

function checkKind(value: number, kind: CellKind, shownValue: string): CellReading | undefined {
  if (kind === 'count' && value < 0) return invalid('import-count-negative', { value: shownValue });
  if ((kind === 'count' || kind === 'signedCount') && !Number.isInteger(value)) return invalid('import-not-whole-number', { value: shownValue });
  if (kind === 'amount' && value < 0) return invalid('import-amount-negative', { value: shownValue });
  return undefined;
}

function notNumber(text: string): CellReading {
  const compact = text.replace(/\s+/g, '');
  const suggestion = chineseNumeralValue(compact);
  return invalid('import-cell-not-number', { value: shown(text), suggestion: suggestion ?? '' });
}

/** Reads a number typed as text: full-width digits, thousands separators, `减4`, units, `无`. */
function readText(text: string, kind: CellKind, options: CellReadOptions): CellReading {
  let t = text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '');
  if (t === '') return { kind: 'blank' };
  if (DASHES.test(t)) return { kind: 'dash', marker: text.trim() };
  let sign = 1;
  if (kind === 'signedCount') {
    const signed = /^(减少|减|增加|增|下降|上升)(.+)$/.exec(t);
    if (signed) {
      sign = signed[1].startsWith('减') || signed[1] === '下降' ? -1 : 1;
      t = signed[2];
      if (/^[+-]/.test(t)) return notNumber(text);
    }
  }
  t = t.replace(/^[−‒–—]/, '-');
  let unit: AmountUnit | undefined;
  if (kind === 'amount') {
    if (/^[¥]/.test(t) || /^RMB/i.test(t)) {
      unit = '元';
      t = t.replace(/^(?:¥|RMB)/i, '');
    }
    const suffix = AMOUNT_UNIT.exec(t);
    if (suffix) {
      unit = normaliseUnit(suffix[1]);
      t = t.slice(0, -suffix[1].length);
    }
  } else {
    t = t.replace(COUNT_UNIT, '');
  }
  if (!NUMBER.test(t)) return notNumber(text);
  const value = sign * Number(t.replace(/,/g, ''));
  if (!Number.isFinite(value)) return notNumber(text);
  return finish(value, kind, options, unit, text.trim());
}

function finish(value: number, kind: CellKind, options: CellReadOptions, cellUnit: AmountUnit | undefined, shownValue: string): CellReading {
  const problem = checkKind(value, kind, shownValue);
  if (problem) return problem;
  if (kind !== 'amount') return tooLarge(value, shownValue) ?? { kind: 'value', value: value === 0 ? 0 : value, findings: [] };
  const unit = cellUnit ?? options.headerUnit;
  if (unit && unit !== '万元') {
    const converted = toAmount(value, unit);
    const large = tooLarge(converted, cellUnit ? shownValue : `${shownValue}${unit}`);
    if (large) return large;
    return { kind: 'value', value: converted, findings: [{ code: 'import-amount-converted', params: { value: cellUnit ? shownValue : `${shownValue}${unit}`, converted } }] };
  }
  const large = tooLarge(value, shownValue);
  if (large) return large;
  const findings: CellFinding[] = !unit && !options.unitInLabel && value !== 0 ? [{ code: 'import-amount-unit-assumed', params: { value: shownValue } }] : [];
  return { kind: 'value', value, findings };
}

/**
 * Reads one cell as a value of a cell kind: numbers, numbers stored as text, formulas (their
 * saved result), `减4`/`增3`, amounts with units (converted to 万元), dashes and `无` (not
 * filled), and everything else as an invalid value with the reason.
 */
export function readCellValue(raw: RawCell | undefined, kind: CellKind, options: CellReadOptions = {}): CellReading {
  if (!raw) return { kind: 'blank' };
  if (raw.value === undefined) {
    if (raw.formula === undefined) return { kind: 'blank' };
    const computed = options.evaluate?.(raw.formula);
    if (computed === undefined) return invalid('import-formula-no-value', { formula: raw.formula });
    if (computed === null) return { kind: 'blank' };
    const reading = finish(computed, kind, options, undefined, String(computed));
    if (reading.kind === 'value') reading.findings.unshift({ code: 'import-formula-computed', params: { formula: raw.formula, value: computed } });
    return reading;
  }
  switch (raw.type) {
    case 'e':
      return invalid('import-formula-error', { value: raw.value });
    case 'b':
      return notNumber(raw.value === '1' ? 'TRUE' : 'FALSE');
    case 'n':
    case 'd': {
      if (raw.value === '') return { kind: 'blank' };
      const value = Number(raw.value);
      if (!Number.isFinite(value)) return notNumber(raw.value);
      // Shown as stored (`123456789012345678`), not as the nearest double.
      const large = tooLarge(value, raw.value);
      if (large) return large;
      // Excel stores 0.1+0.2 as 0.30000000000000004; keep the precision amounts use.
      const clean = Number.isInteger(value) ? value : Math.round(value * 1e9) / 1e9;
      return finish(clean, kind, options, undefined, String(clean));
    }
    default:
      return readText(raw.value, kind, options);
  }
}
