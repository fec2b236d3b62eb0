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

export type FormId = 'gov-2021' | 'gov-2019' | 'legacy' | (string & {});

export interface FormDefinition {
  id: FormId;
  /** Official name of the format. */
  name: string;
  /** Issuing document. */
  source: string;
  /** Report years this format applies to (inclusive). */
  years: { from?: number; to?: number };
  sections: SectionDefinition[];
  tables: TableDefinition[];
  rules: RuleDefinition[];
  /** Id of the form this one extends, if any. */
  extends?: FormId;
}
