import type { ChartItem } from '../aggregate/presentation.js';
import type { Locale } from '../diagnostics/types.js';
import type { FormDefinition, MemberFigure } from '../forms/types.js';
import type { Roster } from '../aggregate/types.js';

export interface AppendixOutlineOptions {
  locale?: Locale;
  /** The form the aggregate is laid out by (its result rows make the share chart, its figures the members table). */
  form: FormDefinition;
  /** Names the roster entries listed as missing (else a submission's organ, else the entry id). */
  roster?: Roster;
  /** Key figures of the members table; default: the form's own `memberFigures`. */
  memberFigures?: MemberFigure[];
  /**
   * Print the narrative draft as a part of the appendix (default `true`). A renderer that puts the
   * draft into the report's own sections instead (the Word document, `documentDraft`) passes `false`.
   */
  draft?: boolean;
}

/** One column of an appendix table. */
export interface AppendixColumn {
  header: string;
  /** Numbers: right-aligned, never wrapped. */
  numeric?: boolean;
  /** The column naming each row (an organ, an item): it gets its width first. */
  label?: boolean;
}

/** One cell: its text, and the items it joins (names, reasons) for a renderer that sets them apart. */
export interface AppendixCell {
  text: string;
  /** The list `text` is made of, when it is a list (`text` is `items.join(separator)`). */
  items?: string[];
  separator?: string;
}

export interface AppendixRow {
  /**
   * What the row is, for a renderer's attributes: the completeness list (`missing`), a submission's
   * status (`rejected`), a member's index (`0`) or `total`, a lower level's roster entry id.
   */
  key: string;
  cells: AppendixCell[];
  /** A completeness list that needs a look (missing, rejected…) and is not empty. */
  attention?: boolean;
  /** The totals row (printed last, set apart). */
  total?: boolean;
}

/** Which table of the appendix: who filed, the submissions with problems, the members' key figures, the lower levels. */
export type AppendixTableId = 'completeness' | 'outcomes' | 'members' | 'lowerLevels';

export interface AppendixTable {
  id: AppendixTableId;
  /** Printed above the table in small type (`未纳入汇总或有问题的报送`); also its accessible name. */
  caption?: string;
  columns: AppendixColumn[];
  rows: AppendixRow[];
}

/**
 * A chart of the appendix with everything a renderer draws: `bars` one bar per item (each member's new
 * applications, largest first), `shares` one 100% bar of the outcome categories with a legend.
 */
export interface AppendixChart {
  kind: 'bars' | 'shares';
  /** Unique in the appendix (`outcomes`, `outcomes-1`…), for ids of patterns. */
  id: string;
  caption: string;
  /** The alternative text: the caption, then every item with its value (and share), e.g. `…：甲镇 14，乙镇 3`. */
  description: string;
  items: ChartItem[];
  /** Printed in place of bars when nothing is filled. */
  emptyText: string;
  /** The legend's total line (`合计`). */
  totalLabel: string;
}

/** The narrative draft, marked: a badge and a note, then its paragraphs under the sections they belong to. */
export interface AppendixDraft {
  /** `草稿` / `DRAFT`. */
  badge: string;
  /** What the text is and what to do with it (the draft's own note, else the outline's words). */
  note: string;
  /** The paragraphs by section of the form (`title` the section's official title); one untitled group when the draft has no sections. */
  sections: Array<{ id: string; title?: string; paragraphs: string[] }>;
}

export type AppendixBlock =
  | { kind: 'table'; table: AppendixTable }
  /** A line of small text (`没有纳入汇总的单位。`, where the lower levels' details are). */
  | { kind: 'note'; text: string }
  | { kind: 'chart'; chart: AppendixChart }
  | { kind: 'draft'; draft: AppendixDraft };

/** Which part of the appendix. */
export type AppendixPartKind = 'completeness' | 'members' | 'charts' | 'draft' | 'lowerLevels';

export interface AppendixPart {
  kind: AppendixPartKind;
  /** The heading with its ordinal: `（一）报送情况` (`1. Submissions` in English). */
  heading: string;
  blocks: AppendixBlock[];
}

/**
 * The appendix of an aggregated report, as every renderer draws it (HTML, PDF, Word): its title and
 * its parts in order, each with the tables' rows, the charts' items and the draft's text.
 */
export interface AppendixOutline {
  /** `附：汇总说明`. */
  title: string;
  parts: AppendixPart[];
}
