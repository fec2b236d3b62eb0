import { applicableDeadline, calendarYearPeriod, isLate } from '../calendar.js';
import { checkCreditCode, isDivisionCode } from '../credit-code.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { formForYear } from '../forms/registry.js';
import type { CustomRule } from '../forms/types.js';
import { getCell, organLevelLabels } from '../model/report.js';
import { cellLocation } from './engine.js';

const formatYear: CustomRule = {
  id: 'format-year-mismatch',
  kind: 'custom',
  severity: 'error',
  description: { zh: '报告格式须与报告年度相符', en: 'The format must fit the report year' },
  check({ report, diagnostic }) {
    if (report.format !== 'gov-2021' && report.format !== 'gov-2019') return [];
    const expected = formForYear(report.year);
    if (!expected || expected === report.format) return [];
    return [
      diagnostic({
        code: 'format-year-mismatch',
        params: { year: report.year, expected, actual: report.format },
        location: { path: 'format' },
        expected,
        actual: report.format,
      }),
    ];
  },
};

const period: CustomRule = {
  id: 'period-not-calendar-year',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '统计期限须为报告年度的1月1日至12月31日', en: 'The statistical period is the calendar year of the report' },
  check({ report, diagnostic }) {
    if (!report.period) return [];
    const expected = calendarYearPeriod(report.year);
    if (report.period.start === expected.start && report.period.end === expected.end) return [];
    return [
      diagnostic({
        code: 'period-not-calendar-year',
        params: { ...report.period, year: report.year, expectedStart: expected.start, expectedEnd: expected.end },
        location: { path: 'period', section: report.format === 'legacy' ? 'preface' : undefined },
        expected: `${expected.start}/${expected.end}`,
        actual: `${report.period.start}/${report.period.end}`,
      }),
    ];
  },
};

const NO_RULE_MAKING = new Set(['township', 'county', 'department']);

const regulations: CustomRule = {
  id: 'plausibility-regulations',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '乡镇、县级政府及部门一般不制定规章', en: 'Townships, counties and departments do not normally make 规章' },
  check(context) {
    const { report, form, locale, diagnostic } = context;
    if (!NO_RULE_MAKING.has(report.organ.level)) return [];
    const table = form.tables.find((t) => t.id === 'active');
    const row = table?.rows.find((r) => r.id === 'regulations');
    if (!table || !row) return [];
    const found: Diagnostic[] = [];
    for (const column of row.columns ?? []) {
      const value = getCell(report, { table: 'active', row: 'regulations', column });
      if (value === null || value <= 0) continue;
      found.push(
        diagnostic({
          code: 'plausibility-regulations',
          params: { organ: report.organ.name, level: organLevelLabels[report.organ.level][locale === 'en' ? 'en' : 'zh'], value },
          location: cellLocation(report, form, table, 'regulations', column, context),
          actual: value,
          expected: 0,
        }),
      );
      break;
    }
    return found;
  },
};

const codes: CustomRule = {
  id: 'organ-codes',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '统一社会信用代码、行政区划代码格式正确', en: 'Credit and division codes are well formed' },
  check({ report, diagnostic, text }) {
    const found: Diagnostic[] = [];
    const { creditCode, divisionCode } = report.organ;
    if (creditCode) {
      const result = checkCreditCode(creditCode);
      if (!result.valid) {
        const detail = {
          length: text('应为18位', 'it must have 18 characters'),
          character: text('含有不允许的字符（不使用 I、O、Z、S、V）', 'it has a character that is not allowed (no I, O, Z, S, V)'),
          checksum: text(`校验位应为 ${result.expected}`, `the check character should be ${result.expected}`),
        }[result.reason];
        found.push(diagnostic({ code: 'credit-code-invalid', params: { value: creditCode, detail }, location: { path: 'organ.creditCode' }, actual: creditCode }));
      }
    }
    if (divisionCode && !isDivisionCode(divisionCode)) {
      found.push(diagnostic({ code: 'division-code-invalid', params: { value: divisionCode }, location: { path: 'organ.divisionCode' }, actual: divisionCode }));
    }
    return found;
  },
};

const lateness: CustomRule = {
  id: 'submission-late',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '按期报送', en: 'Submitted on time' },
  check({ report, options, diagnostic, text }) {
    const submitted = options.submittedOn ?? report.submittedOn;
    if (!submitted) return [];
    const deadline = applicableDeadline(report.organ.level, report.year, options.localDeadline);
    if (!deadline || !isLate(submitted, deadline)) return [];
    return [
      diagnostic({
        code: 'submission-late',
        params: {
          organ: report.organ.name,
          submitted,
          deadline: deadline.date,
          kind: deadline.kind === 'legal' ? text('法定', 'legal') : text('本地规定', 'local'),
          basis: deadline.basis,
        },
        location: { organ: report.organ.name, path: 'submittedOn' },
        expected: `<= ${deadline.date}`,
        actual: submitted,
      }),
    ];
  },
};

/** Checks every report gets, whatever its form. */
export const reportRules: CustomRule[] = [formatYear, period, regulations, codes, lateness];
