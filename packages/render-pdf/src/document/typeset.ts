import type { DiagnosticLocation } from '@report/core';
import type { Block, ParagraphStyle } from '../content/blocks.js';
import { breakBalanced, breakLines, naturalWidth, type BrokenLine } from '../layout/break-lines.js';
import type { PrintTable } from '../layout/print-table.js';
import { measureTable, type TableMetrics } from '../layout/table-metrics.js';
import type { FontRole } from '../fonts/font-roles.js';
import { chartLeadHeight, drawChart } from './draw-chart.js';
import { drawTable, planTable } from './draw-table.js';
import type { PdfWriter } from './pdf-writer.js';

const headingRoles: Record<number, FontRole> = { 1: 'heading', 2: 'subheading' };

/**
 * A first-level section is *short* when it takes at most this many body lines, its heading
 * included (under a quarter of the 22-line page). Such a section is never left alone on the last
 * page before a page break or the end: the section before it goes over with it.
 */
export const shortSectionLines = 5;

/** The draft's band: shaded, with a rule on its left, reaching this far into the margin. */
const draftBandOutset = 6;

/**
 * Splits a title that must wrap before its year, the way titles are set by hand
 * (`某某县人民政府办公室` / `2023年政府信息公开工作年度报告`), when both parts fit a line.
 */
function titleParts(text: string): string[] {
  const parts = text.match(/^(.+?)((?:19|20)\d{2}年.+)$/);
  return parts ? [parts[1], parts[2]] : [text];
}

interface LineStyle {
  role: FontRole;
  size: number;
  pitch: number;
  /** First-line indent, in characters of `size`. */
  indent: number;
  /** Set on the draft's shaded band. */
  band?: boolean;
}

/** Typesets the blocks page after page in GB/T 9704 style. */
export function typeset(writer: PdfWriter, blocks: readonly Block[]): void {
  const { geometry } = writer;
  const pageRoom = writer.bottom - writer.top;
  const tables = new Map<PrintTable, TableMetrics>();
  const metricsOf = (table: PrintTable) => {
    let metrics = tables.get(table);
    if (!metrics) {
      metrics = measureTable(table, writer.width, (role, size) => writer.measure(role, size), [geometry.tableSize, geometry.tableSmallSize], geometry.tableLineHeight);
      tables.set(table, metrics);
    }
    return metrics;
  };

  const paragraphStyle = (style: ParagraphStyle | undefined): LineStyle => {
    switch (style) {
      case 'small':
        return { role: 'table', size: geometry.tableSize, pitch: geometry.tableSize * 1.6, indent: 0 };
      case 'draft':
        return { role: 'subheading', size: geometry.bodySize, pitch: geometry.bodyPitch, indent: 2, band: true };
      case 'draftHeading':
        return { role: 'heading', size: geometry.bodySize, pitch: geometry.bodyPitch, indent: 2, band: true };
      default:
        return { role: 'body', size: geometry.bodySize, pitch: geometry.bodyPitch, indent: 2 };
    }
  };
  const headingStyle = (level: number): LineStyle => ({ role: headingRoles[level] ?? 'body', size: geometry.bodySize, pitch: geometry.bodyPitch, indent: 2 });
  const noteStyle: LineStyle = { role: 'table', size: geometry.tableSize, pitch: geometry.tableSize * 1.9, indent: 0, band: true };

  const linesOf = (text: string, style: LineStyle, firstLineIndent = style.indent * style.size) =>
    breakLines(text, { width: writer.width, firstLineIndent, measure: writer.measure(style.role, style.size), squeeze: style.indent > 0 ? style.size * 0.5 : 0 });

  /** Width of the draft note's badge box. */
  const badgeWidth = (badge: string) => naturalWidth(badge, writer.measure('heading', noteStyle.size)) + noteStyle.size;

  /** Height of a text block (heading, paragraph, note); undefined for anything else. */
  const textHeight = (block: Block): number | undefined => {
    switch (block.kind) {
      case 'heading': {
        const style = headingStyle(block.level);
        return linesOf(block.text, style).length * style.pitch;
      }
      case 'paragraph': {
        const style = paragraphStyle(block.style);
        return linesOf(block.text, style).length * style.pitch;
      }
      case 'draftNote':
        return linesOf(block.text, noteStyle, badgeWidth(block.badge) + noteStyle.size * 0.5).length * noteStyle.pitch;
      default:
        return undefined;
    }
  };

  /** Room the blocks from `index` on need at the foot of a page (with `room` left) so that a heading before them is not left alone. */
  const leadHeight = (index: number, room: number): number => {
    const block = blocks[index];
    if (!block) return 0;
    switch (block.kind) {
      case 'heading': {
        const own = textHeight(block)!;
        return own + leadHeight(index + 1, room - own);
      }
      case 'paragraph':
      case 'draftNote':
        return paragraphStyle(block.kind === 'paragraph' ? block.style : 'small').pitch;
      case 'table': {
        // As drawTable will place it: the part on this page, or the whole table when it goes to the next one.
        const gap = geometry.bodyPitch * 0.25;
        return planTable(block.table, metricsOf(block.table), room - gap, pageRoom).firstHeight + gap;
      }
      case 'chart':
        return chartLeadHeight(block.chart);
      default:
        return 0;
    }
  };

  /**
   * The first-level section starting at `index`: where it ends, its height when it is text only
   * (headings, paragraphs, notes), and whether a page break or the end of the document follows it.
   */
  const sectionAt = (index: number) => {
    let end = index + 1;
    while (end < blocks.length && blocks[end].kind !== 'pageBreak' && !(blocks[end].kind === 'heading' && (blocks[end] as { level: number }).level === 1)) end++;
    let height: number | undefined = 0;
    for (let position = index; position < end && height !== undefined; position++) {
      const own = textHeight(blocks[position]);
      height = own === undefined ? undefined : height + own;
    }
    return { end, height, last: end >= blocks.length || blocks[end].kind === 'pageBreak' };
  };

  /**
   * Whether the section starting at `index` should start a new page so that the short section
   * after it, the last before a page break or the end, is not left alone on a page: this one fits
   * the room left, the two together do not, and they fit a page together.
   */
  const carriesShortLastSection = (index: number): boolean => {
    const block = blocks[index];
    if (block.kind !== 'heading' || block.level !== 1) return false;
    const current = sectionAt(index);
    if (current.last || current.height === undefined) return false;
    const next = sectionAt(current.end);
    if (!next.last || next.height === undefined || next.height > shortSectionLines * geometry.bodyPitch + 0.01) return false;
    const room = writer.bottom - writer.y;
    return current.height <= room + 0.01 && current.height + next.height > room + 0.01 && current.height + next.height <= pageRoom + 0.01;
  };

  /** The draft's band beside a line: light shading and a rule on the left. */
  const band = (top: number, height: number) => {
    const x = writer.left - draftBandOutset;
    writer.doc.rect(x, top, writer.width + 2 * draftBandOutset, height).fill('#ececec');
    writer.doc.rect(x, top, 2.2, height).fill('#000000');
    writer.doc.fillColor('#000000');
  };

  /** Sets broken lines from the cursor down; `before` draws what goes under a line's text (after its band). */
  const setLines = (lines: BrokenLine[], style: LineStyle, align: 'justify' | 'center', location: DiagnosticLocation, firstLineIndent = style.indent * style.size, before?: (index: number) => void) => {
    const { size, pitch } = style;
    lines.forEach((line, index) => {
      // Widow control: a paragraph's last two lines stay together, so no page starts with its lone last line.
      writer.ensureSpace(align === 'justify' && lines.length - index === 2 ? pitch * 2 : pitch);
      if (style.band) band(writer.y, pitch);
      before?.(index);
      const x = writer.left + (index === 0 && align !== 'center' ? firstLineIndent : 0);
      writer.drawLine(line, { face: writer.face(style.role), size, x, baseline: writer.baseline(writer.y, pitch, size), align, location });
      writer.y += pitch;
    });
  };

  /** The boxed badge (`草稿`) on the first line, then what the generated text is, on the draft's band. */
  const setDraftNote = (block: Extract<Block, { kind: 'draftNote' }>, index: number) => {
    const width = badgeWidth(block.badge);
    const indent = width + noteStyle.size * 0.5;
    const lines = linesOf(block.text, noteStyle, indent);
    writer.ensureSpace(noteStyle.pitch * lines.length + leadHeight(index + 1, writer.bottom - writer.y - noteStyle.pitch * lines.length));
    const badge = (line: number) => {
      if (line !== 0) return;
      const top = writer.y;
      const boxTop = top + noteStyle.pitch * 0.12;
      const boxHeight = noteStyle.pitch * 0.76;
      writer.doc.rect(writer.left, boxTop, width, boxHeight).fill('#ffffff');
      writer.doc.rect(writer.left, boxTop, width, boxHeight).lineWidth(1.2).strokeColor('#000000').stroke();
      writer.doc.fillColor('#000000');
      writer.drawText(block.badge, writer.face('heading'), noteStyle.size, writer.left + noteStyle.size / 2, writer.baseline(top, noteStyle.pitch, noteStyle.size), 0, block.location);
    };
    setLines(lines, noteStyle, 'justify', block.location, indent, badge);
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
        const style = { role: 'title', size, pitch: geometry.titlePitch, indent: 0 } satisfies LineStyle;
        setLines(lines.map((line) => ({ ...line, last: true, available: writer.width })), style, 'center', { path: 'title' });
        writer.y += geometry.bodyPitch;
        break;
      }
      case 'heading': {
        const style = headingStyle(block.level);
        const lines = linesOf(block.text, style);
        const own = style.pitch * lines.length;
        if (carriesShortLastSection(index)) writer.newPage();
        writer.ensureSpace(own + leadHeight(index + 1, writer.bottom - writer.y - own));
        setLines(lines, style, 'justify', block.location);
        break;
      }
      case 'paragraph': {
        const style = paragraphStyle(block.style);
        const lines = linesOf(block.text, style);
        if (style.indent === 0 || block.style === 'draftHeading') writer.ensureSpace(style.pitch * lines.length + leadHeight(index + 1, writer.bottom - writer.y - style.pitch * lines.length));
        setLines(lines, style, 'justify', block.location);
        break;
      }
      case 'draftNote':
        setDraftNote(block, index);
        break;
      case 'table': {
        const metrics = metricsOf(block.table);
        writer.y += geometry.bodyPitch * 0.25;
        drawTable(writer, block.table, metrics);
        const noteStyle = paragraphStyle('small');
        for (const note of block.table.notes ?? []) setLines(linesOf(note, noteStyle), noteStyle, 'justify', block.table.location);
        writer.y += geometry.bodyPitch * 0.5;
        break;
      }
      case 'chart':
        writer.y += geometry.bodyPitch * 0.25;
        drawChart(writer, block.chart, block.location);
        writer.y += geometry.bodyPitch * 0.5;
        break;
      case 'pageBreak':
        if (writer.y > writer.top + 0.01) writer.newPage();
        break;
    }
  });
}
