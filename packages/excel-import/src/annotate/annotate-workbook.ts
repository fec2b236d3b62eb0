import { createDiagnostic, type Diagnostic, type MessageOptions } from '@report/core';
import { detectContainer } from '../container/detect-container.js';
import { ZipReadError } from '../container/zip.js';
import { formatBytes, resolveLimits, type ReadLimits } from '../limits.js';
import { pick } from '../locale.js';
import { parseRange, type CellRange } from '../xlsx/cell-address.js';
import { openWorkbookPackage } from '../xlsx/workbook-package.js';
import { annotateSheet } from './annotate-sheet.js';
import { freeSheetName, insertFirstSheet } from './insert-first-sheet.js';
import { CONTENT_TYPE, PackageParts, RELATIONSHIP_TYPE } from './package-parts.js';
import { planAnnotations, type SheetTarget } from './plan.js';
import { problemListSheet } from './problem-list-sheet.js';
import { DEFAULT_STYLESHEET, StyleSheet } from './styles.js';
import { annotationTexts } from './texts.js';

export interface AnnotateWorkbookOptions extends MessageOptions {
  /** The workbook's file name, for the list's title and the diagnostics (default: the problems' own, else `工作簿.xlsx`). */
  fileName?: string;
  /** Bounds on size and decompressed size, as for reading (see `ReadLimits`). */
  limits?: Partial<ReadLimits>;
}

export interface AnnotateWorkbookResult {
  /** The annotated copy; absent when the workbook could not be annotated (the diagnostics say why). */
  content?: Uint8Array;
  /** What annotating has to say: problems that could only be listed, or why there is no copy. */
  diagnostics: Diagnostic[];
}

function mergesOf(sheetXml: string): CellRange[] {
  return [...sheetXml.matchAll(/<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref\s*=\s*["']([^"']+)["']/g)].flatMap((match) => parseRange(match[1]) ?? []);
}

/** Why a package could not be annotated, in words. */
function failureReason(error: unknown, limits: ReadLimits, locale: MessageOptions['locale']): string {
  if (error instanceof ZipReadError) {
    if (error.problem === 'too-large') return pick(locale, `解压后超过 ${formatBytes(limits.maxUncompressedBytes)}`, `it expands beyond ${formatBytes(limits.maxUncompressedBytes)}`);
    if (error.problem === 'encrypted-entry') return pick(locale, '工作簿已加密', 'the workbook is encrypted');
  }
  const detail = error instanceof Error ? error.message : String(error);
  return pick(locale, `工作簿结构无法解析（${detail}）`, `the workbook's structure cannot be parsed (${detail})`);
}

/**
 * A copy of a township's own workbook with its problems written in: each problem cell gets a comment
 * (the message and how to fix it) and a highlight fill (its own format kept otherwise), and a new
 * first sheet lists every problem with a link to its cell. The OOXML package is edited in place —
 * values, formulas, formats, merged cells, validations, other sheets, the template's hidden metadata
 * and the township's own comments stay as they were — so the copy reads back as the same report.
 * Never throws: a file that is no .xlsx package (an .xls, .ods, CSV), or a damaged one, gives an
 * error diagnostic and no content.
 */
export async function annotateWorkbook(bytes: Uint8Array, diagnostics: readonly Diagnostic[], options: AnnotateWorkbookOptions = {}): Promise<AnnotateWorkbookResult> {
  const { fileName, limits: limitOptions, ...messageOptions } = options;
  const file = fileName ?? diagnostics.find((diagnostic) => diagnostic.location.file)?.location.file ?? pick(messageOptions.locale, '工作簿.xlsx', 'workbook.xlsx');
  const limits = resolveLimits(limitOptions);
  const failed = (reason: string): AnnotateWorkbookResult => ({
    diagnostics: [createDiagnostic({ code: 'annotate-workbook-failed', params: { file, reason }, location: { file } }, messageOptions)],
  });
  const container = detectContainer(bytes, file, limits, messageOptions.locale);
  if (!container.ok) return failed(createDiagnostic({ code: container.code, params: container.params, location: { file } }, messageOptions).message);
  try {
    const parts = new PackageParts(container.zip, { remaining: limits.maxUncompressedBytes });
    const workbook = openWorkbookPackage(container.zip, { remaining: limits.maxUncompressedBytes }, { remaining: 0 });
    const texts = annotationTexts(messageOptions.locale);
    const sheets: SheetTarget[] = workbook.sheets.flatMap((entry) => (entry.path && parts.has(entry.path) ? [{ name: entry.name, path: entry.path, merges: mergesOf(parts.text(entry.path)!) }] : []));
    const plan = planAnnotations(diagnostics, sheets);

    const stylesRelation = parts.relationships(workbook.path).find((relation) => relation.type === RELATIONSHIP_TYPE.styles);
    const existingStyles = stylesRelation ? parts.target(workbook.path, stylesRelation.id) : undefined;
    const stylesPath = existingStyles && parts.has(existingStyles) ? existingStyles : undefined;
    const styles = new StyleSheet((stylesPath && parts.text(stylesPath)) || DEFAULT_STYLESHEET);

    for (const sheet of sheets) {
      const cells = plan.cells.get(sheet.path);
      if (cells) annotateSheet(parts, sheet, [...cells.values()], styles, texts);
    }
    const listName = freeSheetName(texts.sheetName, workbook.sheets.map((entry) => entry.name));
    const list = problemListSheet(file, plan.listed, styles.listStyles(), texts);
    insertFirstSheet(parts, workbook.path, sheets.map((sheet) => sheet.path), listName, list);
    if (stylesPath) parts.setText(stylesPath, styles.toXml());
    else {
      const path = parts.freeName((n) => (n === 1 ? 'xl/styles.xml' : `xl/styles${n}.xml`));
      parts.setText(path, styles.toXml());
      parts.addRelationship(workbook.path, RELATIONSHIP_TYPE.styles, path);
      parts.declareContentType({ part: path }, CONTENT_TYPE.styles);
    }
    const notes =
      plan.unplaced > 0 ? [createDiagnostic({ code: 'annotate-problems-listed-only', params: { file, count: plan.unplaced, sheet: listName }, location: { file } }, messageOptions)] : [];
    return { content: parts.write(), diagnostics: notes };
  } catch (error) {
    return failed(failureReason(error, limits, messageOptions.locale));
  }
}
