import { listParam, reportError } from '../errors.js';
import { gov2019 } from './gov-2019.js';
import { gov2021 } from './gov-2021.js';
import { narrativeRules } from '../rules/narrative-rules.js';
import { legacyBase } from './legacy.js';
import type { FormDefinition, FormId, TableDefinition } from './types.js';

/** The built-in forms, by id. */
export const forms: Readonly<Record<'gov-2021' | 'gov-2019' | 'legacy', FormDefinition>> = Object.freeze({
  'gov-2021': withNarrativeRules(gov2021),
  'gov-2019': withNarrativeRules(gov2019),
  legacy: withNarrativeRules(legacyBase),
});

/** A form with the checks of a report's text (added here: the rules read forms, so the form files cannot import them). */
function withNarrativeRules(form: FormDefinition): FormDefinition {
  return { ...form, rules: [...form.rules, ...narrativeRules] };
}

/** A built-in form by id, or from `extra` (e.g. forms added by plugins). Throws on an unknown id. */
export function getForm(id: FormId, extra: readonly FormDefinition[] = []): FormDefinition {
  const found = extra.find((form) => form.id === id) ?? (forms as Record<string, FormDefinition>)[id];
  if (!found) {
    throw reportError('unknown-form', { id, available: listParam([...Object.keys(forms), ...extra.map((f) => f.id)]) });
  }
  return found;
}

/**
 * The built-in forms with `extra` (plugin forms) in place: an extra form replaces the built-in form
 * of the same id, the others come after the built-in ones, in their order.
 */
export function availableForms(extra: readonly FormDefinition[] = []): FormDefinition[] {
  const list: FormDefinition[] = Object.values(forms).map((form) => extra.find((other) => other.id === form.id) ?? form);
  for (const form of extra) if (!list.some((other) => other.id === form.id)) list.push(form);
  return list;
}

/** Whether a form's `years` cover a year; a form with neither bound is not tied to a year. */
function covers(form: FormDefinition, year: number): boolean {
  const { from, to } = form.years;
  if (from === undefined && to === undefined) return false;
  return (from === undefined || year >= from) && (to === undefined || year <= to);
}

/**
 * The id of the form for a report year, derived from the forms' `years`: among `forms` (default:
 * the built-in ones — `gov-2019` for 2019–2020, `gov-2021` from 2021, spec §0), the one whose years
 * cover `year`. When several do, a form that another covering form extends gives way to it (a
 * province's `gov-2021-xm` wins over `gov-2021`), and then the last in order wins (a plugin form
 * listed after the built-in ones). `undefined` when none covers the year.
 *
 * Pass `availableForms(pluginForms)` to choose among the built-in forms and a pipeline's own.
 */
export function formForYear(year: number, candidates: readonly FormDefinition[] = Object.values(forms)): FormId | undefined {
  const covering = candidates.filter((form) => covers(form, year));
  const extended = new Set(covering.map((form) => form.extends).filter((id): id is FormId => id !== undefined && id !== ''));
  const leaves = covering.filter((form) => !extended.has(form.id));
  return (leaves.at(-1) ?? covering.at(-1))?.id;
}

export function getTable(form: FormDefinition, tableId: string): TableDefinition {
  const table = form.tables.find((t) => t.id === tableId);
  if (!table) throw reportError('unknown-table', { form: form.id, table: tableId });
  return table;
}

/** Column ids a row has. */
export function rowColumns(table: TableDefinition, rowId: string): string[] {
  const row = table.rows.find((r) => r.id === rowId);
  if (!row) return [];
  return row.columns ?? table.columns.map((c) => c.id);
}

/** Every cell of a table as `{ row, column }` pairs, in printed order. */
export function tableCells(table: TableDefinition): Array<{ row: string; column: string }> {
  return table.rows.flatMap((row) => (row.columns ?? table.columns.map((c) => c.id)).map((column) => ({ row: row.id, column })));
}
