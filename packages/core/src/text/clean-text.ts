/**
 * Characters that have no place in printed text: C0 and C1 controls, zero-width characters, and
 * the bidirectional controls (marks U+200E, U+200F, U+061C; embeddings and overrides
 * U+202A–U+202E; isolates U+2066–U+2069). Text from an input is data: a U+202E in an organ name
 * must not reverse what follows it.
 */
const invisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text as it should be set: tabs and odd spaces become plain spaces, line ends (also U+2028,
 * U+2029) become `\n`, control, bidirectional-control and zero-width characters go (they have no
 * glyph and print nothing, or would reorder the text around them).
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
    .replace(invisible, '');
}

/** The paragraphs of a text that may hold line breaks, without empty ones. */
export function splitParagraphs(text: string): string[] {
  return cleanText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A one-line text (a title, a heading, a table label): line breaks in it are layout, not content. */
export function singleLine(text: string): string {
  return cleanText(text).replace(/\s*\n\s*/g, '').trim();
}
