import type { DiagnosticLocation } from '@report/core';
import type { Block } from '../content/blocks.js';
import { breakBalanced, breakLines, type BrokenLine } from '../layout/break-lines.js';
import type { PrintTable } from '../layout/print-table.js';
import { measureTable, type TableMetrics } from '../layout/table-metrics.js';
import type { FontRole } from '../fonts/font-roles.js';
import { drawTable, tableLeadHeight } from './draw-table.js';
import type { PdfWriter } from './pdf-writer.js';

const headingRoles: Record<number, FontRole> = { 1: 'heading', 2: 'subheading' };

/**
 * Splits a title that must wrap before its year, the way titles are set by hand
 * (`某某县人民政府办公室` / `2023年政府信息公开工作年度报告`), when both parts fit a line.
 */
function titleParts(text: string): string[] {
  const parts = text.match(/^(.+?)((?:19|20)\d{2}年.+)$/);
  return parts ? [parts[1], parts[2]] : [text];
}

/** Typesets the blocks page after page in GB/T 9704 style. */
export function typeset(writer: PdfWriter, blocks: readonly Block[]): void {
  const { geometry } = writer;
  const tables = new Map<PrintTable, TableMetrics>();
  const metricsOf = (table: PrintTable) => {
    let metrics = tables.get(table);
    if (!metrics) {
      metrics = measureTable(table, writer.width, (role, size) => writer.measure(role, size), [geometry.tableSize, geometry.tableSmallSize], geometry.tableLineHeight);
      tables.set(table, metrics);
    }
    return metrics;
  };

  const bodyLines = (text: string, role: FontRole, size: number, indent: number) =>
    breakLines(text, { width: writer.width, firstLineIndent: indent * size, measure: writer.measure(role, size), squeeze: size * 0.5 });

  /** Room a block needs at the foot of a page so that the heading before it is not left alone. */
  const leadHeight = (index: number): number => {
    const block = blocks[index];
    if (!block) return 0;
    switch (block.kind) {
      case 'heading':
        return geometry.bodyPitch * bodyLines(block.text, headingRoles[block.level] ?? 'body', geometry.bodySize, 2).length + leadHeight(index + 1);
      case 'paragraph':
        return block.small ? geometry.tableSize * 1.6 : geometry.bodyPitch;
      case 'table':
        return tableLeadHeight(block.table, metricsOf(block.table)) + geometry.bodyPitch * 0.25;
      default:
        return 0;
    }
  };

  const setLines = (lines: BrokenLine[], role: FontRole, size: number, pitch: number, indent: number, align: 'justify' | 'center', location: DiagnosticLocation) => {
    lines.forEach((line, index) => {
      // Widow control: a paragraph's last two lines stay together, so no page starts with its lone last line.
      writer.ensureSpace(align === 'justify' && lines.length - index === 2 ? pitch * 2 : pitch);
      const x = writer.left + (index === 0 && align !== 'center' ? indent * size : 0);
      writer.drawLine(line, { face: writer.face(role), size, x, baseline: writer.baseline(writer.y, pitch, size), align, location });
      writer.y += pitch;
    });
  };

  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'title': {
        const size = geometry.titleSize;
        const measure = writer.measure('title', size);
        const options = { width: writer.width, measure };
        let lines = breakBalanced(block.text, options);
        if (lines.length > 1) {
          const parts = titleParts(block.text).map((part) => breakBalanced(part, options));
          if (parts.length === 2 && parts.every((part) => part.length === 1)) lines = parts.flat();
        }
        setLines(lines.map((line) => ({ ...line, last: true, available: writer.width })), 'title', size, geometry.titlePitch, 0, 'center', { path: 'title' });
        writer.y += geometry.bodyPitch;
        break;
      }
      case 'heading': {
        const role = headingRoles[block.level] ?? 'body';
        const lines = bodyLines(block.text, role, geometry.bodySize, 2);
        writer.ensureSpace(geometry.bodyPitch * lines.length + leadHeight(index + 1));
        setLines(lines, role, geometry.bodySize, geometry.bodyPitch, 2, 'justify', block.location);
        break;
      }
      case 'paragraph': {
        if (block.small) {
          const size = geometry.tableSize;
          const lines = breakLines(block.text, { width: writer.width, measure: writer.measure('table', size) });
          writer.ensureSpace(size * 1.6 * lines.length + leadHeight(index + 1));
          setLines(lines, 'table', size, size * 1.6, 0, 'justify', block.location);
        } else setLines(bodyLines(block.text, 'body', geometry.bodySize, 2), 'body', geometry.bodySize, geometry.bodyPitch, 2, 'justify', block.location);
        break;
      }
      case 'table': {
        const metrics = metricsOf(block.table);
        writer.y += geometry.bodyPitch * 0.25;
        drawTable(writer, block.table, metrics);
        for (const note of block.table.notes ?? []) {
          const size = geometry.tableSize;
          setLines(breakLines(note, { width: writer.width, measure: writer.measure('table', size) }), 'table', size, size * 1.6, 0, 'justify', block.table.location);
        }
        writer.y += geometry.bodyPitch * 0.5;
        break;
      }
      case 'pageBreak':
        if (writer.y > writer.top + 0.01) writer.newPage();
        break;
    }
  });
}
