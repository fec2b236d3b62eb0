/**
 * Bounds on what one input (a report JSON file, a workbook, a roster) may hold, in one place.
 * Text from an input is data: every bound here exists so that no single file — a megabyte organ
 * name, twenty thousand nested sections, an 18-digit count — can exhaust memory, overflow the
 * stack or make a total inexact, and each is reported with its own diagnostic (see
 * `docs/diagnostics.md`), never by an exception.
 */
export interface InputLimits {
  /**
   * Largest input file, in bytes: a report JSON here and a workbook in `@report/excel-import`
   * (its `defaultLimits.maxFileBytes`) share it. 20 MiB; a real report is a few dozen KB.
   */
  maxFileBytes: number;
  /** Deepest nesting of `{` and `[` in a report JSON (64; a report needs about 20). */
  maxJsonDepth: number;
  /** Deepest nesting of report sections (8: 一、/（一）/1./(1) need 4). */
  maxSectionDepth: number;
  /**
   * Largest magnitude of a table cell: a count (件) or an amount (万元). 10^9 — far beyond any
   * organ's figures, and small enough that sums of many reports stay exact.
   */
  maxCellValue: number;
  /** Longest text of each kind, in UTF-16 code units; longer text is shortened with `…`. */
  maxTextLength: TextLimits;
}

export interface TextLimits {
  /** An organ's name (机关名称), also of members: 100. */
  organName: number;
  /** A report or section title: 200. */
  title: number;
  /** One paragraph of narrative text: 20,000. */
  paragraph: number;
  /** Everything else: ids, codes, file and sheet names, cell addresses, digests: 500. */
  short: number;
}

export const inputLimits: Readonly<InputLimits> = Object.freeze({
  maxFileBytes: 20 * 1024 * 1024,
  maxJsonDepth: 64,
  maxSectionDepth: 8,
  maxCellValue: 1_000_000_000,
  maxTextLength: Object.freeze({ organName: 100, title: 200, paragraph: 20_000, short: 500 }),
});

/** The default limits with some replaced (`maxTextLength` merged field by field). */
export function resolveInputLimits(limits: Partial<Omit<InputLimits, 'maxTextLength'>> & { maxTextLength?: Partial<TextLimits> } = {}): InputLimits {
  return { ...inputLimits, ...limits, maxTextLength: { ...inputLimits.maxTextLength, ...limits.maxTextLength } };
}

/**
 * `text` cut to at most `limit` code units, the last of them `…`, never splitting a surrogate
 * pair. Text within the limit is returned as is.
 */
export function shortenText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** `20 MB`, `512 KB`: sizes for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} B`;
}
