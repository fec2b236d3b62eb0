import type { Diagnostic, ImportProblem, Report } from '@report/core';

/** Tables from the workbook (or JSON), narrative sections from the text file (which wins where it has text). */
export function combineReports(tabular: Report, narrative: Report): Report {
  const sections = tabular.sections.map((section) => {
    const fromText = narrative.sections.find((s) => s.id === section.id);
    const hasText = fromText && (fromText.paragraphs.length > 0 || fromText.children.length > 0);
    return hasText ? { ...section, paragraphs: fromText.paragraphs, children: fromText.children } : section;
  });
  for (const section of narrative.sections) if (!sections.some((s) => s.id === section.id)) sections.push(section);
  return {
    ...tabular,
    ...(narrative.preface && !tabular.preface ? { preface: narrative.preface } : {}),
    sections,
    sources: [...(tabular.sources ?? []), ...(narrative.sources ?? [])],
  };
}

/** The report with the import's errors kept in `importProblems` (none: the report as it was). */
export function withImportProblems(report: Report, diagnostics: readonly Diagnostic[]): Report {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return report;
  const importProblems: ImportProblem[] = errors.map((d) => {
    const { file, sheet, cell, table, row, column, label } = d.location;
    const location = Object.fromEntries(Object.entries({ file, sheet, cell, table, row, column, label }).filter(([, value]) => value !== undefined));
    return { code: d.code, message: d.message, location, ...(d.help ? { help: d.help } : {}) };
  });
  return { ...report, importProblems: [...(report.importProblems ?? []), ...importProblems] };
}
