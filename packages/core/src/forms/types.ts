import type { CellRef, OrganLevel } from '../model/report.js';
import type { NarrativeChecks } from './narrative-check-types.js';
export type { AccountabilityCheck, FeeNoticeCheck, NarrativeChecks, NarrativeFigure, NarrativeFigurePart } from './narrative-check-types.js';

/**
 * Form definitions: a report format described as plain data. Everything else — the zod schema,
 * the Excel template, the checks, aggregation, the HTML and PDF tables — is derived from these.
 */

/** The kind of a table cell. */
export type CellKind =
  /** A non-negative whole number (件). */
  | 'count'
  /** A whole number that may be negative (本年增/减). */
  | 'signedCount'
  /** A non-negative decimal amount in the column's unit (万元). */
  | 'amount';

export type Severity = 'error' | 'warning' | 'info';

/** Bilingual text. Chinese is the default language of everything user-facing. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export interface ColumnDefinition {
  /** Canonical id, e.g. `naturalPerson` (see report-json.md). */
  id: string;
  /** Official label, canonical punctuation, e.g. `自然人`. */
  label: string;
  /** English name for developer-facing and English output. */
  labelEn?: string;
  kind: CellKind;
  /** Unit of an amount column, e.g. `万元`. */
  unit?: string;
  /**
   * Official header labels above this column's own label, outermost first
   * (`['申请人情况', '法人或其他组织']` for `商业企业`). Used to build merged headers.
   */
  headerPath?: string[];
  /** Groups this column belongs to; rules may sum a group (e.g. `applicant`). */
  groups?: string[];
  /** A short name for formulas in messages, e.g. `总计`. Defaults to the label. */
  shortLabel?: string;
}

export interface RowDefinition {
  id: string;
  /** Official label of the row's own (innermost) label cell, e.g. `1.属于国家秘密`. */
  label: string;
  labelEn?: string;
  /**
   * Official labels of the enclosing category cells, outermost first
   * (`['三、本年度办理结果', '（三）不予公开']`). Consecutive rows with the same prefix are merged.
   */
  labelPath?: string[];
  /** Column ids this row has; defaults to every column of the table. */
  columns?: string[];
  /** For `blocks` layouts: the block (by id) the row is printed in. */
  block?: string;
  /** Groups this row belongs to; rules may sum a group (e.g. `result`). */
  groups?: string[];
  /** A short name for formulas in messages, e.g. `三（七）`. Defaults to the label. */
  shortLabel?: string;
}

/** Table 二: stacked blocks, each with a full-width caption and its own header row. */
export interface BlocksLayout {
  type: 'blocks';
  /** Number of value columns of the printed grid (the label column comes on top). */
  valueColumns: number;
  blocks: Array<{
    id: string;
    /** Full-width caption, e.g. `第二十条第（一）项`. */
    caption: string;
    /** Header of the label column, `信息内容`. */
    labelHeader: string;
    /** Column ids printed in this block, in order. */
    columns: string[];
  }>;
}

/** Table 三: row labels on the left (merged by `labelPath`), column headers above (merged by `headerPath`). */
export interface MatrixLayout {
  type: 'matrix';
  /** How many label columns the grid has (3 for table 三). */
  labelColumns: number;
  /** Text of the corner cell spanning the label columns and all header rows. */
  corner?: string;
}

/** Table 四: the rows × columns model printed as one data row (headers = row path + column label). */
export interface FlatLayout {
  type: 'flat';
}

export type TableLayout = BlocksLayout | MatrixLayout | FlatLayout;

export interface TableDefinition {
  id: string;
  /** Section that prints this table. */
  sectionId: string;
  /** Official title of the table's section, e.g. `三、收到和处理政府信息公开申请情况`. */
  title: string;
  columns: ColumnDefinition[];
  rows: RowDefinition[];
  layout: TableLayout;
  /** Notes printed with the table (beyond the corner note). */
  notes?: string[];
}

export interface SectionDefinition {
  id: string;
  /**
   * Whether every report of the format must have this part (the six parts of the national formats):
   * the narrative check warns when a report's text lacks it or puts it out of order.
   */
  required?: boolean;
  /** Chinese ordinal, `一`. */
  number: string;
  /** Canonical title, `一、总体情况`. */
  title: string;
  /** Title variants seen in real reports (without the ordinal), for importers. */
  titleVariants?: string[];
  /** The table printed in this section, if any. */
  tableId?: string;
  /** Content hint for templates and drafts. */
  hint?: string;
}

/** How a rule treats cells that are not filled (null or absent). */
export type BlankPolicy = 'skip' | 'zero';

/** A term of an equation: a row id (rule applied per column) or a column id (per row), or a group. */
export type Term = string | { id: string; sign?: 1 | -1 } | { group: string; sign?: 1 | -1 };

export interface RuleBase {
  /** Stable rule id, also the diagnostic code, e.g. `R3-1`. */
  id: string;
  severity: Severity;
  /** What the rule says, for documentation and messages. */
  description: LocalizedText;
  /** Legal or format basis, e.g. `表三勾稽关系注`. */
  basis?: string;
}

/** A linear relation between sums of cells, applied across every column or row it covers. */
export interface EquationRule extends RuleBase {
  kind: 'equation';
  table: string;
  /** `column`: terms are rows, evaluated in each column; `row`: terms are columns, evaluated in each row. */
  each: 'column' | 'row';
  /** Restrict to these columns (each=column) or rows (each=row); default: all that have every term. */
  over?: string[];
  left: Term[];
  op: '=' | '<=' | '>=';
  right: Term[];
  /** Short formula texts for messages, e.g. `一+二` and `三（七）+四`. */
  leftText: LocalizedText;
  rightText: LocalizedText;
  /** Default `skip`: a relation with an unfilled term is not evaluated (the cell is reported as not filled). */
  blank?: BlankPolicy;
  /** Allowed absolute difference for amounts; default 0 for counts, 0.000001 for amounts. */
  tolerance?: number;
}

/** Checks every filled cell of a table against its kind (non-negative, whole number…). */
export interface CellsRule extends RuleBase {
  kind: 'cells';
  table: string;
  /** Which cell kinds this rule covers. */
  kinds: CellKind[];
}

/**
 * A rule written as code, for what data cannot say (narrative, cross-field). It gets the report,
 * the form and a diagnostic factory, and returns diagnostics.
 */
export interface CustomRule extends RuleBase {
  kind: 'custom';
  check: (context: import('../rules/types.js').RuleContext) => import('../diagnostics/types.js').Diagnostic[];
}

export type RuleDefinition = EquationRule | CellsRule | CustomRule;

/**
 * The id of a form: `gov-2021`, `gov-2019`, `legacy`, or any id a plugin gives its own form
 * (`gov-2025`, `gov-2021-xm`). Which ids exist is data (the forms given), not a type.
 */
export type FormId = string;

/** A term of a cross-year relation: a row (rule per column) or column (rule per row) of one of the two years. */
export interface CrossYearTerm {
  year: 'previous' | 'current';
  id: string;
  sign?: 1 | -1;
}

/**
 * A relation between two consecutive years' reports, as data (spec §6: R3-7, R2-2, R2-3, R2-4).
 * It applies in every column (or row) where each term's cell exists in its year's form, so it
 * works across formats (gov-2019 → gov-2021 keeps R3-7, whose rows both formats have).
 */
export interface CrossYearRule {
  /** Stable rule id, also the diagnostic code, e.g. `R3-7`. */
  id: string;
  severity: Severity;
  description: LocalizedText;
  table: string;
  each: 'column' | 'row';
  /** Restrict to these columns (each=column) or rows (each=row). */
  over?: string[];
  left: CrossYearTerm[];
  op: '=' | '<=' | '>=';
  right: CrossYearTerm[];
  /** Formula texts for messages; `{year}` and `{previousYear}` are replaced by the report years. */
  leftText: LocalizedText;
  rightText: LocalizedText;
}

/** A key figure of an aggregate's members table: the sum of one or more cells. */
export interface MemberFigure {
  /**
   * Column heading: a word of the appendix (`figureReview`…, see `aggregateLabel`), literal text
   * (`{ text }`), or bilingual text (`{ zh, en }`).
   */
  label: import('../aggregate/presentation-labels.js').AggregateLabelKey | { text: string } | LocalizedText;
  cells: CellRef[];
}

/**
 * A phrase of the aggregate's narrative draft. `{name}` in the text is replaced by the value of
 * the cell `cells[name]` (`（未填报）` / `(not filled)` when it is not filled), or, for a name in
 * `changes`, by the wording of a signed change (`本年增加3项`).
 */
export interface NarrativeDraftPhrase {
  text: LocalizedText;
  /** The cells the phrase cites, by placeholder name. */
  cells: Record<string, CellRef>;
  /** Placeholders printed as a signed change: the words for up, down, none and not filled (`{n}` is the size). */
  changes?: Record<string, { up: LocalizedText; down: LocalizedText; none: LocalizedText; blank: LocalizedText }>;
  /**
   * When the phrase is printed: `always` (default); `nonZero` only when one of its cells is filled
   * and not 0 (the 规章 phrase: most organs have none). A phrase whose cells the form does not have
   * is never printed.
   */
  when?: 'always' | 'nonZero';
}

/** What the aggregate's narrative draft says about this format's own tables. */
export interface NarrativeDraftDefinition {
  /**
   * Phrases about table 二, in order, joined with `；` into `主动公开方面，全县…。`. Tables 三 and 四
   * are worded from their rows and columns, which every government format shares.
   */
  active?: NarrativeDraftPhrase[];
}

/** How the workbook reader recognises one table of the form beyond its official labels. */
export interface TableDetection {
  /** Other labels real workbooks write a row with, by row id (`规范性文件（行政）`). */
  rows?: Record<string, string[]>;
  /** Other headers real workbooks write a column with, by column id (`本年增减`). */
  columns?: Record<string, string[]>;
}

/** The labels the workbook reader uses to recognise this form's tables (beyond the official ones). */
export interface FormDetection {
  /** By table id. */
  tables?: Record<string, TableDetection>;
}

/**
 * A plausibility check by organ level, as data: a row that only some levels of organ can report
 * (规章: provinces, 设区的市 governments, 国务院部门). An organ of any other level that reports a
 * value above 0 in the row gets the diagnostic, once per row.
 */
export interface PlausibilityRule {
  /**
   * Stable id, also the diagnostic code (`plausibility-regulations`). A code the catalog does not
   * know is worded with `message`, or a generic sentence naming the row and `description`.
   */
  id: string;
  /** Default `warning`. */
  severity?: Severity;
  description: LocalizedText;
  table: string;
  row: string;
  /** Columns looked at; default every column of the row. */
  columns?: string[];
  /** Organ levels that may report a value above 0 here; every other level gets the diagnostic. */
  levels: OrganLevel[];
  /**
   * Finer than `levels`, by what an organ's name and division code tell (`organKinds`): kinds that
   * may report although their level is not listed (`stateCouncilDepartment`: 教育部, 国家统计局 are
   * `department`s), and kinds that may not although their level is listed (`countyLevelCity`: a
   * `city` whose 行政区划代码 is a county's, such as 430181 浏阳市).
   */
  alsoAllowed?: import('../organ/organ-kinds.js').OrganKind[];
  notAllowed?: import('../organ/organ-kinds.js').OrganKind[];
  /** Message template for a code the catalog lacks; params `{organ}`, `{level}`, `{row}`, `{column}`, `{value}`. */
  message?: LocalizedText;
}

export interface FormDefinition {
  id: FormId;
  /** Official name of the format. */
  name: string;
  /** Issuing document. */
  source: string;
  /**
   * Report years this format applies to (inclusive). `formForYear` picks a form by these; a form
   * with neither bound (`legacy`) is not tied to a year and is never picked by year.
   */
  years: { from?: number; to?: number };
  sections: SectionDefinition[];
  tables: TableDefinition[];
  rules: RuleDefinition[];
  /** Id of the form this one extends, if any. */
  extends?: FormId;
  /**
   * Relations between last year's report and this year's (R3-7…), checked by `compareYears` with
   * the rules of this year's form and those of last year's form it does not replace (same id).
   */
  crossYearRules?: CrossYearRule[];
  /** Key figures of an aggregate's members table (HTML and PDF appendix); those whose cells the form lacks are dropped. */
  memberFigures?: MemberFigure[];
  /** The format-specific wording of the aggregate's narrative draft. */
  narrativeDraft?: NarrativeDraftDefinition;
  /** Labels beyond the official ones that the workbook reader recognises this form's tables by. */
  detection?: FormDetection;
  /** Plausibility checks by organ level (the 规章 row), run by `validateReport`. */
  plausibility?: PlausibilityRule[];
  /** How the report's text states the tables' figures and the duties it reports on (the narrative checks). */
  narrativeChecks?: NarrativeChecks;
}
