/**
 * Every kind of space an organ's name or code picks up when typed or pasted: ASCII and Unicode
 * spaces, line breaks, no-break and ideographic spaces, zero-width spaces and byte-order marks.
 */
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** An organ's name or code as compared: NFKC (full-width and half-width forms alike), no spaces, lower case. */
export function compactOrganText(text: string): string {
  return text.normalize('NFKC').replace(SPACES, '').toLowerCase();
}
