/// <reference path="../types/pdfkit.d.ts" />
import type PDFDocument from 'pdfkit';
import type { DiagnosticLocation } from '@report/core';
import type { FontFace } from '../fonts/font-face.js';
import type { FontRole } from '../fonts/font-roles.js';
import { sharedFontToken } from '../fonts/shared-font-format.js';
import type { ResolvedFonts } from '../fonts/resolve-fonts.js';
import type { BrokenLine } from '../layout/break-lines.js';
import type { GlyphResolver } from '../text/glyph-resolver.js';
import type { PageGeometry } from './page-geometry.js';

export type PageNumberPosition = 'alternate' | 'center';

/** Share of the em above the baseline for CJK faces (the ideographic em box sits 0.12 em below it). */
const ascentShare = 0.88;

/**
 * Pages and the pen: keeps the cursor in the type area, opens pages with their page number,
 * and draws lines of text run by run in the face that has each character.
 */
export class PdfWriter {
  page = 0;
  /** Top of the next line, in points from the top of the page. */
  y = 0;
  private pageOpen = false;
  private readonly faceIds = new Map<FontFace, string>();

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: ResolvedFonts,
    readonly glyphs: GlyphResolver,
    readonly geometry: PageGeometry,
    private readonly pageNumbers: PageNumberPosition,
    /** Printed at the head of every page (top right, above the type area), e.g. `未通过审核`. */
    private readonly mark?: string,
  ) {
    fonts.distinct.forEach((face, index) => {
      const id = `CJK${index + 1}`;
      this.faceIds.set(face, id);
      doc.registerFont(id, sharedFontToken(face.font));
      try {
        doc.font(id);
      } catch {
        // This pdfkit cannot take the parsed face: let it parse the bytes itself.
        doc.registerFont(id, face.bytes, face.collectionFace);
      }
    });
  }

  get top(): number {
    return this.geometry.top;
  }

  get bottom(): number {
    return this.geometry.top + this.geometry.height;
  }

  get left(): number {
    return this.geometry.left;
  }

  get width(): number {
    return this.geometry.width;
  }

  face(role: FontRole): FontFace {
    return this.fonts.faces[role];
  }

  measure(role: FontRole, size: number): (character: string) => number {
    return this.glyphs.measure(this.face(role), size);
  }

  /** Starts a page (after finishing the one before). */
  newPage(): void {
    this.finishPage();
    this.doc.addPage({ size: [this.geometry.pageWidth, this.geometry.pageHeight], margin: 0 });
    this.page += 1;
    this.pageOpen = true;
    this.y = this.top;
  }

  /**
   * Prints the open page's number — `— 1 —`, 4号 宋体, 7 mm under the type area — last, so that
   * text read in drawing order (copying, screen readers) runs on across pages.
   */
  finishPage(): void {
    if (!this.pageOpen) return;
    this.pageOpen = false;
    const text = `— ${this.page} —`;
    const size = this.geometry.pageNumberSize;
    const face = this.face('table');
    const width = Array.from(text).reduce((sum, character) => sum + this.glyphs.advance(face, character) * size, 0);
    let x: number;
    if (this.pageNumbers === 'center') x = this.left + (this.width - width) / 2;
    // GB/T 9704 7.5: odd pages on the right, even pages on the left, one character in from the edge.
    else if (this.page % 2 === 1) x = this.left + this.width - size - width;
    else x = this.left + size;
    const baseline = this.bottom + this.geometry.pageNumberGap + size * 0.72;
    this.drawText(text, face, size, x, baseline, 0, { path: 'pageNumber' });
    if (this.mark) {
      const markFace = this.face('heading');
      const markSize = 16;
      const markWidth = Array.from(this.mark).reduce((sum, character) => sum + this.glyphs.advance(markFace, character) * markSize, 0);
      this.doc.fillColor('#c00000');
      this.drawText(this.mark, markFace, markSize, this.left + this.width - markWidth, this.top - 8 * (72 / 25.4), 0, { path: 'mark' });
      this.doc.fillColor('black');
    }
  }

  /** Moves to a new page unless `height` still fits below the cursor (or the page is empty). */
  ensureSpace(height: number): void {
    if (this.y + height > this.bottom + 0.01 && this.y > this.top + 0.01) this.newPage();
  }

  /** Baseline of a line of text of `size` set in a line box of `pitch` starting at `top`. */
  baseline(top: number, pitch: number, size: number): number {
    return top + (pitch - size) / 2 + ascentShare * size;
  }

  /** Draws a string at a baseline, run by run in the face that has each character. */
  drawText(text: string, face: FontFace, size: number, x: number, baseline: number, characterSpacing: number, location: DiagnosticLocation): void {
    let pen = x;
    for (const run of this.glyphs.runs(text, face, location)) {
      this.doc
        .font(this.faceIds.get(run.face)!)
        .fontSize(size)
        .text(run.text, pen, baseline, { lineBreak: false, baseline: 'alphabetic', characterSpacing });
      pen += run.width * size + characterSpacing * Array.from(run.text).length;
    }
  }

  /**
   * Draws one broken line: aligned, or justified by spreading the spare width between characters
   * (a squeezed line gets a little less than nothing), the last line of a paragraph left as is.
   */
  drawLine(line: BrokenLine, options: { face: FontFace; size: number; x: number; baseline: number; align: 'justify' | 'left' | 'center' | 'right'; location: DiagnosticLocation }): void {
    const { face, size, baseline, location } = options;
    let x = options.x;
    let spacing = 0;
    const gaps = Array.from(line.text).length - 1;
    if (options.align === 'justify' && gaps > 0 && (!line.last || line.width > line.available)) {
      spacing = (line.available - line.width) / gaps;
      if (spacing > size * 0.25) spacing = 0;
    } else if (options.align === 'center') x += (line.available - line.width) / 2;
    else if (options.align === 'right') x += line.available - line.width;
    this.drawText(line.text, face, size, x, baseline, spacing, location);
  }
}
