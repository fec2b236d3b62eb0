import { createDiagnostic, sortDiagnostics, type Diagnostic, type Locale, type Pipeline } from '@report/core';
import { renderTable } from '@report/render-html';
import type { InputBytes, OutputFile, TableView, TownshipResult } from '../protocol.js';

/**
 * `gov-report validate` for one file (CLI `validate/check-file.ts`): read it with the pipeline, check the
 * report with the pipeline's forms and rules, and draw each table of its form in the official layout
 * (render-html's `renderTable`, whose value cells carry `data-ref="table/row/column"` to mark).
 */
export async function checkTownship(pipeline: Pipeline, file: InputBytes, locale: Locale): Promise<TownshipResult> {
  const messageOptions = { locale, catalog: pipeline.catalog, messages: pipeline.messages };
  const imported = await pipeline.import(file.bytes, { file: file.name, locale });
  const checks: Diagnostic[] = [];
  const tables: TableView[] = [];
  const { report } = imported;
  if (report) {
    try {
      checks.push(...pipeline.validate(report, { locale, knownProblems: imported.diagnostics }));
    } catch (error) {
      checks.push(createDiagnostic({ code: 'file-unreadable', params: { file: file.name, reason: (error as Error).message }, location: { file: file.name } }, messageOptions));
    }
    try {
      const form = pipeline.getForm(report.format);
      for (const table of form.tables) tables.push({ id: table.id, title: table.title, html: renderTable(table, report, { formId: form.id }) });
    } catch {
      // A form the pipeline lacks was already reported by validate/import; the problem list still shows.
    }
  }
  const located = checks.map((d) => (d.location.file ? d : { ...d, location: { ...d.location, file: file.name } }));
  const diagnostics = sortDiagnostics([...imported.diagnostics, ...located]);
  // The township's own workbook with each problem at its cell, as `validate --annotate` writes it.
  let annotated: OutputFile | undefined;
  const { importer } = imported;
  if (importer && diagnostics.some((d) => d.severity !== 'info') && pipeline.annotators.some((annotator) => annotator.importer === importer)) {
    const copy = await pipeline.annotate(file.bytes, { importer, file: file.name, diagnostics, locale });
    if (copy.content) annotated = { kind: 'annotated', label: locale === 'en' ? 'Workbook with the problems marked' : '标出问题的工作簿', name: file.name, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: copy.content };
  }
  return {
    kind: 'township',
    file: file.name,
    ...(imported.importer ? { importer: imported.importer } : {}),
    ...(report ? { organ: report.organ.name, year: report.year, format: report.format, reportJson: `${JSON.stringify(report, null, 2)}\n` } : {}),
    diagnostics,
    tables,
    ...(annotated ? { annotated } : {}),
  };
}
