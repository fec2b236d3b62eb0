import { createDiagnostic, type DiagnosticInput } from './diagnostics/create.js';
import type { Diagnostic } from './diagnostics/types.js';
import { getForm } from './forms/registry.js';
import type { FormDefinition, RuleDefinition } from './forms/types.js';
import { getCell, type Report } from './model/report.js';
import { evaluateRule } from './rules/engine.js';
import { columnLabel, tableName } from './rules/labels.js';
import { reportRules } from './rules/report-rules.js';
import type { RuleContext, ValidateOptions } from './rules/types.js';

export type { ValidateOptions, RuleContext } from './rules/types.js';

/** Creates the context custom rules receive. */
export function createRuleContext(report: Report, form: FormDefinition, options: ValidateOptions = {}): RuleContext {
  const locale = options.locale ?? 'zh-CN';
  return {
    report,
    form,
    locale,
    options,
    diagnostic: (input: DiagnosticInput) => createDiagnostic(input, options),
    text: (zh, en) => (locale === 'en' ? en : zh),
  };
}

function notFilled(context: RuleContext): Diagnostic[] {
  const { report, form, locale } = context;
  if (context.options.blankAsZero) return [];
  const diagnostics: Diagnostic[] = [];
  for (const table of form.tables) {
    const perRow = table.rows.map((row) => ({
      row,
      missing: (row.columns ?? table.columns.map((c) => c.id)).filter((column) => getCell(report, { table: table.id, row: row.id, column }) === null),
      size: (row.columns ?? table.columns).length,
    }));
    const missingCount = perRow.reduce((n, r) => n + r.missing.length, 0);
    if (missingCount === 0) continue;
    const total = perRow.reduce((n, r) => n + r.size, 0);
    if (missingCount === total) {
      diagnostics.push(
        context.diagnostic({
          code: 'cell-not-filled',
          params: { scope: tableName(form, table, locale), count: missingCount, columns: context.text('整张表未填写', 'the whole table') },
          location: { table: table.id, label: tableName(form, table, locale) },
        }),
      );
      continue;
    }
    for (const { row, missing } of perRow) {
      if (missing.length === 0) continue;
      const first = report.cellSources?.[`${table.id}/${row.id}/${missing[0]}`];
      diagnostics.push(
        context.diagnostic({
          code: 'cell-not-filled',
          params: {
            scope: `${tableName(form, table, locale)} / ${row.label}`,
            count: missing.length,
            columns: missing.map((column) => columnLabel(table, column)).join(context.text('、', ', ')),
          },
          location: { table: table.id, row: row.id, column: missing[0], label: `${tableName(form, table, locale)} / ${row.label}`, ...(first ?? {}) },
        }),
      );
    }
  }
  return diagnostics;
}

/**
 * Checks a report against its form: every rule of the form (official table rules, narrative rules,
 * plugin rules), the report-wide checks (format and year, period, codes, plausibility, lateness),
 * and cells not filled. Returns every problem at once; never throws for a problem in the report.
 */
export function validateReport(report: Report, options: ValidateOptions = {}): Diagnostic[] {
  const form = options.form ?? getForm(report.format, options.forms);
  const context = createRuleContext(report, form, options);
  const disabled = new Set(options.disableRules ?? []);
  const rules: RuleDefinition[] = [...reportRules, ...form.rules].filter((rule) => !disabled.has(rule.id));
  const diagnostics = [...notFilled(context), ...rules.flatMap((rule) => evaluateRule(rule, context))];
  return diagnostics;
}
