/// <reference path="../types/fontkit.d.ts" />
import type { Font } from 'fontkit';
import type { FontStyle } from './font-roles.js';

/** Where a face came from, in the resolution order. */
export type FontOrigin = 'option' | 'system' | 'fontsource';

/** A parsed face ready to embed: its bytes for pdfkit and its fontkit object for metrics and coverage. */
export interface FontFace {
  /** Display name, e.g. `Noto Serif CJK SC`. */
  name: string;
  /** The face's PostScript name. */
  postscriptName: string;
  /** The style the face has, when known (faces passed in options are not classified). */
  style?: FontStyle;
  origin: FontOrigin;
  /** File it was read from (Node), if any. */
  file?: string;
  /** sfnt or collection bytes handed to pdfkit (WOFF already inflated). */
  bytes: Uint8Array;
  /** Set for a collection (.ttc): the face pdfkit must take from `bytes`. */
  collectionFace?: string;
  font: Font;
}
