import { createDiagnostic } from '../diagnostics/create.js';
import type { FormDefinition, TableDefinition } from '../forms/types.js';
import { parseCellKey, reportTitle, type Report, type ReportSection } from '../model/report.js';
import { cellName } from '../diagnostics/describe-location.js';
import type { Locale } from '../diagnostics/types.js';
import { outlineLabel } from './outline-labels.js';
import { outlineTable } from './outline-table.js';
import { tablesNotInForm } from './tables-not-in-form.js';
import type { DocumentOutline, DocumentOutlineOptions, OutlineSection } from './types.js';

const hasText = (text: string) => text.trim() !== '';

/** Cells (`table/row/column` keys) by the table's labels, ids it lacks quoted: `一、本年新收政府信息公开申请数量 / “foreign”`. */
function cellNames(table: TableDefinition, keys: readonly string[], locale: Locale | undefined): string {
  return keys.map((key) => cellName(table, parseCellKey(key), locale ?? 'zh-CN')).join(locale === 'en' ? ', ' : '、');
}

function subsection(section: ReportSection, level: number): OutlineSection {
  const paragraphs = section.paragraphs.filter(hasText);
  return {
    id: section.id,
    source: 'report',
    level,
    title: section.title,
    runIn: level >= 3 && /。$/.test(section.title) && paragraphs.length > 0,
    paragraphs,
    children: section.children.map((child) => subsection(child, level + 1)),
    tables: [],
  };
}

/**
 * The document of one report, as every renderer draws it (the HTML and the PDF print exactly this):
 * the title, the preface, then the form's sections in the form's order, each with its heading (the
 * report's own title, else the form's canonical one), its paragraphs, its numbered sub-sections
 * (recursively) and the tables the form places in it (the section's `tableId`, or any table whose
 * `sectionId` names it), each laid out by `layoutTable` with the report's numbers formatted.
 * A section of the form the report has no text for is printed only when it holds a table.
 *
 * Nothing is dropped: the report's sections whose id the form does not know come after the form's
 * (their text in full), then the form's tables no section places, each under its own title. A table
 * of `report.tables` the form does not define, and filled cells of a form's table that its grid has
 * no place for, are printed last as plain tables with a notice, and each yields a diagnostic
 * (`render-table-not-in-form`, `render-cells-not-in-form`).
 */
export function documentOutline(report: Report, form: FormDefinition, options: DocumentOutlineOptions = {}): DocumentOutline {
  const { locale } = options;
  const sections: OutlineSection[] = [];
  const used = new Set<ReportSection>();
  const placed = new Set<string>();
  for (const definition of form.sections) {
    const section = report.sections.find((candidate) => candidate.id === definition.id && !used.has(candidate));
    if (section) used.add(section);
    const tables = form.tables.filter((table) => table.id === definition.tableId || table.sectionId === definition.id);
    tables.forEach((table) => placed.add(table.id));
    if (!section && tables.length === 0) continue;
    sections.push({
      id: definition.id,
      source: 'form',
      level: 1,
      title: section && hasText(section.title) ? section.title : definition.title,
      officialTitle: definition.title,
      runIn: false,
      paragraphs: section ? section.paragraphs.filter(hasText) : [],
      children: (section?.children ?? []).map((child) => subsection(child, 2)),
      tables: tables.map((table) => outlineTable(table, report)),
    });
  }
  for (const section of report.sections) if (!used.has(section)) sections.push(subsection(section, 1));
  for (const table of form.tables) {
    if (placed.has(table.id)) continue;
    sections.push({ id: table.sectionId, source: 'table', level: 1, title: table.title, runIn: false, paragraphs: [], children: [], tables: [outlineTable(table, report)] });
  }

  const diagnostics = [];
  const title = (id: string, known: boolean) => outlineLabel(locale, known ? 'cellsNotInForm' : 'tableNotInForm', { table: id });
  for (const extra of tablesNotInForm(report, form, title)) {
    const diagnostic = extra.formTable
      ? createDiagnostic(
          {
            code: 'render-cells-not-in-form',
            params: { table: extra.id, count: extra.cells.length, cells: cellNames(extra.formTable, extra.cells, locale), form: form.id },
            location: { table: extra.id, label: extra.formTable.title },
          },
          { locale },
        )
      : createDiagnostic({ code: 'render-table-not-in-form', params: { table: extra.id, form: form.id }, location: { table: extra.id } }, { locale });
    diagnostics.push(diagnostic);
    sections.push({
      id: extra.id,
      source: 'notInForm',
      level: 1,
      title: extra.definition.title,
      runIn: false,
      paragraphs: [],
      children: [],
      tables: [outlineTable(extra.definition, report, false)],
      notice: diagnostic.message,
    });
  }

  return {
    title: options.title ?? reportTitle(report),
    preface: (report.preface ?? []).filter(hasText),
    sections,
    diagnostics,
  };
}
