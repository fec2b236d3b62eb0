import type { DocxFont } from './fonts.js';
import { element } from './xml.js';

/** `w:rFonts` of a face: the Chinese face for East Asian text, the Latin one for letters and digits. */
export function runFonts(font: Required<DocxFont>): string {
  return element('w:rFonts', { 'w:ascii': font.latin, 'w:hAnsi': font.latin, 'w:eastAsia': font.eastAsia, 'w:cs': font.latin, 'w:hint': 'eastAsia' });
}
