import type { Diagnostic, Locale } from '../diagnostics/types.js';
import type { GridCell, TableGrid } from '../forms/layout.js';
import type { TableDefinition } from '../forms/types.js';
import type { CellValue } from '../model/report.js';

/** One cell of a table as printed: a cell of the grid, value cells with their formatted text. */
export interface OutlineCell extends GridCell {
  /** For `value` cells: the report's value (`null` when not filled); `text` is it formatted (`formatCellValue`). */
  value?: CellValue;
}

/** A table ready to draw: the form's printed grid and its cells with the report's values. */
export interface OutlineTable {
  id: string;
  /** Official title of the table (for a table the form does not define: the outline's own words). */
  title: string;
  /** The definition it is laid out from: the form's, or one made from the report's ids. */
  definition: TableDefinition;
  /** False for a table (or the cells of a table) the form does not define. */
  definedByForm: boolean;
  /** `layoutTable(definition)`, unchanged (value cells without text): what widths and heights are measured on. */
  grid: TableGrid;
  /** The grid's cells in the grid's order, value cells carrying the report's numbers. */
  cells: OutlineCell[];
  /** Notes printed under the table. */
  notes: string[];
}

/**
 * Where a section of the outline comes from:
 * - `form`: a section of the form (with the report's text when the report has it);
 * - `report`: a section of the report whose id the form does not know, printed after the form's;
 * - `table`: a table of the form that no section places, printed under its own title;
 * - `notInForm`: a table of the report, or cells of a table, that the form does not define,
 *   printed last with a notice (see the outline's diagnostics).
 */
export type OutlineSectionSource = 'form' | 'report' | 'table' | 'notInForm';

/** A section of the document: its heading, text, numbered sub-sections and tables. */
export interface OutlineSection {
  /** The form's section id, the report section's id, or a table's id (`notInForm`). */
  id: string;
  source: OutlineSectionSource;
  /** Heading level: 1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）` and deeper. */
  level: number;
  /** Heading text: the report's own title, else the form's canonical one. Blank means no heading. */
  title: string;
  /** For a section of the form: its canonical title (`一、总体情况`). */
  officialTitle?: string;
  /**
   * A third- or deeper-level heading that ends a sentence (`1.政务活动情况。`) and has text runs into
   * its first paragraph, as such items are written in the published text. The HTML sets it so;
   * the PDF sets every heading on its own line.
   */
  runIn: boolean;
  /** Paragraphs as written, blank ones left out (a paragraph may still hold line breaks). */
  paragraphs: string[];
  children: OutlineSection[];
  /** The tables printed after the section's text. */
  tables: OutlineTable[];
  /** For `notInForm`: the notice to print with it (the diagnostic's message). */
  notice?: string;
}

/** The document of one report, in print order, as every renderer draws it. */
export interface DocumentOutline {
  /** The document title (`options.title`, else `reportTitle(report)`). */
  title: string;
  /** Untitled paragraphs before section 一, blank ones left out. */
  preface: string[];
  /**
   * Top-level sections in print order: the form's sections (those the report has text for or that
   * hold a table), then the report's sections the form does not know, then the form's tables no
   * section places, then what the form does not define.
   */
  sections: OutlineSection[];
  /** `render-table-not-in-form` and `render-cells-not-in-form` (warnings): what the form cannot place, printed anyway. */
  diagnostics: Diagnostic[];
}

export interface DocumentOutlineOptions {
  /** Document title; default `reportTitle(report)`. */
  title?: string;
  /** Language of the outline's own words and of its diagnostics (official labels stay Chinese). Default `zh-CN`. */
  locale?: Locale;
}
