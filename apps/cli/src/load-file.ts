import { readFile } from 'node:fs/promises';
import { loadCountyFile, type Diagnostic, type FormId, type Locale, type Pipeline, type Report } from '@report/core';
import type { InputFile } from './inputs.js';

/** One input file after reading: the report it holds (if any) and every problem met reading it. */
export interface LoadedFile {
  input: InputFile;
  /** The pipeline's importer that read it (`excel-workbook`, `report-json`, `narrative-text`, a plugin's…). */
  importer?: string;
  size: number;
  sha256?: string;
  report?: Report;
  /** Problems reading the file (not yet the checks of the report). */
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** The run's pipeline: its importers read the file, with its forms, catalog and messages. */
  pipeline: Pipeline;
  locale: Locale;
  /** What the command knows about the input (narrative text carries no year or organ in a machine-readable place). */
  year?: number;
  format?: FormId;
  organ?: string;
}

/**
 * Reads one file from disk and hands its bytes to the pipeline (core's `loadCountyFile`, which the
 * county job uses too): the importer is picked by content, then the file name's ending, then the
 * workbook reader's word on anything else. Never throws: a file that cannot be read from disk, or
 * that no importer can read, comes back as a diagnostic, so a bad file never stops a batch.
 */
export async function loadFile(input: InputFile, options: LoadOptions): Promise<LoadedFile> {
  const { pipeline, locale, year, format, organ } = options;
  const file = { name: input.name, path: input.path, read: async () => new Uint8Array(await readFile(input.path)) };
  const loaded = await loadCountyFile({ pipeline, locale }, file, { ...(year !== undefined ? { year } : {}), ...(format ? { format } : {}), ...(organ ? { organ } : {}) });
  return { input, ...loaded };
}
