import { isSameDay } from 'date-fns/isSameDay';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { applicableDeadline, calendarYearPeriod, daysLate } from '../calendar.js';
import { checkCreditCode, isDivisionCode } from '../credit-code.js';
import type { DiagnosticLocation, MessageParam } from '../diagnostics/types.js';
import { createDiagnostic } from '../diagnostics/create.js';
import { diagnosticCatalog } from '../diagnostics/catalog.js';
import { driftedFrom, formatDriftDiagnostic, tablesThatDiffer } from '../forms/format-drift.js';
import { availableForms, formForYear, getForm } from '../forms/registry.js';
import type { CustomRule, FormDefinition, LocalizedText, PlausibilityRule } from '../forms/types.js';
import { getCell, organLevelLabels, type Report } from '../model/report.js';
import { narrativeSourceLine } from '../narrative/source-lines.js';
import { organKindLabels, organKinds } from '../organ/organ-kinds.js';
import { cellLocation } from './engine.js';
import { columnLabel, rowLabel } from './labels.js';

function yearRange(years: { from?: number; to?: number }): LocalizedText {
  if (years.from !== undefined && years.to !== undefined) return { zh: `${years.from}—${years.to}年度`, en: `${years.from}–${years.to}` };
  if (years.from !== undefined) return { zh: `${years.from}年度起`, en: `${years.from} onwards` };
  if (years.to !== undefined) return { zh: `${years.to}年度及以前`, en: `up to ${years.to}` };
  return { zh: '各年度', en: 'any year' };
}

/** What checking does with a report in an older format: checks it as it is; an aggregate of the year counts only the year's format. */
function driftHandling(actual: FormDefinition, expected: FormDefinition): LocalizedText {
  return {
    zh: `已按《${actual.name}》检查；汇总只计入《${expected.name}》的报告，请重新填报或用 gov-report convert 转换`,
    en: `checked as 《${actual.name}》; an aggregate counts reports in 《${expected.name}》 only, so refile it or convert it with gov-report convert`,
  };
}

/**
 * The format must fit the year: `gov-2019` for 2019–2020, `gov-2021` from 2021 (spec §0). Uses the
 * form's own `years`, so a plugin form (a province's extension of gov-2021) is checked the same way,
 * and names the form `formForYear` picks among the built-in and plugin forms.
 */
const formatYear: CustomRule = {
  id: 'format-year-mismatch',
  kind: 'custom',
  severity: 'error',
  description: { zh: '报告格式须与报告年度相符', en: 'The format must fit the report year' },
  check({ report, form, options, diagnostic }) {
    const { from, to } = form.years;
    if ((from === undefined || report.year >= from) && (to === undefined || report.year <= to)) return [];
    // An older format still used (a 2023 report in the 2019 trial layout): checked as it is, with one warning.
    const drift = driftedFrom(form, report.year, availableForms(options.forms));
    if (drift) return [formatDriftDiagnostic({ year: report.year, expected: drift, actual: form, tables: tablesThatDiffer(form, drift), handling: driftHandling(form, drift) }, options)];
    const expected = formForYear(report.year, availableForms(options.forms)) ?? 'legacy';
    let expectedSource = expected;
    try {
      expectedSource = getForm(expected, options.forms).source;
    } catch {
      // a built-in id always resolves; keep the id otherwise
    }
    return [
      diagnostic({
        code: 'format-year-mismatch',
        params: { year: report.year, expected, expectedSource, actual: report.format, range: yearRange(form.years) },
        location: { path: 'format' },
        expected,
        actual: report.format,
      }),
    ];
  },
};

/** Where the period was stated: the preface line of a narrative report, else the JSON field. */
function periodLocation(report: Report): DiagnosticLocation {
  const location: DiagnosticLocation = { path: 'period' };
  if (report.format === 'legacy') location.section = 'preface';
  const line = report.period ? narrativeSourceLine(report, 'period', `${report.period.start}/${report.period.end}`) : undefined;
  if (line !== undefined) {
    location.line = line;
    if (report.sources?.length === 1) location.file = report.sources[0].file;
  }
  return location;
}

/** A year date-fns writes and reads back as `yyyy-MM-dd` unchanged. */
const fourDigitYear = (year: number) => Number.isInteger(year) && year >= 1000 && year <= 9999;

/** The statistical period is the calendar year of the report (spec §9), compared as days with date-fns. */
const period: CustomRule = {
  id: 'period-not-calendar-year',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '统计期限须为报告年度的1月1日至12月31日', en: 'The statistical period is the calendar year of the report' },
  check({ report, diagnostic }) {
    if (!report.period) return [];
    const expected = calendarYearPeriod(report.year);
    // The period as the calendar year writes it is the calendar year (most reports): no date to read.
    if (fourDigitYear(report.year) && report.period.start === expected.start && report.period.end === expected.end) return [];
    const start = parseISO(report.period.start);
    const end = parseISO(report.period.end);
    if (isValid(start) && isValid(end) && isSameDay(start, parseISO(expected.start)) && isSameDay(end, parseISO(expected.end))) return [];
    return [
      diagnostic({
        code: 'period-not-calendar-year',
        params: { ...report.period, year: report.year, expectedStart: expected.start, expectedEnd: expected.end },
        location: periodLocation(report),
        expected: `${expected.start}/${expected.end}`,
        actual: `${report.period.start}/${report.period.end}`,
      }),
    ];
  },
};

/**
 * The custom rule that checks one plausibility entry of a form (`FormDefinition.plausibility`): an
 * organ of a level not in `levels` (or of a kind in `notAllowed`, and not of a kind in `alsoAllowed`,
 * see `organKinds`) that reports a value above 0 in the row gets the diagnostic,
 * once per row, at the first such cell. Its id is the entry's, so `disableRules` switches it off.
 */
export function plausibilityRule(entry: PlausibilityRule): CustomRule {
  const severity = entry.severity ?? 'warning';
  return {
    id: entry.id,
    kind: 'custom',
    severity,
    description: entry.description,
    check(context) {
      const { report, form, options } = context;
      const kinds = organKinds(report.organ);
      const denied = kinds.find((kind) => entry.notAllowed?.includes(kind));
      const allowed = kinds.some((kind) => entry.alsoAllowed?.includes(kind)) || (entry.levels.includes(report.organ.level) && !denied);
      if (allowed) return [];
      const table = form.tables.find((t) => t.id === entry.table);
      const row = table?.rows.find((r) => r.id === entry.row);
      if (!table || !row) return [];
      const columns = entry.columns ?? row.columns ?? table.columns.map((c) => c.id);
      for (const column of columns) {
        const value = getCell(report, { table: table.id, row: row.id, column });
        if (value === null || value <= 0) continue;
        const input = {
          code: entry.id,
          severity,
          params: { organ: report.organ.name, level: denied ? organKindLabels[denied] : organLevelLabels[report.organ.level], value, column: columnLabel(table, column) } as Record<string, MessageParam>,
          location: cellLocation(report, form, table, row.id, column, context),
          actual: value,
          expected: 0,
        };
        const known = options.catalog?.[entry.id] ?? diagnosticCatalog[entry.id];
        if (known) return [context.diagnostic(input)];
        // A plugin's own code the catalog does not know: its message, else a generic sentence.
        const message = entry.message ?? {
          zh: '{organ}（{level}）的“{row}”“{column}”填了 {value}；{description}',
          en: '{organ} ({level}) reports {value} in "{row}" / "{column}": {description}',
        };
        Object.assign(input.params, { row: rowLabel(table, row.id), description: entry.description });
        const catalog = {
          ...options.catalog,
          [entry.id]: { severity, title: entry.description, message, cause: entry.description, fix: { zh: '核对该行数据是否填错。', en: 'Check whether the figures belong in this row.' } },
        };
        return [createDiagnostic(input, { ...options, catalog })];
      }
      return [];
    },
  };
}

/** 统一社会信用代码: 18 characters, GB 32100 check character. */
const creditCode: CustomRule = {
  id: 'credit-code-invalid',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '统一社会信用代码符合 GB 32100（含校验位）', en: 'The unified social credit code follows GB 32100 (check character included)' },
  check({ report, diagnostic }) {
    const code = report.organ.creditCode;
    if (!code) return [];
    const result = checkCreditCode(code);
    if (result.valid) return [];
    const detail: LocalizedText = {
      length: { zh: `应为18位，实际为${code.trim().length}位`, en: `it must have 18 characters, not ${code.trim().length}` },
      character: {
        zh: '含有不允许的字符（只用数字和除 I、O、Z、S、V 以外的大写字母）',
        en: 'it has a character that is not allowed (digits and capital letters except I, O, Z, S, V)',
      },
      checksum: { zh: `最后一位校验位应为 ${result.expected}`, en: `the last (check) character should be ${result.expected}` },
    }[result.reason];
    return [diagnostic({ code: 'credit-code-invalid', params: { value: code, detail }, location: { path: 'organ.creditCode' }, actual: code, expected: result.expected })];
  },
};

/** 行政区划代码: 6, 9 or 12 digits starting with a province code. */
const divisionCode: CustomRule = {
  id: 'division-code-invalid',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '行政区划代码为6位、9位或12位数字，前两位为省级代码', en: 'The division code has 6, 9 or 12 digits and starts with a province code' },
  check({ report, diagnostic }) {
    const code = report.organ.divisionCode;
    if (!code || isDivisionCode(code)) return [];
    return [diagnostic({ code: 'division-code-invalid', params: { value: code }, location: { path: 'organ.divisionCode' }, actual: code })];
  },
};

/** Submitted by the deadline: the local one when set, else the legal one (条例 Art. 49); the deadline day is on time. */
const lateness: CustomRule = {
  id: 'submission-late',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '按期报送（本地期限优先，否则为法定期限）', en: 'Submitted on time (the local deadline if set, else the legal one)' },
  check({ report, options, diagnostic }) {
    const submitted = options.submittedOn ?? report.submittedOn;
    if (!submitted) return [];
    const deadline = applicableDeadline(report.organ.level, report.year, options.localDeadline);
    if (!deadline) return [];
    const days = daysLate(submitted, deadline);
    if (days === 0) return [];
    return [
      diagnostic({
        code: 'submission-late',
        params: {
          organ: report.organ.name,
          submitted,
          deadline: deadline.date,
          days,
          kind: deadline.kind === 'legal' ? { zh: '法定', en: 'legal' } : { zh: '本地规定的', en: 'local' },
          basis: { zh: deadline.basis, en: deadline.basisEn ?? deadline.basis },
        },
        location: { organ: report.organ.name, path: 'submittedOn' },
        expected: `<= ${deadline.date}`,
        actual: submitted,
      }),
    ];
  },
};

/** Checks every report gets, whatever its form (the form's own plausibility checks come from `formPlausibilityRules`). */
export const reportRules: CustomRule[] = [formatYear, period, creditCode, divisionCode, lateness];

/** The plausibility checks of a form, as rules (see `plausibilityRule`). */
export function formPlausibilityRules(form: FormDefinition): CustomRule[] {
  return (form.plausibility ?? []).map(cachedPlausibilityRule);
}

/** The rule of each plausibility entry, made once per entry (it depends on the entry only). */
const plausibilityRules = new WeakMap<PlausibilityRule, CustomRule>();

function cachedPlausibilityRule(entry: PlausibilityRule): CustomRule {
  let rule = plausibilityRules.get(entry);
  if (!rule) plausibilityRules.set(entry, (rule = plausibilityRule(entry)));
  return rule;
}
