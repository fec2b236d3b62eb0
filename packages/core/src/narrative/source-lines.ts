import type { Report } from '../model/report.js';

interface Position {
  line: number;
  text: string;
}

const positions = new WeakMap<Report, ReadonlyMap<string, Position>>();

/**
 * Remembers, for a report read from text, the input line of each piece of text (by its path in the
 * report: `title`, `preface[1]`, `sections[1].children[0].paragraphs[0]`…), so checks can say
 * "line 4". Kept beside the report object, not in it: the report JSON stays as specified. A report
 * read back from JSON, or a copy, has no lines; checks then give the section and path only.
 */
export function recordSourceLines(report: Report, lines: ReadonlyMap<string, Position>): void {
  positions.set(report, lines);
}

/**
 * The input line of the text at `path` in a report read by `importNarrativeText`, or undefined
 * (not read from text, or the text at that path has been changed since).
 */
export function narrativeSourceLine(report: Report, path: string, currentText?: string): number | undefined {
  const position = positions.get(report)?.get(path);
  if (!position) return undefined;
  if (currentText !== undefined && currentText !== position.text) return undefined;
  return position.line;
}
