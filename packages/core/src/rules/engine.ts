import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';
import type { CellsRule, EquationRule, FormDefinition, RuleDefinition, TableDefinition, Term } from '../forms/types.js';
import { cellKey, getCell, type Report } from '../model/report.js';
import { formatNumber, sumExact } from '../numbers.js';
import { cellLabel, columnLabel, rowLabel, tableName } from './labels.js';
import type { RuleContext } from './types.js';

const DEFAULT_AMOUNT_TOLERANCE = 0.000001;

/** Attaches the workbook position of a cell when the report knows where it came from. */
export function cellLocation(
  report: Report,
  form: FormDefinition,
  table: TableDefinition,
  row: string | undefined,
  column: string | undefined,
  context: Pick<RuleContext, 'locale'>,
): DiagnosticLocation {
  const location: DiagnosticLocation = { table: table.id, label: cellLabel(form, table, row, column, context.locale) };
  if (row) location.row = row;
  if (column) location.column = column;
  if (row && column) {
    const source = report.cellSources?.[cellKey({ table: table.id, row, column })];
    if (source) Object.assign(location, source);
  }
  return location;
}

function termIds(table: TableDefinition, term: Term, axis: 'row' | 'column'): Array<{ id: string; sign: 1 | -1 }> {
  if (typeof term === 'string') return [{ id: term, sign: 1 }];
  const sign = term.sign ?? 1;
  if ('id' in term) return [{ id: term.id, sign }];
  const members = axis === 'row' ? table.rows : table.columns;
  return members.filter((m) => m.groups?.includes(term.group)).map((m) => ({ id: m.id, sign }));
}

function hasCell(table: TableDefinition, row: string, column: string): boolean {
  const definition = table.rows.find((r) => r.id === row);
  if (!definition) return false;
  return (definition.columns ?? table.columns.map((c) => c.id)).includes(column);
}

function evaluateEquation(rule: EquationRule, context: RuleContext): Diagnostic[] {
  const { report, form, locale } = context;
  const table = form.tables.find((t) => t.id === rule.table);
  if (!table) return [];
  const termAxis = rule.each === 'column' ? 'row' : 'column';
  const scopes = rule.over ?? (rule.each === 'column' ? table.columns.map((c) => c.id) : table.rows.map((r) => r.id));
  const blankAsZero = rule.blank === 'zero' || context.options.blankAsZero === true;
  const diagnostics: Diagnostic[] = [];

  for (const scope of scopes) {
    const cellFor = (id: string) => (rule.each === 'column' ? { row: id, column: scope } : { row: scope, column: id });
    const explicit = [...rule.left, ...rule.right].filter((t) => typeof t === 'string' || 'id' in t);
    // The relation applies where every explicitly named term exists in this column/row.
    if (!explicit.flatMap((t) => termIds(table, t, termAxis)).every(({ id }) => hasCell(table, cellFor(id).row, cellFor(id).column))) continue;
    const side = (terms: Term[]) =>
      terms.flatMap((t) => termIds(table, t, termAxis)).filter(({ id }) => hasCell(table, cellFor(id).row, cellFor(id).column));
    const leftTerms = side(rule.left);
    const rightTerms = side(rule.right);
    if (leftTerms.length === 0 && rightTerms.length === 0) continue;
    let blank = false;
    const valuesOf = (terms: Array<{ id: string; sign: 1 | -1 }>) =>
      terms.map(({ id, sign }) => {
        const value = getCell(report, { table: table.id, ...cellFor(id) });
        if (value === null) blank = true;
        return (value ?? 0) * sign;
      });
    const left = sumExact(valuesOf(leftTerms));
    const right = sumExact(valuesOf(rightTerms));
    if (blank && !blankAsZero) continue;
    const isAmount = [...leftTerms, ...rightTerms].some(({ id }) => {
      const columnId = cellFor(id).column;
      return table.columns.find((c) => c.id === columnId)?.kind === 'amount';
    });
    const tolerance = rule.tolerance ?? (isAmount ? DEFAULT_AMOUNT_TOLERANCE : 0);
    const difference = left - right;
    const holds =
      rule.op === '=' ? Math.abs(difference) <= tolerance : rule.op === '<=' ? difference <= tolerance : difference >= -tolerance;
    if (holds) continue;

    const anchorTerm = leftTerms[0] ?? rightTerms[0];
    const anchor = cellFor(anchorTerm.id);
    const scopeText =
      rule.each === 'column'
        ? locale === 'en'
          ? `${tableName(form, table, locale)}, column "${columnLabel(table, scope)}"`
          : `${tableName(form, table, locale)}“${columnLabel(table, scope)}”列`
        : locale === 'en'
          ? `${tableName(form, table, locale)}, row "${rowLabel(table, scope)}"`
          : `${tableName(form, table, locale)}“${rowLabel(table, scope)}”行`;
    const relation =
      locale === 'en'
        ? { '=': 'they must be equal', '<=': 'the left must not exceed the right', '>=': 'the left must not be less than the right' }[rule.op]
        : { '=': '两者应相等', '<=': '前者不应大于后者', '>=': '前者不应小于后者' }[rule.op];
    diagnostics.push(
      context.diagnostic({
        code: rule.id,
        severity: rule.severity,
        params: {
          scope: scopeText,
          leftText: locale === 'en' ? rule.leftText.en : rule.leftText.zh,
          rightText: locale === 'en' ? rule.rightText.en : rule.rightText.zh,
          left: formatNumber(left),
          right: formatNumber(right),
          relation,
        },
        location: cellLocation(report, form, table, anchor.row, anchor.column, context),
        expected: rule.op === '=' ? formatNumber(right) : `${rule.op} ${formatNumber(right)}`,
        actual: formatNumber(left),
      }),
    );
  }
  return diagnostics;
}

function cellProblem(kind: string, value: number, locale: RuleContext['locale']): string | undefined {
  const en = locale === 'en';
  if (!Number.isFinite(value)) return en ? 'must be a number' : '应为数字';
  if (kind === 'count') {
    if (!Number.isInteger(value) && value < 0) return en ? 'must be a non-negative whole number' : '应为非负整数';
    if (!Number.isInteger(value)) return en ? 'must be a whole number' : '应为整数，不能有小数';
    if (value < 0) return en ? 'must not be negative' : '不能为负数';
  }
  if (kind === 'signedCount' && !Number.isInteger(value)) return en ? 'must be a whole number' : '应为整数，不能有小数';
  if (kind === 'amount' && value < 0) return en ? 'must not be negative' : '金额不能为负数';
  return undefined;
}

function evaluateCells(rule: CellsRule, context: RuleContext): Diagnostic[] {
  const { report, form, locale } = context;
  const table = form.tables.find((t) => t.id === rule.table);
  if (!table) return [];
  const diagnostics: Diagnostic[] = [];
  for (const row of table.rows) {
    for (const columnId of row.columns ?? table.columns.map((c) => c.id)) {
      const column = table.columns.find((c) => c.id === columnId);
      if (!column || !rule.kinds.includes(column.kind)) continue;
      const value = getCell(report, { table: table.id, row: row.id, column: columnId });
      if (value === null) continue;
      const problem = cellProblem(column.kind, value, locale);
      if (!problem) continue;
      diagnostics.push(
        context.diagnostic({
          code: rule.id,
          severity: rule.severity,
          params: { scope: cellLabel(form, table, row.id, columnId, locale), problem, actual: formatNumber(value) },
          location: cellLocation(report, form, table, row.id, columnId, context),
          actual: formatNumber(value),
          expected: problem,
        }),
      );
    }
  }
  return diagnostics;
}

/** Evaluates one rule of any kind. */
export function evaluateRule(rule: RuleDefinition, context: RuleContext): Diagnostic[] {
  switch (rule.kind) {
    case 'equation':
      return evaluateEquation(rule, context);
    case 'cells':
      return evaluateCells(rule, context);
    case 'custom':
      return rule.check(context);
  }
}
