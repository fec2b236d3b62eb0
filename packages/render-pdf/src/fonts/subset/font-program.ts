import { readCff, type CffFont } from './cff-font.js';
import { sfntTables } from './sfnt-tables.js';

/** Where a parsed face's font program lives: the sfnt (or collection) bytes and the face's index in them. */
export interface FontSource {
  bytes: Uint8Array;
  faceIndex: number;
}

const sources = new WeakMap<object, FontSource>();
const cffFonts = new WeakMap<object, CffFont | null>();

/** Records the bytes a fontkit face was parsed from, so its subsets can be cut from them. */
export function rememberFontSource(font: object, source: FontSource): void {
  sources.set(font, source);
}

/** The face's CFF font (parsed once), or undefined for a TrueType face or one parsed elsewhere. */
export function cffFontOf(font: object): CffFont | undefined {
  let cff = cffFonts.get(font);
  if (cff === undefined) {
    const source = sources.get(font);
    const table = source && sfntTables(source.bytes, source.faceIndex).get('CFF ');
    cff = table ? readCff(table) : null;
    cffFonts.set(font, cff);
  }
  return cff ?? undefined;
}
