import { createDiagnostic, type MessageOptions } from '../diagnostics/create.js';
import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';
import { tableName } from '../rules/labels.js';
import { formForYear, getForm } from './registry.js';
import type { FormDefinition, LocalizedText, TableDefinition } from './types.js';

const cellSet = (table: TableDefinition) => table.rows.flatMap((row) => (row.columns ?? table.columns.map((c) => c.id)).map((column) => `${row.id}/${column}`)).sort().join('|');

/** Tables of `other` laid out differently in `form` (other rows or columns), or that `form` lacks: 表二 and 表三 between gov-2019 and gov-2021. */
export function tablesThatDiffer(form: FormDefinition, other: FormDefinition): TableDefinition[] {
  return other.tables.filter((table) => {
    const own = form.tables.find((t) => t.id === table.id);
    return !own || cellSet(own) !== cellSet(table);
  });
}

/**
 * The form a report of `form` for `year` should have used, when `form` is an older format of the
 * same tables used after its years (a 2023 report in the 2019 trial layout): the form of the
 * year among `candidates`, whose years start after `form`'s end and whose tables `form` has by
 * id. Undefined otherwise — a format used before it existed, or of other tables, is no drift.
 */
export function driftedFrom(form: FormDefinition, year: number, candidates: readonly FormDefinition[]): FormDefinition | undefined {
  const { to } = form.years;
  if (to === undefined || year <= to || form.tables.length === 0) return undefined;
  const id = formForYear(year, candidates);
  if (!id || id === form.id) return undefined;
  const expected = getForm(id, candidates);
  if ((expected.years.from ?? -Infinity) <= to) return undefined;
  if (!expected.tables.every((table) => form.tables.some((t) => t.id === table.id))) return undefined;
  return tablesThatDiffer(form, expected).length > 0 ? expected : undefined;
}

export interface FormatDriftInput {
  /** The report year, when known. */
  year?: number;
  /** The format the report should use. */
  expected: FormDefinition;
  /** The format the tables follow. */
  actual: FormDefinition;
  /** The tables that follow `actual` (named from `expected`). */
  tables: readonly TableDefinition[];
  /** What was done about it, in words. */
  handling: LocalizedText;
  location?: DiagnosticLocation;
}

/** The one `format-drift` warning: the year, the format it needs, the tables laid out in another, and what was done. */
export function formatDriftDiagnostic(input: FormatDriftInput, options: MessageOptions = {}): Diagnostic {
  const { expected, actual, year } = input;
  const names = (locale: 'zh-CN' | 'en') => input.tables.map((table) => tableName(expected, table, locale));
  return createDiagnostic(
    {
      code: 'format-drift',
      params: {
        report: year === undefined ? { zh: '本报告', en: 'This report' } : { zh: `${year}年度报告`, en: `A report for ${year}` },
        expected: expected.name,
        expectedSource: expected.source,
        actual: actual.name,
        tables: { zh: names('zh-CN').join('、'), en: names('en').join(', ') },
        handling: input.handling,
      },
      location: input.location ?? { path: 'format' },
      expected: expected.id,
      actual: actual.id,
    },
    options,
  );
}
