/** Width of a text in Excel's character units (a CJK or full-width character counts two), at 11 pt. */
export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    // CJK, full-width forms, and the general punctuation (“”‘’…—) a CJK font sets full width.
    width += code >= 0x2e80 || (code >= 0x2010 && code <= 0x206f) ? 2 : 1;
  }
  return width;
}

/** Points per line of 10 pt text, and the cell's padding. */
const LINE = 13;
const PADDING = 4;

/**
 * The height (points) a cell `width` characters wide needs to show `text` at 10 pt wrapped
 * whole. Neither Excel (for merged cells) nor LibreOffice (for rows it loads) sizes such rows
 * itself, so the writer sets them.
 */
export function wrappedHeight(text: string, width: number): number {
  const room = Math.max(1, width - 0.3);
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil((textWidth(line) * 10) / 11 / room)), 0);
  return lines * LINE + PADDING;
}

/** The height of a row of wrapped cells: the tallest one's, at least `minimum`. */
export function rowHeight(texts: readonly string[], widths: readonly number[], minimum = 15): number {
  return texts.reduce((height, text, column) => (text ? Math.max(height, wrappedHeight(text, widths[column] ?? 8)) : height), minimum);
}
