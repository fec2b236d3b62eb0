import type { Diagnostic, Severity } from '@report/core';
import { parseCellAddress, parseRange, type CellRange } from '../xlsx/cell-address.js';

/** A worksheet of the workbook, as annotation sees it. */
export interface SheetTarget {
  name: string;
  /** Part name of the sheet XML. */
  path: string;
  /** Merged ranges, so a problem inside one is put on the range's first cell (the one shown). */
  merges: readonly CellRange[];
}

/** The problems of one cell. */
export interface CellProblems {
  row: number;
  column: number;
  diagnostics: Diagnostic[];
  /** The most severe of them: it picks the fill. */
  severity: Severity;
}

/** One line of the problem list, and where its link goes. */
export interface ListedProblem {
  diagnostic: Diagnostic;
  /** The sheet and cell the problem was put on, when it has one in this workbook. */
  sheet?: SheetTarget;
  cell?: { row: number; column: number };
}

export interface AnnotationPlan {
  listed: ListedProblem[];
  /** Cells to mark, by sheet part name, each cell once (by `row/column`). */
  cells: Map<string, Map<string, CellProblems>>;
  /** Problems with no cell of this workbook to mark (no cell, an unknown sheet or address): they are only listed. */
  unplaced: number;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Excel's last row and column (0-based). */
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

function findSheet(name: string | undefined, sheets: readonly SheetTarget[]): SheetTarget | undefined {
  if (!name) return undefined;
  // Excel sheet names are unique regardless of case.
  return sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}

/** The cell a problem is shown on: the first cell of a range, and of the merged range it falls in. */
function placeCell(address: string | undefined, sheet: SheetTarget): { row: number; column: number } | undefined {
  if (!address) return undefined;
  const range = address.includes(':') ? parseRange(address) : undefined;
  const position = range ? { row: range.top, column: range.left } : parseCellAddress(address);
  if (!position || position.row > LAST_ROW || position.column > LAST_COLUMN) return undefined;
  const merge = sheet.merges.find((m) => position.row >= m.top && position.row <= m.bottom && position.column >= m.left && position.column <= m.right);
  return merge ? { row: merge.top, column: merge.left } : position;
}

/** Which problem goes on which cell, in the order given; every problem is listed. */
export function planAnnotations(diagnostics: readonly Diagnostic[], sheets: readonly SheetTarget[]): AnnotationPlan {
  const plan: AnnotationPlan = { listed: [], cells: new Map(), unplaced: 0 };
  for (const diagnostic of diagnostics) {
    const sheet = findSheet(diagnostic.location.sheet, sheets);
    const cell = sheet ? placeCell(diagnostic.location.cell, sheet) : undefined;
    plan.listed.push({ diagnostic, ...(sheet ? { sheet } : {}), ...(cell ? { cell } : {}) });
    if (!sheet || !cell) {
      plan.unplaced += 1;
      continue;
    }
    const sheetCells = plan.cells.get(sheet.path) ?? plan.cells.set(sheet.path, new Map()).get(sheet.path)!;
    const key = `${cell.row}/${cell.column}`;
    const problems = sheetCells.get(key);
    if (!problems) sheetCells.set(key, { ...cell, diagnostics: [diagnostic], severity: diagnostic.severity });
    else {
      problems.diagnostics.push(diagnostic);
      if (severityRank[diagnostic.severity] < severityRank[problems.severity]) problems.severity = diagnostic.severity;
    }
  }
  return plan;
}
