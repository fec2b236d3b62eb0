/**
 * Straightforward versions of checks that were made faster (issue 13: indexes and caches keyed by
 * the form, no per-cell searches), kept as they were written before, for the tests that show the
 * fast ones give the same results (`checking-speed.test.ts`). Not used by the package.
 */
import { format } from 'date-fns/format';
import { isSameDay } from 'date-fns/isSameDay';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { cellName } from '../../diagnostics/describe-location.js';
import type { Diagnostic, DiagnosticLocation, Locale } from '../../diagnostics/types.js';
import type { CellsRule, EquationRule, FormDefinition, LocalizedText, TableDefinition } from '../../forms/types.js';
import { inputLimits } from '../../limits.js';
import { limitText, type LimitTextOptions, type TextKind } from '../../model/limit-texts.js';
import { cellKey, getCell, type Organ, type Report, type ReportSection } from '../../model/report.js';
import { formatNumber, sumExact } from '../../numbers.js';
import { ReportError } from '../../errors.js';
import { cellProblem, planEquation, relationHolds, relationText, type PlannedTerm } from '../engine.js';
import { knownProblemCells } from '../known-problems.js';
import type { RuleContext } from '../types.js';

export function referenceTableName(form: FormDefinition, table: TableDefinition, locale: Locale): string {
  const section = form.sections.find((s) => s.tableId === table.id || s.id === table.sectionId);
  const number = section?.number;
  if (locale === 'en') {
    const roman: Record<string, string> = { 一: 'I', 二: 'II', 三: 'III', 四: 'IV', 五: 'V', 六: 'VI', 七: 'VII' };
    return number ? `Table ${roman[number] ?? number}` : `Table ${table.id}`;
  }
  return number ? `表${number}` : table.title;
}

export function referenceRowLabel(table: TableDefinition, rowId: string): string {
  const row = table.rows.find((r) => r.id === rowId);
  if (!row) return rowId;
  const inner = (row.labelPath ?? []).filter((part) => !part.startsWith('三、本年度办理结果'));
  return [...inner, row.label].join(' ');
}

export function referenceColumnLabel(table: TableDefinition, columnId: string): string {
  const column = table.columns.find((c) => c.id === columnId);
  if (!column) return columnId;
  const path = (column.headerPath ?? []).filter((part) => part !== '申请人情况');
  return [...path, column.label].join('/');
}

function referenceCellLabel(form: FormDefinition, table: TableDefinition, rowId: string | undefined, columnId: string | undefined, locale: Locale): string {
  return [referenceTableName(form, table, locale), rowId ? referenceRowLabel(table, rowId) : undefined, columnId ? referenceColumnLabel(table, columnId) : undefined]
    .filter(Boolean)
    .join(' / ');
}

function referenceCellLocation(report: Report, form: FormDefinition, table: TableDefinition, row: string, column: string, locale: Locale): DiagnosticLocation {
  const location: DiagnosticLocation = { table: table.id, label: referenceCellLabel(form, table, row, column, locale) };
  if (row) location.row = row;
  if (column) location.column = column;
  if (row && column) {
    const source = report.cellSources?.[cellKey({ table: table.id, row, column })];
    if (source) Object.assign(location, source);
  }
  return location;
}

function referenceScopeText(form: FormDefinition, table: TableDefinition, each: 'column' | 'row', scope: string): LocalizedText {
  return each === 'column'
    ? { zh: `${referenceTableName(form, table, 'zh-CN')}“${referenceColumnLabel(table, scope)}”列`, en: `${referenceTableName(form, table, 'en')}, column "${referenceColumnLabel(table, scope)}"` }
    : { zh: `${referenceTableName(form, table, 'zh-CN')}“${referenceRowLabel(table, scope)}”行`, en: `${referenceTableName(form, table, 'en')}, row "${referenceRowLabel(table, scope)}"` };
}

const bilingualTableName = (form: FormDefinition, table: TableDefinition) => ({ zh: referenceTableName(form, table, 'zh-CN'), en: referenceTableName(form, table, 'en') });

/** `validateReport`'s cells the form does not define, as first written. */
export function referenceUnknownCells(context: RuleContext): Diagnostic[] {
  const { report, form } = context;
  const diagnostics: Diagnostic[] = [];
  const filled = (value: unknown) => value !== null && value !== undefined;
  for (const [tableId, rows] of Object.entries(report.tables ?? {})) {
    const table = form.tables.find((t) => t.id === tableId);
    const cells = Object.entries(rows ?? {}).flatMap(([row, columns]) => Object.entries(columns ?? {}).filter(([, value]) => filled(value)).map(([column]) => ({ row, column })));
    if (!table) {
      if (cells.length > 0) diagnostics.push(context.diagnostic({ code: 'report-table-unknown', params: { table: tableId, count: cells.length, format: form.id }, location: { table: tableId } }));
      continue;
    }
    const unknown = cells.filter(({ row, column }) => {
      const definition = table.rows.find((r) => r.id === row);
      return !definition || !(definition.columns ?? table.columns.map((c) => c.id)).includes(column);
    });
    if (unknown.length === 0) continue;
    const shown = (locale: Locale) => unknown.slice(0, 5).map((ref) => cellName(table, ref, locale));
    const more = unknown.length - Math.min(unknown.length, 5);
    diagnostics.push(
      context.diagnostic({
        code: 'report-cells-unknown',
        params: {
          table: bilingualTableName(form, table),
          format: form.id,
          cells: { zh: `${shown('zh-CN').join('、')}${more > 0 ? `等 ${unknown.length} 个` : ''}`, en: `${shown('en').join(', ')}${more > 0 ? ` and ${more} more` : ''}` },
        },
        location: { table: table.id, row: unknown[0].row, column: unknown[0].column },
      }),
    );
  }
  return diagnostics;
}

/** `validateReport`'s cells not filled, as first written. */
export function referenceNotFilled(context: RuleContext): Diagnostic[] {
  const { report, form, locale } = context;
  if (context.options.blankAsZero) return [];
  const alreadyReported = knownProblemCells(context.options.knownProblems);
  const diagnostics: Diagnostic[] = [];
  for (const table of form.tables) {
    const perRow = table.rows.map((row) => ({
      row,
      missing: (row.columns ?? table.columns.map((c) => c.id)).filter(
        (column) => getCell(report, { table: table.id, row: row.id, column }) === null && !alreadyReported(table.id, row.id, column),
      ),
      size: (row.columns ?? table.columns).length,
    }));
    const missingCount = perRow.reduce((n, r) => n + r.missing.length, 0);
    if (missingCount === 0) continue;
    const total = perRow.reduce((n, r) => n + r.size, 0);
    if (missingCount === total) {
      diagnostics.push(
        context.diagnostic({
          code: 'cell-not-filled',
          params: { scope: bilingualTableName(form, table), count: missingCount, columns: { zh: '整张表未填写', en: 'the whole table' } },
          location: { table: table.id, label: referenceTableName(form, table, locale) },
        }),
      );
      continue;
    }
    for (const { row, missing } of perRow) {
      if (missing.length === 0) continue;
      const label = `${referenceTableName(form, table, locale)} / ${referenceRowLabel(table, row.id)}`;
      const scope = {
        zh: `${referenceTableName(form, table, 'zh-CN')} / ${referenceRowLabel(table, row.id)}`,
        en: `${referenceTableName(form, table, 'en')} / ${referenceRowLabel(table, row.id)}`,
      };
      const first = report.cellSources?.[`${table.id}/${row.id}/${missing[0]}`];
      diagnostics.push(
        context.diagnostic({
          code: 'cell-not-filled',
          params: {
            scope,
            count: missing.length,
            columns: { zh: missing.map((column) => referenceColumnLabel(table, column)).join('、'), en: missing.map((column) => referenceColumnLabel(table, column)).join(', ') },
          },
          location: { table: table.id, row: row.id, column: missing[0], label: `${label} / ${referenceColumnLabel(table, missing[0])}`, ...(first ?? {}) },
        }),
      );
    }
  }
  return diagnostics;
}

/** An equation rule, as first written (the sides summed with `sumExact` of arrays). */
export function referenceEquation(rule: EquationRule, context: RuleContext): Diagnostic[] {
  const { report, form } = context;
  const table = form.tables.find((t) => t.id === rule.table);
  if (!table) return [];
  const blankAsZero = rule.blank === 'zero' || context.options.blankAsZero === true;
  const cells = report.tables[table.id] ?? {};
  const diagnostics: Diagnostic[] = [];
  for (const plan of planEquation(rule, table)) {
    let blank = false;
    const sum = (terms: PlannedTerm[]) => {
      const values: number[] = [];
      for (const term of terms) {
        const value = cells[term.row]?.[term.column];
        if (typeof value !== 'number') blank = true;
        else values.push(value * term.sign);
      }
      return sumExact(values);
    };
    let left: number;
    let right: number;
    try {
      left = sum(plan.left);
      right = sum(plan.right);
    } catch (error) {
      if (ReportError.isInstance(error) && error.code === 'sum-not-exact') continue;
      throw error;
    }
    if (blank && !blankAsZero) continue;
    if (relationHolds(rule.op, left - right, plan.tolerance)) continue;
    const anchor = plan.left[0] ?? plan.right[0];
    diagnostics.push(
      context.diagnostic({
        code: rule.id,
        severity: rule.severity,
        params: {
          scope: referenceScopeText(form, table, rule.each, plan.scope),
          leftText: rule.leftText,
          rightText: rule.rightText,
          left: formatNumber(left),
          right: formatNumber(right),
          relation: relationText(rule.op),
        },
        location: referenceCellLocation(report, form, table, anchor.row, anchor.column, context.locale),
        expected: rule.op === '=' ? formatNumber(right) : `${rule.op} ${formatNumber(right)}`,
        actual: formatNumber(left),
      }),
    );
  }
  return diagnostics;
}

/** A cells rule, as first written (each cell's column found in the table). */
export function referenceCells(rule: CellsRule, context: RuleContext): Diagnostic[] {
  const { report, form } = context;
  const table = form.tables.find((t) => t.id === rule.table);
  if (!table) return [];
  const diagnostics: Diagnostic[] = [];
  for (const row of table.rows) {
    for (const columnId of row.columns ?? table.columns.map((c) => c.id)) {
      const column = table.columns.find((c) => c.id === columnId);
      if (!column || !rule.kinds.includes(column.kind)) continue;
      const value = getCell(report, { table: table.id, row: row.id, column: columnId });
      if (value === null) continue;
      const problem = cellProblem(column.kind, value);
      if (!problem) continue;
      diagnostics.push(
        context.diagnostic({
          code: rule.id,
          severity: rule.severity,
          params: {
            scope: { zh: referenceCellLabel(form, table, row.id, columnId, 'zh-CN'), en: referenceCellLabel(form, table, row.id, columnId, 'en') },
            problem,
            actual: formatNumber(value),
          },
          location: referenceCellLocation(report, form, table, row.id, columnId, context.locale),
          actual: formatNumber(value),
          expected: context.locale === 'en' ? problem.en : problem.zh,
        }),
      );
    }
  }
  return diagnostics;
}

/** Whether the period is the calendar year, compared as days with date-fns (as first written). */
export function referencePeriodIsCalendarYear(report: Report): boolean {
  if (!report.period) return true;
  const expected = { start: format(new Date(report.year, 0, 1), 'yyyy-MM-dd'), end: format(new Date(report.year, 11, 31), 'yyyy-MM-dd') };
  const start = parseISO(report.period.start);
  const end = parseISO(report.period.end);
  return isValid(start) && isValid(end) && isSameDay(start, parseISO(expected.start)) && isSameDay(end, parseISO(expected.end));
}

/** `limitReportTexts` as first written (every path made, records walked with Object.entries). */
export function referenceLimitReportTexts(report: Report, options: LimitTextOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const limit = (text: unknown, kind: TextKind, path: string): string | undefined => {
    if (typeof text !== 'string') return undefined;
    const result = limitText(text, kind, path, options);
    if (result.diagnostic) diagnostics.push(result.diagnostic);
    return result.text;
  };
  const set = <T extends object, K extends keyof T>(target: T, key: K, kind: TextKind, path: string) => {
    const value = target[key];
    if (typeof value === 'string' && value.length > (options.maxTextLength?.[kind] ?? inputLimits.maxTextLength[kind])) {
      target[key] = limit(value, kind, path) as T[K];
    }
  };
  const strings = (list: string[] | undefined, kind: TextKind, path: string) => {
    list?.forEach((_, index) => set(list, index, kind, `${path}[${index}]`));
  };
  const organ = (value: Organ | undefined, path: string) => {
    if (!value || typeof value !== 'object') return;
    set(value, 'name', 'organName', `${path}.name`);
    set(value, 'creditCode', 'short', `${path}.creditCode`);
    set(value, 'divisionCode', 'short', `${path}.divisionCode`);
  };
  const keys = (record: Record<string, unknown> | undefined, path: string) => {
    if (!record) return;
    const max = options.maxTextLength?.short ?? inputLimits.maxTextLength.short;
    for (const key of Object.keys(record)) {
      if (key.length <= max) continue;
      limit(key, 'short', `${path}[…]`);
      delete record[key];
    }
  };
  const source = (value: { file?: string; sheet?: string; cell?: string } | undefined, path: string) => {
    if (!value || typeof value !== 'object') return;
    set(value, 'file', 'short', `${path}.file`);
    set(value, 'sheet', 'short', `${path}.sheet`);
    set(value, 'cell', 'short', `${path}.cell`);
  };
  organ(report.organ, 'organ');
  set(report, 'title', 'title', 'title');
  strings(report.preface, 'paragraph', 'preface');
  const pending: Array<{ sections: ReportSection[]; path: string }> = [{ sections: report.sections ?? [], path: 'sections' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    next.sections.forEach((section, index) => {
      if (!section || typeof section !== 'object') return;
      const path = `${next.path}[${index}]`;
      set(section, 'id', 'short', `${path}.id`);
      set(section, 'title', 'title', `${path}.title`);
      strings(section.paragraphs, 'paragraph', `${path}.paragraphs`);
      if (Array.isArray(section.children) && section.children.length > 0) pending.push({ sections: section.children, path: `${path}.children` });
    });
  }
  report.sources?.forEach((file, index) => {
    set(file, 'file', 'short', `sources[${index}].file`);
    set(file, 'sha256', 'short', `sources[${index}].sha256`);
  });
  keys(report.cellSources, 'cellSources');
  for (const [key, value] of Object.entries(report.cellSources ?? {})) source(value, `cellSources["${key}"]`);
  report.members?.forEach((member, index) => {
    organ(member.organ, `members[${index}].organ`);
    set(member, 'file', 'short', `members[${index}].file`);
    set(member, 'sha256', 'short', `members[${index}].sha256`);
  });
  report.memberLayouts?.forEach((layout, index) => {
    keys(layout, `memberLayouts[${index}]`);
    for (const [key, value] of Object.entries(layout ?? {})) source(value, `memberLayouts[${index}]["${key}"]`);
  });
  keys(report.contributions, 'contributions');
  for (const [key, list] of Object.entries(report.contributions ?? {})) {
    list.forEach((contribution, index) => source(contribution.source, `contributions["${key}"][${index}].source`));
  }
  return diagnostics;
}
