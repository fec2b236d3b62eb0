import { createDiagnostic, type Diagnostic, type DiagnosticLocation, type Locale } from '@report/core';
import type { FontFace } from '../fonts/font-face.js';

/** A piece of a line drawn with one face. */
export interface GlyphRun {
  face: FontFace;
  text: string;
  /** Width at 1 pt. */
  width: number;
}

interface Finding {
  code: 'render-missing-glyph' | 'render-glyph-substituted';
  face: FontFace;
  substitute?: FontFace;
  location: DiagnosticLocation;
  characters: Set<string>;
}

function locationKey(location: DiagnosticLocation): string {
  return JSON.stringify(location);
}

function codePointText(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Decides the face of every character before it is drawn. A character the role's face lacks is
 * drawn with the first other loaded face that has it (reported as `render-glyph-substituted`),
 * or, when no face has it, drawn as a missing-character mark (`□` or `〓`) and reported as `render-missing-glyph` with where it
 * occurs. Nothing is dropped silently.
 */
export class GlyphResolver {
  private readonly advances = new Map<FontFace, Map<number, number>>();
  private readonly choices = new Map<FontFace, Map<number, FontFace | null>>();
  private readonly findings = new Map<string, Finding>();

  constructor(private readonly faces: readonly FontFace[]) {}

  /** Width of a character at 1 pt, as it will be drawn. */
  advance(face: FontFace, character: string): number {
    const drawn = this.drawn(face, character);
    const codePoint = drawn.character.codePointAt(0)!;
    let table = this.advances.get(drawn.face);
    if (!table) {
      table = new Map();
      this.advances.set(drawn.face, table);
    }
    let width = table.get(codePoint);
    if (width === undefined) {
      width = drawn.face.font.glyphForCodePoint(codePoint).advanceWidth / drawn.face.font.unitsPerEm;
      table.set(codePoint, width);
    }
    return width;
  }

  /** A measuring function for line breaking: width of a character at `size`. */
  measure(face: FontFace, size: number): (character: string) => number {
    return (character) => this.advance(face, character) * size;
  }

  /** Splits a line into runs by the face that draws each character, recording gaps at `location`. */
  runs(text: string, face: FontFace, location: DiagnosticLocation): GlyphRun[] {
    const runs: GlyphRun[] = [];
    for (const character of Array.from(text)) {
      const chosen = this.choose(face, character.codePointAt(0)!);
      if (chosen === null) this.record('render-missing-glyph', face, undefined, character, location);
      else if (chosen !== face) this.record('render-glyph-substituted', face, chosen, character, location);
      const drawn = this.drawn(face, character);
      const width = this.advance(face, character);
      const last = runs[runs.length - 1];
      if (last && last.face === drawn.face) {
        last.text += drawn.character;
        last.width += width;
      } else runs.push({ face: drawn.face, text: drawn.character, width });
    }
    return runs;
  }

  /**
   * What is drawn for a character: itself in the face that has it, or — when no face has it — a
   * missing-character mark (`□`, else `〓`), as Chinese typesetting marks a 缺字, so the gap shows
   * on the page and in the text layer (a .notdef glyph copies as nothing, and may be blank).
   */
  private drawn(face: FontFace, character: string): { face: FontFace; character: string } {
    const chosen = this.choose(face, character.codePointAt(0)!);
    if (chosen) return { face: chosen, character };
    for (const mark of missingMarks) {
      const marker = this.choose(face, mark.codePointAt(0)!);
      if (marker) return { face: marker, character: mark };
    }
    return { face, character };
  }

  /** Every gap found so far, one diagnostic per face, substitute and place. */
  diagnostics(locale: Locale | undefined): Diagnostic[] {
    return [...this.findings.values()].map((finding) => {
      const characters = [...finding.characters];
      return createDiagnostic(
        {
          code: finding.code,
          params: {
            font: finding.face.name,
            characters: characters.join(''),
            codePoints: characters.map(codePointText).join(', '),
            ...(finding.substitute ? { substitute: finding.substitute.name } : {}),
          },
          location: finding.location,
        },
        { locale },
      );
    });
  }

  private choose(face: FontFace, codePoint: number): FontFace | null {
    let table = this.choices.get(face);
    if (!table) {
      table = new Map();
      this.choices.set(face, table);
    }
    let chosen = table.get(codePoint);
    if (chosen === undefined) {
      if (isInvisible(codePoint) || face.font.hasGlyphForCodePoint(codePoint)) chosen = face;
      else chosen = this.faces.find((other) => other !== face && other.font.hasGlyphForCodePoint(codePoint)) ?? null;
      table.set(codePoint, chosen);
    }
    return chosen;
  }

  private record(code: Finding['code'], face: FontFace, substitute: FontFace | undefined, character: string, location: DiagnosticLocation): void {
    const key = `${code}\u0000${face.name}\u0000${substitute?.name ?? ''}\u0000${locationKey(location)}`;
    let finding = this.findings.get(key);
    if (!finding) {
      finding = { code, face, substitute, location, characters: new Set() };
      this.findings.set(key, finding);
    }
    finding.characters.add(character);
  }
}

/** Drawn in place of a character no loaded face has: the white square, else the geta mark 〓 (GB 2312 has both). */
const missingMarks = ['□', '〓'];

/** Spaces need no glyph of their own to be right. */
function isInvisible(codePoint: number): boolean {
  return codePoint === 0x20 || codePoint === 0xa0 || codePoint === 0x3000;
}
