/// <reference path="../types/fontkit.d.ts" />
import { create, type Font, type FontCollection } from 'fontkit';
import { rememberFontSource } from './subset/font-program.js';
import { isWoff, isWoff2, woffToSfnt } from './woff.js';

/** A face parsed from font bytes. */
export interface ParsedFont {
  /** sfnt or collection bytes, ready for pdfkit. */
  bytes: Uint8Array;
  font: Font;
  postscriptName: string;
  /** For a collection: the PostScript name of the chosen face. */
  collectionFace?: string;
}

/** Thrown (and turned into `render-font-unreadable`) when bytes are not a usable font. */
export class FontReadError extends Error {}

function comparable(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function isCollection(value: Font | FontCollection): value is FontCollection {
  return Array.isArray((value as FontCollection).fonts);
}

/**
 * Parses font bytes: TTF, OTF, a collection (TTC, face chosen by PostScript name, else the first
 * Simplified Chinese face, else the first) or WOFF 1.0 (inflated in memory first, see `woffToSfnt`).
 */
export function parseFont(input: Uint8Array, postscriptName?: string): ParsedFont {
  if (isWoff2(input)) throw new FontReadError('WOFF2 is not supported; use the WOFF, TTF or OTF file');
  const bytes = isWoff(input) ? woffToSfnt(input) : input;
  let parsed: Font | FontCollection;
  try {
    parsed = create(bytes);
  } catch (error) {
    throw new FontReadError(error instanceof Error ? error.message : String(error));
  }
  if (isCollection(parsed)) {
    const faces = parsed.fonts;
    const wanted = postscriptName ? comparable(postscriptName) : undefined;
    const face = wanted
      ? faces.find((candidate) => comparable(candidate.postscriptName) === wanted)
      : (faces.find((candidate) => /sc\b|sc-|cn|gb/i.test(candidate.postscriptName)) ?? faces[0]);
    if (!face) {
      throw new FontReadError(`no face named ${postscriptName} in the collection (it has ${faces.map((f) => f.postscriptName).join(', ')})`);
    }
    rememberFontSource(face, { bytes, faceIndex: faces.indexOf(face) });
    return { bytes, font: face, postscriptName: face.postscriptName, collectionFace: face.postscriptName };
  }
  if (typeof parsed.hasGlyphForCodePoint !== 'function') throw new FontReadError('not a TrueType or OpenType font');
  rememberFontSource(parsed, { bytes, faceIndex: 0 });
  return { bytes, font: parsed, postscriptName: parsed.postscriptName };
}
