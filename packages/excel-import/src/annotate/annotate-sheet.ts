import { inputLimits, shortenText } from '@report/core/plugin';
import { mergeComments, mergeNoteDrawing, usedDrawingBlocks, type CellComment } from './comments.js';
import { CONTENT_TYPE, RELATIONSHIP_TYPE, type PackageParts } from './package-parts.js';
import type { CellProblems, SheetTarget } from './plan.js';
import { restyleEdits } from './restyle-cells.js';
import type { StyleSheet } from './styles.js';
import type { AnnotationTexts } from './texts.js';
import { applyEdits, getAttribute, relationshipIdAttribute, rootAndChildren, type TextEdit } from './xml-edit.js';

/** Worksheet children that come after `legacyDrawing` in the schema (controls and OLE objects sit in `mc:AlternateContent`). */
const AFTER_LEGACY_DRAWING = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst', 'AlternateContent']);

/** A cell's comment: each problem with its severity, message and how to fix it, bounded in length. */
export function commentText(problems: CellProblems, texts: AnnotationTexts): string {
  const limit = inputLimits.maxTextLength.paragraph;
  const parts = problems.diagnostics.map((diagnostic) => {
    const message = `【${texts.severity[diagnostic.severity]}】${shortenText(diagnostic.message, limit)}`;
    return diagnostic.help ? `${message}\n${texts.fixLabel}：${shortenText(diagnostic.help, limit)}` : message;
  });
  return shortenText(parts.join('\n\n'), limit);
}

/** The sheet's comments part and its legacy drawing: the existing ones (found through the sheet's relationships) or new ones. */
function commentParts(parts: PackageParts, sheet: SheetTarget, legacyDrawingId: string | undefined) {
  const relations = parts.relationships(sheet.path);
  const commentsRelation = relations.find((relation) => relation.type === RELATIONSHIP_TYPE.comments);
  const comments = commentsRelation ? parts.target(sheet.path, commentsRelation.id) : undefined;
  const drawing = legacyDrawingId ? parts.target(sheet.path, legacyDrawingId) : undefined;
  return { comments: comments && parts.has(comments) ? comments : undefined, drawing: drawing && parts.has(drawing) ? drawing : undefined };
}

/**
 * Marks the problem cells of one sheet: each gets a copy of its format with the highlight fill, and a
 * comment (with the note drawing Excel and LibreOffice show it by). Nothing else of the sheet changes:
 * values, formulas, other formats, merges, validations and the township's own comments stay as they are.
 */
export function annotateSheet(parts: PackageParts, sheet: SheetTarget, cells: readonly CellProblems[], styles: StyleSheet, texts: AnnotationTexts): void {
  const xml = parts.text(sheet.path)!;
  const { root, children } = rootAndChildren(xml);
  const child = (name: string) => children.find((element) => element.local === name);
  const sheetData = child('sheetData');
  if (!sheetData) throw new Error(`${sheet.path} has no sheetData`);
  const edits: TextEdit[] = restyleEdits(
    xml,
    sheetData,
    child('cols'),
    cells.map((cell) => ({ row: cell.row, column: cell.column, restyle: (style: number) => styles.highlight(style, cell.severity) })),
  );

  const legacy = child('legacyDrawing');
  const legacyTag = legacy ? xml.slice(legacy.start, legacy.tagEnd) : undefined;
  const legacyId = legacyTag ? (getAttribute(legacyTag, 'r:id') ?? /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(legacyTag)?.[1]) : undefined;
  const existing = commentParts(parts, sheet, legacyId);
  const comments: CellComment[] = cells.map((cell) => ({ row: cell.row, column: cell.column, text: commentText(cell, texts) }));

  const commentsPath = existing.comments ?? parts.freeName((n) => `xl/comments${n}.xml`);
  parts.setText(commentsPath, mergeComments(existing.comments ? parts.text(existing.comments) : undefined, comments, texts.author));
  if (!existing.comments) {
    parts.addRelationship(sheet.path, RELATIONSHIP_TYPE.comments, commentsPath);
    parts.declareContentType({ part: commentsPath }, CONTENT_TYPE.comments);
  }

  const drawingXml = existing.drawing ? parts.text(existing.drawing) : undefined;
  const shaped = comments.filter((comment) => !existingShape(drawingXml ?? '', comment));
  const vmlNames = parts.names().filter((name) => name.toLowerCase().endsWith('.vml'));
  const block = Math.max(0, ...usedDrawingBlocks(vmlNames.map((name) => parts.text(name)!))) + 1;
  const drawingPath = existing.drawing ?? parts.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
  parts.setText(drawingPath, mergeNoteDrawing(drawingXml, shaped, block));
  parts.declareContentType({ extension: 'vml' }, CONTENT_TYPE.vml);
  if (!existing.drawing) {
    const id = parts.addRelationship(sheet.path, RELATIONSHIP_TYPE.vmlDrawing, drawingPath);
    const p = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
    const element = `<${p}legacyDrawing ${relationshipIdAttribute(xml.slice(root.start, root.tagEnd), id)}/>`;
    if (legacy) edits.push({ start: legacy.start, end: legacy.end, text: element });
    else {
      const next = children.find((candidate) => candidate.start > sheetData.start && AFTER_LEGACY_DRAWING.has(candidate.local));
      const at = next ? next.start : xml.lastIndexOf('</', root.end - 1);
      edits.push({ start: at, end: at, text: element });
    }
  }
  parts.setText(sheet.path, applyEdits(xml, edits));
}

/** Whether the drawing already has a note shape on the comment's cell. */
function existingShape(drawing: string, comment: CellComment): boolean {
  if (!drawing) return false;
  const pattern = /<x:Row>(\d+)<\/x:Row>\s*<x:Column>(\d+)<\/x:Column>/g;
  for (const match of drawing.matchAll(pattern)) if (Number(match[1]) === comment.row && Number(match[2]) === comment.column) return true;
  return false;
}
