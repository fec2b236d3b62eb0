import { cleanText, shortenText } from '@report/core/plugin';

/** The most characters a cell holds (Excel's limit). */
const CELL_LIMIT = 32_767;

/**
 * Text from an input (an organ's name, a file name, a message quoting a cell) as a cell shows it:
 * without control, bidirectional-control and zero-width characters (which would reorder or hide
 * what is printed), within a cell's length. It is written as a shared string, never as a formula,
 * so `=HYPERLINK(…)`, `+1`, `-2` or `@SUM(…)` stay the text they are.
 */
export function inputText(text: string | undefined): string {
  return text === undefined ? '' : shortenText(cleanText(text), CELL_LIMIT);
}
