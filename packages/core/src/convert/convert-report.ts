import type { MessageOptions } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { getForm } from '../forms/registry.js';
import type { FormDefinition, FormId } from '../forms/types.js';
import type { CellContribution, CellSource, Report } from '../model/report.js';
import { conversionDiagnostics } from './conversion-diagnostics.js';
import { convertTables, type UnfilledCell, type UnmappedCell } from './convert-tables.js';

export interface ConvertOptions extends MessageOptions {
  /** Forms besides the built-in ones (plugins). */
  forms?: readonly FormDefinition[];
}

export interface ConversionResult {
  /** The report in the target form: every exact figure carried over, the rest not filled. */
  report: Report;
  /** Every filled cell of the source that could not be carried over exactly, with its official label, value and why. */
  unmapped: UnmappedCell[];
  /** Every cell of the target form that nothing in the source gives (left not filled). */
  unfilled: UnfilledCell[];
  /** One `convert-cells-unmapped` warning and one `convert-cells-unfilled` info per table concerned. */
  diagnostics: Diagnostic[];
}

/** Per-cell maps of a report (`cellSources`, `contributions`) re-keyed to the target cells they now describe. */
function rekey<T>(map: Record<string, T> | undefined, sources: Record<string, string[]>, combine: (values: T[]) => T): Record<string, T> | undefined {
  if (!map) return undefined;
  const result: Record<string, T> = {};
  for (const [target, origins] of Object.entries(sources)) {
    const values = origins.map((key) => map[key]).filter((value): value is T => value !== undefined);
    if (values.length > 0) result[target] = combine(values);
  }
  return result;
}

/**
 * Turns a report of one format into another (`gov-2019` → `gov-2021`) where the mapping is exact
 * (see `planConversion`): same cells copied, a row the target splits carried only when it is 0,
 * rows the target merges added when all are filled. Everything else is listed, never guessed:
 * 2019's single （六）其他处理 with a figure cannot be split into 2021's three rows, and 2019's table
 * 二 columns (本年新制作数量…) are not 2021's (本年制发件数…). Where each figure came from
 * (`cellSources`, an aggregate's `contributions`) follows it; sections, organ and year stay.
 * Throws `ReportError` (`unknown-form`) for a format id neither built in nor in `forms`.
 */
export function convertReport(report: Report, toFormat: FormId, options: ConvertOptions = {}): ConversionResult {
  const from = getForm(report.format, options.forms);
  const to = getForm(toFormat, options.forms);
  if (from.id === to.id) return { report: structuredClone(report), unmapped: [], unfilled: [], diagnostics: [] };
  const converted = convertTables(report.tables, from, to, { locale: options.locale });
  const result: Report = { ...structuredClone(report), format: to.id, tables: converted.tables };
  const cellSources = rekey<CellSource>(report.cellSources, converted.sources, (values) => values[0]);
  if (cellSources) result.cellSources = cellSources;
  const contributions = rekey<CellContribution[]>(report.contributions, converted.sources, (values) => values.flat());
  if (contributions) result.contributions = contributions;
  return {
    report: result,
    unmapped: converted.unmapped,
    unfilled: converted.unfilled,
    diagnostics: conversionDiagnostics(converted, from, to, { ...options, sources: report.cellSources }),
  };
}
