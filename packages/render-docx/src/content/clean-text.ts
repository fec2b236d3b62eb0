/** Control and zero-width characters that have no place in printed text. */
const invisible = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;

/** Text as it should be set: tabs and odd spaces become plain spaces, line ends `\n`, invisible characters go. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\t\u00a0\u2000-\u200a\u202f\u205f]/g, ' ').replace(invisible, '');
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
