import type { CellRef, CellValue, Report } from '../model/report.js';
import { reportParagraphs } from '../narrative/report-paragraphs.js';
import { bigramSimilarity } from '../narrative/text-similarity.js';

/*
 * A report that is last year's sent again: every cell the same (`compare-cells-identical`), or the
 * text largely the same with the same figures in it (`compare-narrative-copied`). Both are warnings
 * of `compareYears`; both are built not to fire on a small organ's honest report.
 */

/**
 * Non-zero cells the two years must share before identical tables count as a copy: a township
 * with one application a year and nothing else can file the same figures twice honestly.
 */
export const IDENTICAL_MIN_NON_ZERO = 10;
/** Similarity (character bigrams, years masked) from which two texts are largely the same. */
export const COPIED_TEXT_SIMILARITY = 0.9;
/** Characters (without spaces and punctuation) a text needs before it is compared. */
export const COPIED_TEXT_MIN_LENGTH = 200;

type Reader = (ref: CellRef) => CellValue;

/**
 * Whether every cell both forms share is filled in both years with the same value, at least
 * `IDENTICAL_MIN_NON_ZERO` of them not 0: the count of cells and of non-zero ones, or undefined.
 */
export function identicalCells(cells: readonly CellRef[], previous: Reader, current: Reader): { count: number; nonZero: number } | undefined {
  let nonZero = 0;
  for (const ref of cells) {
    const before = previous(ref);
    const now = current(ref);
    if (before === null || now === null || before !== now) return undefined;
    if (now !== 0) nonZero += 1;
  }
  return nonZero >= IDENTICAL_MIN_NON_ZERO ? { count: cells.length, nonZero } : undefined;
}

/** A report's text as compared: every paragraph, the two years written as `#`, no spaces or punctuation. */
function comparableText(report: Report, years: readonly number[]): string {
  let text = reportParagraphs(report)
    .map((paragraph) => paragraph.text)
    .join('')
    .normalize('NFKC');
  for (const year of years) text = text.replaceAll(String(year), '#');
  return text.replace(/[\s\p{P}\p{S}]+/gu, '');
}

const figures = (text: string) => (text.match(/\d+(?:\.\d+)?/g) ?? []).sort().join(' ');

/**
 * Whether this year's text is largely last year's: similarity of the texts with both years masked
 * at least `COPIED_TEXT_SIMILARITY`, and the same figures written in them. A text kept as last
 * year's wording with this year's figures put in is an organ's style, not a copy; a text whose
 * figures are last year's too was not written for this year.
 */
export function copiedNarrative(previous: Report, current: Report): { similarity: number } | undefined {
  const years = [previous.year, current.year];
  const before = comparableText(previous, years);
  const now = comparableText(current, years);
  if (now.length < COPIED_TEXT_MIN_LENGTH || before.length < COPIED_TEXT_MIN_LENGTH) return undefined;
  if (figures(before) !== figures(now)) return undefined;
  const similarity = bigramSimilarity(before, now);
  return similarity >= COPIED_TEXT_SIMILARITY ? { similarity } : undefined;
}
