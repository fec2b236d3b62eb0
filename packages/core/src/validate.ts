import { buildDiagnostic, createDiagnostic, type PluginDiagnosticInput } from './diagnostics/create.js';
import type { Diagnostic, Locale } from './diagnostics/types.js';
import { cellName } from './diagnostics/describe-location.js';
import { forms, getForm } from './forms/registry.js';
import type { FormDefinition, RowDefinition, RuleDefinition, TableDefinition } from './forms/types.js';
import type { Report } from './model/report.js';
import { evaluateRule } from './rules/engine.js';
import { findTable, tableIndex } from './rules/form-index.js';
import { knownProblemCells } from './rules/known-problems.js';
import { columnLabel, rowLabel, tableName } from './rules/labels.js';
import { formPlausibilityRules, reportRules } from './rules/report-rules.js';
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
    // A rule's id is its code, and a plugin's rule has its own: checked by createPipeline, not here.
    diagnostic: (input: PluginDiagnosticInput) => buildDiagnostic(input, options),
    text: (zh, en) => (locale === 'en' ? en : zh),
  };
}

function bilingualTableName(form: FormDefinition, table: TableDefinition) {
  return { zh: tableName(form, table, 'zh-CN'), en: tableName(form, table, 'en') };
}

function notFilled(context: RuleContext): Diagnostic[] {
  const { report, form, locale } = context;
  if (context.options.blankAsZero) return [];
  const alreadyReported = knownProblemCells(context.options.knownProblems);
  const diagnostics: Diagnostic[] = [];
  for (const table of form.tables) {
    const index = tableIndex(table);
    const values = report.tables[table.id];
    // Only the rows with a blank cell are listed (most reports fill every cell).
    let perRow: Array<{ row: RowDefinition; missing: string[] }> | undefined;
    let missingCount = 0;
    for (const { row, columns } of index.rows) {
      const cells = values?.[row.id];
      let missing: string[] | undefined;
      for (const column of columns) {
        if (typeof cells?.[column] !== 'number' && !alreadyReported(table.id, row.id, column)) (missing ??= []).push(column);
      }
      if (!missing) continue;
      (perRow ??= []).push({ row, missing });
      missingCount += missing.length;
    }
    if (!perRow) continue;
    if (missingCount === index.cellCount) {
      diagnostics.push(
        context.diagnostic({
          code: 'cell-not-filled',
          params: { scope: bilingualTableName(form, table), count: missingCount, columns: { zh: '整张表未填写', en: 'the whole table' } },
          location: { table: table.id, label: tableName(form, table, locale) },
        }),
      );
      continue;
    }
    for (const { row, missing } of perRow) {
      const label = `${tableName(form, table, locale)} / ${rowLabel(table, row.id)}`;
      const scope = { zh: `${tableName(form, table, 'zh-CN')} / ${rowLabel(table, row.id)}`, en: `${tableName(form, table, 'en')} / ${rowLabel(table, row.id)}` };
      const first = report.cellSources?.[`${table.id}/${row.id}/${missing[0]}`];
      diagnostics.push(
        context.diagnostic({
          code: 'cell-not-filled',
          params: {
            scope,
            count: missing.length,
            columns: { zh: missing.map((column) => columnLabel(table, column)).join('、'), en: missing.map((column) => columnLabel(table, column)).join(', ') },
          },
          location: { table: table.id, row: row.id, column: missing[0], label: `${label} / ${columnLabel(table, missing[0])}`, ...(first ?? {}) },
        }),
      );
    }
  }
  return diagnostics;
}

/** `report.importProblems` as the errors they were when the report was imported. */
function keptImportProblems(report: Report): Diagnostic[] {
  return (report.importProblems ?? []).map((problem) => ({
    code: problem.code,
    severity: 'error' as const,
    message: problem.message,
    location: { ...problem.location },
    ...(problem.help ? { help: problem.help } : {}),
  }));
}

/** Cells the report holds that the form does not define: they would be neither checked, summed nor printed. */
function unknownCells(context: RuleContext): Diagnostic[] {
  const { report, form } = context;
  const diagnostics: Diagnostic[] = [];
  const filled = (value: unknown) => value !== null && value !== undefined;
  // Object.keys, not Object.entries: much faster on the row objects setCell builds one cell at a time.
  const tables = report.tables ?? {};
  for (const tableId of Object.keys(tables)) {
    const rows = tables[tableId] ?? {};
    const table = findTable(form, tableId);
    if (!table) {
      let count = 0;
      for (const row of Object.keys(rows)) {
        const columns = rows[row] ?? {};
        for (const column of Object.keys(columns)) if (filled(columns[column])) count += 1;
      }
      if (count > 0) diagnostics.push(context.diagnostic({ code: 'report-table-unknown', params: { table: tableId, count, format: form.id }, location: { table: tableId } }));
      continue;
    }
    const index = tableIndex(table);
    let unknown: Array<{ row: string; column: string }> | undefined;
    for (const row of Object.keys(rows)) {
      const columns = rows[row] ?? {};
      const known = index.rowById.get(row)?.columnSet;
      for (const column of Object.keys(columns)) {
        if (!known?.has(column) && filled(columns[column])) (unknown ??= []).push({ row, column });
      }
    }
    if (!unknown) continue;
    const cells = unknown;
    const shown = (locale: Locale) => cells.slice(0, 5).map((ref) => cellName(table, ref, locale));
    const more = cells.length - Math.min(cells.length, 5);
    diagnostics.push(
      context.diagnostic({
        code: 'report-cells-unknown',
        params: {
          table: bilingualTableName(form, table),
          format: form.id,
          cells: { zh: `${shown('zh-CN').join('、')}${more > 0 ? `等 ${cells.length} 个` : ''}`, en: `${shown('en').join(', ')}${more > 0 ? ` and ${more} more` : ''}` },
        },
        location: { table: table.id, row: cells[0].row, column: cells[0].column },
      }),
    );
  }
  return diagnostics;
}

/**
 * Checks a report against its form: every rule of the form (official table rules, narrative rules,
 * plugin rules), the report-wide checks (format and year, period, codes, plausibility, lateness),
 * and cells not filled. Returns every problem at once; never throws for a problem in the report.
 */
export function validateReport(report: Report, options: ValidateOptions = {}): Diagnostic[] {
  let form = options.form;
  if (!form) {
    try {
      form = getForm(report.format, options.forms);
    } catch {
      const available = [...new Set([...Object.keys(forms), ...(options.forms ?? []).map((f) => f.id)])];
      return [
        createDiagnostic(
          { code: 'unknown-format', params: { format: String(report.format), available: { zh: available.join('、'), en: available.join(', ') } }, location: { path: 'format' } },
          options,
        ),
      ];
    }
  }
  // Import errors kept with the report (a cell whose text could not be read) are reported again,
  // and their cells are not reported once more as "not filled".
  const kept = keptImportProblems(report);
  if (kept.length > 0) options = { ...options, knownProblems: [...(options.knownProblems ?? []), ...kept] };
  const context = createRuleContext(report, form, options);
  const disabled = new Set(options.disableRules ?? []);
  const rules: RuleDefinition[] = [...reportRules, ...formPlausibilityRules(form), ...form.rules].filter((rule) => !disabled.has(rule.id));
  const diagnostics = [...kept, ...unknownCells(context), ...(disabled.has('cell-not-filled') ? [] : notFilled(context))];
  for (const rule of rules) {
    try {
      diagnostics.push(...evaluateRule(rule, context));
    } catch (error) {
      // A broken rule (usually a plugin's custom rule) must not hide the other checks.
      diagnostics.push(
        context.diagnostic({
          code: 'rule-failed',
          params: { rule: rule.id, detail: error instanceof Error ? error.message : String(error) },
          location: {},
          severity: 'error',
        }),
      );
    }
  }
  return diagnostics;
}
