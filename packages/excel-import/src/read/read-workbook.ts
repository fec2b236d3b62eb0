import {
  availableForms,
  calendarYearPeriod,
  forms as builtInForms,
  formForYear,
  inferOrganLevel,
  organLevelLabels,
  parseOrganLevel,
  type Diagnostic,
  type FormDefinition,
  type MessageOptions,
  type Organ,
  type Report,
} from '@report/core';
import { resolveLimits, type ReadLimits } from '../limits.js';
import { META_SHEET } from '../template/metadata.js';
import { DiagnosticSink } from './diagnostic-sink.js';
import { guard, openWorkbook } from './open-workbook.js';
import { findIdentity, identityFromFileName } from './organ-identity.js';
import { readDriftedTables } from './drifted-tables.js';
import { readByLabels } from './read-by-labels.js';
import { readPlacedCells } from './read-cells.js';
import { readTemplate } from './read-template.js';
import { limitReportTexts, limitText, sha256Hex } from '@report/core/plugin';
import { indexSheet } from './sheet-index.js';
import type { WorkbookContent } from './workbook-content.js';

export interface ReadWorkbookOptions extends MessageOptions {
  /** Name of the file the bytes came from; every diagnostic and source names it. */
  fileName: string;
  /** The report year expected (e.g. the year being aggregated): used when the workbook states none, and checked against the one it states. */
  year?: number;
  /** Forms besides the built-in ones (plugins); a template made from one of them is read exactly. */
  forms?: readonly FormDefinition[];
  /** Bounds on size, decompressed size and cells (see ReadLimits). */
  limits?: Partial<ReadLimits>;
}

export interface ReadWorkbookResult {
  /** The report read, absent when the file could not be read as one (the diagnostics say why). */
  report?: Report;
  diagnostics: Diagnostic[];
  /** SHA-256 of the bytes, hex — also when no report could be read. */
  sha256: string;
  /** Contact person and phone from the template's cover. */
  contact?: { person?: string; phone?: string };
}

/**
 * The forms a workbook may be in: the plugin forms first (a plugin form that reads as well as a
 * built-in one wins), then every built-in form they do not replace. The reader tries each that has tables.
 */
function candidateForms(extra: readonly FormDefinition[] = []): FormDefinition[] {
  return [...extra, ...availableForms(extra).filter((form) => !extra.includes(form))];
}

function readContent(bytes: Uint8Array, options: ReadWorkbookOptions, sink: DiagnosticSink): WorkbookContent | undefined {
  const limits = resolveLimits(options.limits);
  const workbook = openWorkbook(bytes, limits, sink);
  if (!workbook) return undefined;
  return guard(sink, limits, () => {
    const forms = candidateForms(options.forms);
    const allForms = [...forms, ...Object.values(builtInForms)];
    let yearHint: number | undefined;
    const metaEntry = workbook.sheets.find((entry) => entry.name === META_SHEET);
    if (metaEntry) {
      const template = readTemplate(workbook, metaEntry, allForms, sink);
      if (!('fallback' in template)) return template;
      yearHint = template.year;
    }
    const indexes = workbook.sheets.filter((entry) => entry.name !== META_SHEET && !entry.problemList).map((entry) => indexSheet(workbook.sheet(entry)));
    const identity = findIdentity(indexes);
    const year = yearHint ?? identity.year ?? options.year ?? identityFromFileName(sink.file).year;
    const preferredFormId = year ? formForYear(year, availableForms(options.forms)) : undefined;
    const reading = readByLabels(indexes, forms, { ...(preferredFormId ? { preferredFormId } : {}), ...(year ? { year } : {}) }, sink);
    if (!reading) {
      sink.add('import-no-tables', { file: sink.file });
      return undefined;
    }
    const { tables, cellSources } = readPlacedCells(reading.form, reading.placements, sink);
    readDriftedTables(reading.form, reading.drifted, sink, tables, cellSources);
    const organ: WorkbookContent['organ'] = {};
    if (identity.organ) organ.name = identity.organ;
    if (identity.levelText) organ.levelText = identity.levelText;
    if (identity.creditCode) organ.creditCode = identity.creditCode;
    if (identity.divisionCode) organ.divisionCode = identity.divisionCode;
    return { form: reading.form, year: yearHint ?? identity.year, organ, tables, cellSources, sections: [], hasNarrative: false };
  });
}

/**
 * The organ's name, level and codes as read from the workbook, each held to core's text limit
 * (`text-too-long`): a cell holding megabytes of text is shortened here, before any message,
 * level guess or later stage sees it.
 */
function boundIdentity(content: WorkbookContent, sink: DiagnosticSink): void {
  const fields = [
    ['name', 'organName', 'organ.name'],
    ['levelText', 'short', 'organ.level'],
    ['creditCode', 'short', 'organ.creditCode'],
    ['divisionCode', 'short', 'organ.divisionCode'],
  ] as const;
  for (const [field, kind, path] of fields) {
    const value = content.organ[field];
    if (typeof value !== 'string') continue;
    const { text, diagnostic } = limitText(value, kind, path, { ...sink.messageOptions, file: sink.file });
    if (!diagnostic) continue;
    content.organ[field] = text;
    sink.diagnostics.push(diagnostic);
  }
  for (const field of ['person', 'phone'] as const) {
    const value = content.contact?.[field];
    if (typeof value !== 'string') continue;
    const { text, diagnostic } = limitText(value, 'short', `contact.${field}`, { ...sink.messageOptions, file: sink.file });
    if (!diagnostic) continue;
    content.contact![field] = text;
    sink.diagnostics.push(diagnostic);
  }
}

/**
 * Reads a township's workbook into a report: the template exactly, or any workbook holding the
 * official tables (found by their labels wherever they are). Input that is not a readable .xlsx
 * yields one diagnostic saying what it is and what to do; nothing throws and nothing hangs.
 * Every cell read carries its source (file, sheet, A1 cell) and the report its file's SHA-256.
 */
export async function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions): Promise<ReadWorkbookResult> {
  const sink = new DiagnosticSink(options.fileName, options);
  // The digest runs off the main thread while the workbook is parsed.
  const digest = sha256Hex(bytes);
  const content = readContent(bytes, options, sink);
  const sha256 = await digest;
  if (!content) return { diagnostics: sink.diagnostics, sha256 };

  boundIdentity(content, sink);
  const fromName = identityFromFileName(sink.file);
  let year = content.year;
  if (year !== undefined && options.year !== undefined && year !== options.year) {
    sink.add('import-year-conflict', { found: year, expected: options.year, used: year }, {}, { expected: options.year, actual: year });
  }
  year ??= options.year ?? fromName.year;
  let name = content.organ.name?.trim();
  if (!name && fromName.organ) {
    name = fromName.organ;
    sink.add('import-organ-from-file-name', { organ: name });
  }
  if (year === undefined) sink.add('import-year-missing', { file: sink.file });
  if (!name) sink.add('import-organ-missing', { file: sink.file });
  if (year === undefined || !name) return { diagnostics: sink.diagnostics, sha256 };

  const label = (level: Organ['level']) => (sink.locale === 'en' ? organLevelLabels[level].en : organLevelLabels[level].zh);
  let level: Organ['level'];
  if (content.organ.levelText) {
    const parsed = parseOrganLevel(content.organ.levelText);
    level = parsed ?? 'other';
    if (!parsed) sink.add('import-level-unknown', { value: content.organ.levelText, used: label(level) });
  } else {
    level = inferOrganLevel(name);
    sink.add('import-level-guessed', { organ: name, level: label(level) });
  }
  const organ: Organ = { name, level };
  if (content.organ.creditCode) organ.creditCode = content.organ.creditCode.replace(/\s+/g, '').toUpperCase();
  if (content.organ.divisionCode) organ.divisionCode = content.organ.divisionCode.replace(/\s+/g, '');
  if (!content.hasNarrative) sink.add('import-narrative-not-found', { file: sink.file });

  const report: Report = {
    schema: 'report/v1',
    format: content.form.id,
    year,
    organ,
    period: calendarYearPeriod(year),
    tables: content.tables,
    sections: content.sections,
    sources: [{ file: sink.file, sha256 }],
    cellSources: content.cellSources,
  };
  // Narrative read from the workbook, sheet names in cell sources: every text of the report bounded.
  sink.diagnostics.push(...limitReportTexts(report, { ...sink.messageOptions, file: sink.file }));
  const result: ReadWorkbookResult = { report, diagnostics: sink.diagnostics, sha256 };
  if (content.contact && (content.contact.person || content.contact.phone)) result.contact = content.contact;
  return result;
}
