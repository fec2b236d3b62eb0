/// <reference path="../types/fontkit.d.ts" />
import { registerFormat, type Font } from 'fontkit';
import { nodePlatform } from './node-platform.js';
import { pdfkitFont } from './pdfkit-font.js';

/**
 * Lets pdfkit embed a face this package has already parsed, instead of parsing the font file
 * again for every document. pdfkit only accepts font *bytes* and hands them to `fontkit.create`,
 * which tries each registered format in turn; this package registers one more format (through
 * fontkit's public `registerFormat`) that recognises an 8-byte token and returns the cached
 * face. A CJK font then costs its parsing (hundreds of milliseconds for a CFF face such as Noto
 * CJK) once per process, not once per PDF. The face handed over is `pdfkitFont(font)`, whose CFF
 * subsets are this package's (see `pdfkit-font.ts`). Where pdfkit uses a fontkit this package cannot reach
 * (the browser standalone build), the token is not recognised and the caller passes the bytes.
 */
const magic = [0x52, 0x50, 0x44, 0x46]; // 'RPDF'
const registry: Font[] = [];
const tokens = new WeakMap<Font, Uint8Array>();

function isToken(buffer: Uint8Array): boolean {
  return buffer.length === 8 && magic.every((byte, index) => buffer[index] === byte);
}

/** A "font format" whose constructor returns the face a token stands for (`new` returns that object). */
function SharedFontFormat(stream: { buffer: Uint8Array }): Font {
  const buffer = stream.buffer;
  const index = ((buffer[4] << 24) | (buffer[5] << 16) | (buffer[6] << 8) | buffer[7]) >>> 0;
  const font = registry[index];
  if (!font) throw new Error('unknown shared font token');
  return font;
}
SharedFontFormat.probe = isToken;

let registered = false;

/** Registers the token format with the fontkit instances pdfkit may use (this module's, and in Node the one next to pdfkit). */
function ensureRegistered(): void {
  if (registered) return;
  registered = true;
  registerFormat(SharedFontFormat);
  const node = nodePlatform();
  if (!node) return;
  try {
    const require = node.module.createRequire(import.meta.url);
    const besidePdfkit = node.module.createRequire(require.resolve('pdfkit'));
    const instance = besidePdfkit('fontkit') as { registerFormat?: (format: unknown) => void };
    instance.registerFormat?.(SharedFontFormat);
  } catch {
    // pdfkit's fontkit is out of reach: documents fall back to passing the font bytes.
  }
}

/** The 8-byte token that makes pdfkit embed `font` without parsing it again. */
export function sharedFontToken(font: Font): Uint8Array {
  ensureRegistered();
  let token = tokens.get(font);
  if (!token) {
    const index = registry.push(pdfkitFont(font)) - 1;
    token = new Uint8Array([...magic, (index >>> 24) & 0xff, (index >>> 16) & 0xff, (index >>> 8) & 0xff, index & 0xff]);
    tokens.set(font, token);
  }
  return token;
}
