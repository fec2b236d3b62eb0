import { definePlugin, type Annotator, type Importer, type Renderer, type TemplateWriter } from '@report/core/plugin';

/**
 * The package itself, loaded when the plugin first reads or writes a workbook: a pipeline that
 * never touches Excel (checking report JSON) never loads exceljs.
 */
const load = () => import('@report/excel-import');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const compoundMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Zip and compound files that are documents, not workbooks: the reader still says what they are (fallback). */
const documentEndings = new Set(['.docx', '.pptx', '.odt', '.odp', '.zip', '.wps', '.ofd', '.doc']);
const workbookEndings = ['.xlsx', '.xlsm', '.xls', '.et', '.ett', '.xltx', '.ods'];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function ending(file: string | undefined): string {
  return file?.toLowerCase().match(/\.[^./\\]+$/)?.[0] ?? '';
}

/** Workbooks, by their bytes first: a `.xlsx` renamed `.json` is still read as the workbook it is. */
export function detectWorkbook(bytes: Uint8Array, file: string | undefined): number {
  const fileEnding = ending(file);
  if (startsWith(bytes, zipMagic) || startsWith(bytes, compoundMagic)) return documentEndings.has(fileEnding) ? 0 : 2;
  return workbookEndings.includes(fileEnding) ? 1 : 0;
}

const workbookImporter: Importer = {
  name: 'excel-workbook',
  extensions: workbookEndings,
  detect: detectWorkbook,
  // The reader knows every spreadsheet-like file (.xls, .et, .ods, .csv, HTML saved as .xls, .docx…)
  // and says what each is and what to do with it, so it reads what no other importer claims.
  fallback: true,
  async import(input, context) {
    const { readWorkbook } = await load();
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    const { report, diagnostics } = await readWorkbook(bytes, {
      fileName: context.file ?? '工作簿.xlsx',
      forms: context.forms,
      locale: context.locale,
      catalog: context.catalog,
      messages: context.messages,
      ...(context.year !== undefined ? { year: context.year } : {}),
      ...(context.options?.limits ? { limits: context.options.limits as object } : {}),
    });
    return report ? { report, diagnostics } : { diagnostics };
  },
};

const summaryRenderer: Renderer = {
  name: 'summary-xlsx',
  mediaType: XLSX,
  extension: '.xlsx',
  input: 'aggregate',
  async render(input, context) {
    const { writeSummaryWorkbook } = await load();
    const aggregate = input.aggregate!;
    // The workbook's problem list is the whole run's when the caller gives it (unreadable files, roster problems).
    return writeSummaryWorkbook(
      { ...aggregate, diagnostics: [...(input.diagnostics ?? aggregate.diagnostics)] },
      { locale: context.locale, forms: context.forms, ...(input.roster ? { roster: input.roster } : {}) },
    );
  },
};

const templateWriter: TemplateWriter = {
  name: 'xlsx',
  mediaType: XLSX,
  extension: '.xlsx',
  async write(request, context) {
    const { createTemplate } = await load();
    return createTemplate(context.form, {
      year: request.year,
      locale: context.locale,
      ...(request.organ ? { organ: request.organ } : {}),
      ...(request.contact ? { contact: request.contact } : {}),
    });
  },
};

/** Writes the problems back into a copy of a workbook the reader read (.xlsx; other kinds get a diagnostic saying so). */
const workbookAnnotator: Annotator = {
  name: 'excel-workbook',
  importer: workbookImporter.name,
  async annotate(input, diagnostics, context) {
    const { annotateWorkbook } = await load();
    return annotateWorkbook(input, diagnostics, {
      locale: context.locale,
      catalog: context.catalog,
      messages: context.messages,
      ...(context.file ? { fileName: context.file } : {}),
      ...(context.options?.limits ? { limits: context.options.limits as object } : {}),
    });
  },
};

/**
 * The Excel plugin: reads township workbooks (the template exactly, any workbook holding the official
 * tables by their labels, and a clear word on every other file), writes the blank template of any
 * form of the pipeline, and the county's summary workbook; writes a township's problems back into a
 * copy of its own workbook (`pipeline.annotate`). Uses the pipeline's forms, so a
 * province's extra tables and rows are templated, read and summed with no change here.
 */
export const excelPlugin = definePlugin(() => ({
  name: 'excel',
  importers: [workbookImporter],
  renderers: [summaryRenderer],
  templates: [templateWriter],
  annotators: [workbookAnnotator],
}));
