/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE and U+FFFF), and a literal `_xHHHH_`, which a spreadsheet would otherwise
 * decode as such an escape.
 */
const needsEscape = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9a-fA-F]{4}_)/g;

const hex = (code: number) => `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;

/**
 * Text as the character data of a cell or shared string: `&`, `<`, `>` escaped, and what XML
 * cannot hold written as the OOXML escape `_xHHHH_` (as Excel writes it), so every string reads
 * back as itself and no input can break the sheet's XML.
 */
export function xmlCellText(text: string): string {
  return text.replace(needsEscape, (c) => hex(c.charCodeAt(0))).replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}

/** Text for an attribute value (sheet names, defined names). */
export function xmlAttribute(text: string): string {
  return xmlCellText(text).replace(/"/g, '&quot;');
}
