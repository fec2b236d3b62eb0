import { detectContainer } from '../container/detect-container.js';
import { ZipReadError } from '../container/zip.js';
import { formatBytes, type ReadLimits } from '../limits.js';
import { CellLimitError } from '../xlsx/parse-sheet.js';
import { openWorkbookPackage, type WorkbookPackage } from '../xlsx/workbook-package.js';
import type { DiagnosticSink } from './diagnostic-sink.js';

/**
 * Opens the bytes as an .xlsx package, or adds the one diagnostic that says what the file is
 * instead (and what to do) and returns undefined.
 */
export function openWorkbook(bytes: Uint8Array, limits: ReadLimits, sink: DiagnosticSink): WorkbookPackage | undefined {
  const container = detectContainer(bytes, sink.file, limits, sink.locale);
  if (!container.ok) {
    sink.add(container.code, container.params);
    return undefined;
  }
  return guard(sink, limits, () => openWorkbookPackage(container.zip, { remaining: limits.maxUncompressedBytes }, { remaining: limits.maxCells }));
}

/**
 * Runs a step of reading, turning what an unreadable package throws (a damaged zip, a zip bomb,
 * too many cells, malformed XML) into a diagnostic. Returns undefined when it failed.
 */
export function guard<T>(sink: DiagnosticSink, limits: ReadLimits, step: () => T): T | undefined {
  try {
    return step();
  } catch (error) {
    if (error instanceof ZipReadError) {
      if (error.problem === 'too-large') sink.add('import-zip-bomb', { file: sink.file, limit: formatBytes(limits.maxUncompressedBytes) });
      else if (error.problem === 'encrypted-entry') sink.add('import-encrypted', { file: sink.file });
      else sink.add('import-corrupt', { file: sink.file, detail: error.message });
    } else if (error instanceof CellLimitError) {
      sink.add('import-too-many-cells', { file: sink.file, limit: limits.maxCells });
    } else {
      sink.add('import-corrupt', { file: sink.file, detail: error instanceof Error ? error.message : String(error) });
    }
    return undefined;
  }
}
