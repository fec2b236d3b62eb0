import type { DocxTable } from '../content/blocks.js';

/** Width of one Chinese character of table text (五号, 10.5 pt), twips. */
const characterWidth = 210;
/** Cell margins left and right, plus a little air. */
const padding = 150;
/** A label column never asks for more than this many characters a line; a value column never fewer than three. */
const labelCap = 14;
const valueMinimum = 3;
const labelMinimum = 2;

/** How many characters wide a text is: Chinese and full-width characters count one, others half. */
export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2018-\u201d]/.test(character) ? 1 : 0.5;
  return width;
}

/**
 * The widths of a table's grid columns, summing to `total` (the type area): each column asks for
 * what its single-column cells need (a label over several rows may wrap over them; headers over
 * three lines; labels at most 14 characters a line), a form's value columns share one width, and the
 * table is then stretched or narrowed to the type area, narrowing first what can wrap.
 */
export function columnWidths(table: DocxTable, total: number): number[] {
  const count = table.columnCount;
  const isValue = (column: number) => table.valueColumns.has(column);
  const characters: number[] = Array.from({ length: count }, (_, column) => (isValue(column) ? valueMinimum : labelMinimum));
  for (const cell of table.cells) {
    if (cell.colSpan !== 1 || cell.text === '') continue;
    const width = textWidth(cell.text);
    // A header wraps over three lines; a label merged over many rows (三、本年度办理结果) may run down
    // them two characters wide; one over a few rows (（四）无法提供) over two lines.
    const lines = cell.kind === 'value' ? 1 : cell.kind === 'header' ? 3 * cell.rowSpan : cell.rowSpan >= 8 ? cell.rowSpan : Math.min(2, cell.rowSpan);
    characters[cell.column] = Math.max(characters[cell.column], Math.min(labelCap, Math.ceil(width / lines)));
  }
  if (table.kind === 'official') {
    const widest = Math.max(valueMinimum, ...characters.filter((_, column) => isValue(column)));
    for (let column = 0; column < count; column += 1) if (isValue(column)) characters[column] = widest;
  }
  const want = characters.map((chars) => chars * characterWidth + padding);
  const minimum = want.map((_, column) => (isValue(column) ? valueMinimum : labelMinimum) * characterWidth + padding);
  const sum = want.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum <= total) {
    widths = want.map((width) => (width * total) / sum);
  } else {
    const slack = want.map((width, column) => width - minimum[column]);
    const slackSum = slack.reduce((a, b) => a + b, 0);
    const deficit = sum - total;
    if (deficit <= slackSum) widths = want.map((width, column) => width - (slack[column] * deficit) / slackSum);
    else {
      const minimumSum = minimum.reduce((a, b) => a + b, 0);
      widths = minimum.map((width) => (width * total) / minimumSum);
    }
  }
  const rounded = widths.map((width) => Math.floor(width));
  rounded[count - 1] += total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}
