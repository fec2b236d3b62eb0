import type { FormDefinition, ReportSection } from '@report/core';
import { parseCellAddress } from '../xlsx/cell-address.js';
import { getRawCell, type Sheet } from '../xlsx/sheet.js';
import type { SheetEntry, WorkbookPackage } from '../xlsx/workbook-package.js';
import { TEMPLATE_VERSION, type MetaKind, type MetaRow } from '../template/metadata.js';
import { tablePlacements, templateMap } from '../template/template-map.js';
import type { DiagnosticSink } from './diagnostic-sink.js';
import { matchKey } from './labels.js';
import { readPlacedCells, type CellPlacement } from './read-cells.js';
import type { WorkbookContent } from './workbook-content.js';

/** Why the template could not be read by its map; the workbook is then read by its labels. */
export interface TemplateFallback {
  fallback: true;
  year?: number;
}

/** The rows of the metadata sheet. */
export function metaRows(sheet: Sheet): MetaRow[] {
  const rows: MetaRow[] = [];
  for (let row = 0; row < sheet.rowCount; row++) {
    const text = (column: number) => getRawCell(sheet, row, column)?.value ?? '';
    const kind = text(0) as MetaKind;
    if (kind) rows.push({ kind, id: text(1), sheet: text(2), address: text(3), text: text(4) });
  }
  return rows;
}

function cellText(sheet: Sheet | undefined, address: string | undefined): string {
  const position = address ? parseCellAddress(address) : undefined;
  if (!sheet || !position) return '';
  return getRawCell(sheet, position.row, position.column)?.value?.trim() ?? '';
}

/** Paragraphs of a narrative cell: one per line, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * Reads a workbook made by `createTemplate` exactly, through the cell map in its very hidden
 * metadata sheet. Before trusting the map it checks every label cell the template wrote; a moved
 * or edited label, an unknown form or a newer template version makes it fall back to reading by
 * labels, with a warning saying why.
 */
export function readTemplate(
  workbook: WorkbookPackage,
  metaEntry: SheetEntry,
  forms: readonly FormDefinition[],
  sink: DiagnosticSink,
): WorkbookContent | TemplateFallback {
  const rows = metaRows(workbook.sheet(metaEntry));
  const byKind = new Map<MetaKind, MetaRow[]>();
  for (const row of rows) (byKind.get(row.kind) ?? byKind.set(row.kind, []).get(row.kind)!).push(row);
  const ofKind = (kind: MetaKind) => byKind.get(kind) ?? [];
  const value = (kind: MetaKind) => ofKind(kind)[0]?.id;
  const yearText = value('year');
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const version = Number(value('version') ?? '0');
  if (version > TEMPLATE_VERSION) {
    sink.add('import-template-newer', { version, supported: TEMPLATE_VERSION });
    return { fallback: true, year };
  }
  const formId = value('form') ?? '';
  const form = forms.find((candidate) => candidate.id === formId);
  if (!form) {
    sink.add('import-template-unknown-form', { format: formId });
    return { fallback: true, year };
  }
  const entries = new Map(workbook.sheets.map((entry) => [entry.name, entry]));
  const sheets = new Map<string, Sheet>();
  const sheetNamed = (name: string | undefined): Sheet | undefined => {
    if (!name) return undefined;
    if (!sheets.has(name)) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      sheets.set(name, workbook.sheet(entry));
    }
    return sheets.get(name);
  };
  const map = templateMap(form, tablePlacements(form, ofKind('table')));
  const check = (sheetName: string, row: number, column: number, address: string, text: string): boolean => {
    const sheet = sheetNamed(sheetName);
    const actual = sheet ? (getRawCell(sheet, row, column)?.value?.trim() ?? '') : '';
    if (actual === text || matchKey(actual) === matchKey(text)) return true;
    sink.add('import-template-modified', { sheet: sheetName, cell: address, expected: text }, { sheet: sheetName, cell: address }, { expected: text, actual });
    return false;
  };
  for (const row of ofKind('label')) {
    const position = parseCellAddress(row.address ?? '');
    if (!check(row.sheet ?? '', position?.row ?? -1, position?.column ?? -1, row.address ?? '', (row.text ?? '').trim())) return { fallback: true, year };
  }
  for (const label of map.labels) if (!check(label.sheet, label.row, label.column, label.address, label.text)) return { fallback: true, year };
  if (map.cells.length === 0 && form.tables.length > 0) {
    sink.add('import-template-modified', { sheet: metaEntry.name, cell: 'A1', expected: 'table' }, { sheet: metaEntry.name });
    return { fallback: true, year };
  }
  const placements: CellPlacement[] = [];
  for (const cell of map.cells) {
    const sheet = sheetNamed(cell.sheet);
    if (sheet) placements.push({ ref: cell.ref, sheet, row: cell.row, column: cell.column, address: cell.address });
  }
  const { tables, cellSources } = readPlacedCells(form, placements, sink);
  const field = (id: string) => {
    const row = ofKind('field').find((candidate) => candidate.id === id);
    return row ? cellText(sheetNamed(row.sheet), row.address) : '';
  };
  const sections: ReportSection[] = [];
  for (const section of form.sections) {
    const row = ofKind('section').find((candidate) => candidate.id === section.id);
    const sheet = sheetNamed(row?.sheet);
    const position = row?.address ? parseCellAddress(row.address) : undefined;
    const text = sheet && position ? (getRawCell(sheet, position.row, position.column)?.value ?? '') : '';
    sections.push({ id: section.id, title: section.title, paragraphs: paragraphsOf(text), children: [] });
  }
  const organ: WorkbookContent['organ'] = {};
  if (field('organ.name')) organ.name = field('organ.name');
  if (field('organ.level')) organ.levelText = field('organ.level');
  if (field('organ.creditCode')) organ.creditCode = field('organ.creditCode');
  if (field('organ.divisionCode')) organ.divisionCode = field('organ.divisionCode');
  const contact: WorkbookContent['contact'] = {};
  if (field('contact.person')) contact.person = field('contact.person');
  if (field('contact.phone')) contact.phone = field('contact.phone');
  return { form, year, organ, contact, tables, cellSources, sections, hasNarrative: true };
}
