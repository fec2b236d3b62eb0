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
 * or, when no face has it, with the role's face anyway — it shows as an empty box — and reported
 * as `render-missing-glyph` with where it occurs. Nothing is dropped silently.
 */
export class GlyphResolver {
  private readonly advances = new Map<FontFace, Map<number, number>>();
  private readonly choices = new Map<FontFace, Map<number, FontFace | null>>();
  private readonly findings = new Map<string, Finding>();

  constructor(private readonly faces: readonly FontFace[]) {}

  /** Width of a character at 1 pt in the face that will draw it. */
  advance(face: FontFace, character: string): number {
    const codePoint = character.codePointAt(0)!;
    const drawing = this.choose(face, codePoint) ?? face;
    let table = this.advances.get(drawing);
    if (!table) {
      table = new Map();
      this.advances.set(drawing, table);
    }
    let width = table.get(codePoint);
    if (width === undefined) {
      width = drawing.font.glyphForCodePoint(codePoint).advanceWidth / drawing.font.unitsPerEm;
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
      const codePoint = character.codePointAt(0)!;
      const chosen = this.choose(face, codePoint);
      if (chosen === null) this.record('render-missing-glyph', face, undefined, character, location);
      else if (chosen !== face) this.record('render-glyph-substituted', face, chosen, character, location);
      const drawing = chosen ?? face;
      const width = this.advance(face, character);
      const last = runs[runs.length - 1];
      if (last && last.face === drawing) {
        last.text += character;
        last.width += width;
      } else runs.push({ face: drawing, text: character, width });
    }
    return runs;
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

/** Spaces need no glyph of their own to be right. */
function isInvisible(codePoint: number): boolean {
  return codePoint === 0x20 || codePoint === 0xa0 || codePoint === 0x3000;
}
