import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createDiagnostic, importNarrativeText, type Diagnostic, type FormId, type Locale, type Pipeline, type Report } from '@report/core';
import { loadExcelImport } from './libraries.js';
import { sniffFileKind, type FileKind, type InputFile } from './inputs.js';

/** One input file after reading: the report it holds (if any) and every problem met reading it. */
export interface LoadedFile {
  input: InputFile;
  kind: FileKind;
  size: number;
  sha256?: string;
  report?: Report;
  /** Problems reading the file (not yet the checks of the report). */
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** The run's pipeline: its forms read workbooks, JSON and text; its catalog and messages word the problems. */
  pipeline: Pipeline;
  locale: Locale;
  /** For narrative text, which carries no year or organ in a machine-readable place. */
  year?: number;
  format?: FormId;
  organ?: string;
}

function withFile(diagnostics: readonly Diagnostic[], file: string): Diagnostic[] {
  return diagnostics.map((d) => (d.location.file ? d : { ...d, location: { ...d.location, file } }));
}

/**
 * Reads one file of any kind the toolkit knows (workbook, report JSON, narrative text) by content
 * and extension. Never throws: an unreadable, empty or unknown file comes back as a diagnostic, so a
 * bad file never stops a batch.
 */
export async function loadFile(input: InputFile, options: LoadOptions): Promise<LoadedFile> {
  const { pipeline } = options;
  const messageOptions = { locale: options.locale, catalog: pipeline.catalog, messages: pipeline.messages };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(input.path));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      input,
      kind: 'other',
      size: 0,
      diagnostics: [createDiagnostic({ code: 'file-unreadable', params: { file: input.name, reason }, location: { file: input.name } }, messageOptions)],
    };
  }
  const kind = sniffFileKind(input.name, bytes);
  const loaded: LoadedFile = { input, kind, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), diagnostics: [] };
  try {
    switch (kind) {
      case 'empty':
        loaded.diagnostics.push(createDiagnostic({ code: 'import-file-empty', params: { file: input.name }, location: { file: input.name } }, messageOptions));
        break;
      case 'workbook':
      case 'legacy-workbook':
      case 'other': {
        // The workbook reader knows every spreadsheet-like file (.xls, .et, .ods, .csv, HTML saved
        // as .xls…) and says what to do with each; anything else it reports as not a workbook.
        const { readWorkbook } = await loadExcelImport();
        const result = await readWorkbook(bytes, { ...messageOptions, fileName: input.name, forms: pipeline.forms, ...(options.year !== undefined ? { year: options.year } : {}) });
        loaded.report = result.report;
        loaded.diagnostics.push(...result.diagnostics);
        break;
      }
      case 'report-json': {
        const result = pipeline.parseReport(bytes, { file: input.name, locale: options.locale });
        loaded.report = result.report;
        loaded.diagnostics.push(...result.diagnostics);
        break;
      }
      case 'narrative': {
        const result = importNarrativeText(bytes, {
          ...messageOptions,
          file: input.name,
          ...(options.year !== undefined ? { year: options.year } : {}),
          form: pipeline.getForm(options.format ?? 'legacy'),
          ...(options.organ ? { organ: options.organ } : {}),
        });
        loaded.report = result.report;
        loaded.diagnostics.push(...result.diagnostics);
        break;
      }
    }
  } catch (error) {
    loaded.report = undefined;
    loaded.diagnostics.push(
      createDiagnostic({ code: 'file-unreadable', params: { file: input.name, reason: (error as Error).message }, location: { file: input.name } }, messageOptions),
    );
  }
  if (loaded.report && loaded.sha256) {
    loaded.report.sources ??= [{ file: input.name, sha256: loaded.sha256 }];
  }
  loaded.diagnostics = withFile(loaded.diagnostics, input.name);
  return loaded;
}
