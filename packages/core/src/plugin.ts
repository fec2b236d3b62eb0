/**
 * `@report/core/plugin` — for plugin authors: declare plugins and presets, extend forms, write
 * rules and their catalog entries, build diagnostics and messages, and the helpers the built-in
 * importers, renderers and template writers are made of (the printed grid, the document outline,
 * the aggregate's appendix, labels, numbers). A name an application also needs is in the main
 * entry as well. `public-api.test.ts` pins this list.
 */

// Declaring plugins and presets
export { definePlugin, definePreset } from './plugins/define-plugin.js';
export type {
  AnnotateContext,
  AnnotateOptions,
  AnnotateResult,
  Annotator,
  ImportContext,
  ImportReportOptions,
  ImportResult,
  Importer,
  Pipeline,
  PipelineAggregateOptions,
  PipelineContext,
  PipelineOptions,
  Plugin,
  PluginFactory,
  PluginRule,
  Preset,
  RenderContext,
  RenderInput,
  RenderOptions,
  RenderOutput,
  RenderResult,
  Renderer,
  TemplateContext,
  TemplateRequest,
  TemplateResult,
  TemplateWriter,
} from './plugins/types.js';

// Forms: reading and extending them
export { availableForms, forms, formForYear, getForm, getTable, rowColumns, tableCells } from './forms/registry.js';
export { extendForm } from './forms/extend.js';
export type {
  ColumnAddition,
  EntryChanges,
  FormExtension,
  LabelChange,
  ListChange,
  RowAddition,
  RuleChanges,
  SectionChange,
  TableAddition,
  TableExtension,
} from './forms/extend.js';
export type {
  AccountabilityCheck,
  BlankPolicy,
  BlocksLayout,
  CellKind,
  CellsRule,
  ColumnDefinition,
  CrossYearRule,
  CrossYearTerm,
  CustomRule,
  EquationRule,
  FeeNoticeCheck,
  FlatLayout,
  FormDefinition,
  FormDetection,
  FormId,
  LocalizedText,
  MatrixLayout,
  MemberFigure,
  NarrativeChecks,
  NarrativeDraftDefinition,
  NarrativeDraftPhrase,
  NarrativeFigure,
  NarrativeFigurePart,
  PlausibilityRule,
  RowDefinition,
  RuleBase,
  RuleDefinition,
  SectionDefinition,
  Severity,
  TableDefinition,
  TableDetection,
  TableLayout,
  Term,
} from './forms/types.js';
export { layoutTable, spreadSpans } from './forms/layout.js';
export type { GridBand, GridCell, GridCellKind, TableGrid } from './forms/layout.js';

// Rules: the engine, the context of a custom rule, official labels for messages
export { createRuleContext } from './validate.js';
export type { RuleContext, ValidateOptions } from './validate.js';
export { cellLocation, evaluateRule } from './rules/engine.js';
export { cellLabel, columnLabel, rowLabel, tableName } from './rules/labels.js';
export { narrativeRules } from './rules/narrative-rules.js';

// Diagnostics and messages: the catalog, building and wording diagnostics, errors
export type { Diagnostic, DiagnosticLocation, Locale, MessageParam } from './diagnostics/types.js';
export { catalogParts, diagnosticCatalog } from './diagnostics/catalog.js';
export type { Catalog, CatalogEntry, CatalogPart, DiagnosticCode } from './diagnostics/catalog.js';
export { createDiagnostic, interpolate, paramText, placeholders } from './diagnostics/create.js';
export { describeLocation, fieldLabel, placeLabel, sectionLabel } from './diagnostics/describe-location.js';
export type { DescribeLocationOptions } from './diagnostics/describe-location.js';
export type { DiagnosticInput, MessageOptions, MessageOverrides, PluginDiagnosticInput } from './diagnostics/create.js';
export { ReportError, reportError, reportErrorMessage } from './errors.js';
export type { ReportErrorCode, ReportErrorOptions } from './errors.js';

// Reports: cells, organs, sources, for importers
export type {
  CellContribution,
  CellRef,
  CellSource,
  CellValue,
  MemberFigures,
  Organ,
  OrganLevel,
  Report,
  ReportMember,
  ReportSection,
  ReportTables,
  SourceFile,
} from './model/report.js';
export { cellKey, getCell, organLevelLabels, organLevels, parseCellKey, setCell } from './model/report.js';
export { cellContributions, contributedCells, memberCellSource, memberCellValue } from './model/member-figures.js';
export type { OrganKind } from './organ/organ-kinds.js';
export { inferOrganLevel } from './organ/infer-organ-level.js';
export { parseOrganLevel } from './organ/parse-organ-level.js';
export { calendarYearPeriod } from './calendar.js';
export { narrativeSourceLine } from './narrative/source-lines.js';
export { rosterFromRows } from './roster/roster-from-rows.js';
export { rosterFieldForHeader } from './roster/roster-columns.js';
export type { RosterField } from './roster/roster-columns.js';
export { sumReports } from './aggregate/sum-reports.js';
export type { SummandReport, SummedTables } from './aggregate/sum-reports.js';
export { sha256Hex } from './sha256.js';
export { formatBytes, inputLimits, shortenText } from './limits.js';
export type { InputLimits, TextLimits } from './limits.js';
export { limitReportTexts, limitText } from './model/limit-texts.js';
export type { LimitTextOptions, TextKind } from './model/limit-texts.js';
export { reportRenderOptions } from './plugins/render-options.js';
export type { ReportRenderOptions } from './plugins/render-options.js';

// Formats: converting tables exactly, and tables laid out in another format than the year's
export { conversionDiagnostics } from './convert/conversion-diagnostics.js';
export { convertTables } from './convert/convert-tables.js';
export type { TablesConversion, UnfilledCell, UnmappedCell } from './convert/convert-tables.js';
export { planConversion } from './convert/plan-conversion.js';
export type { ConversionPlan, Derivation, UnmappedReason } from './convert/plan-conversion.js';
export { driftedFrom, formatDriftDiagnostic, tablesThatDiffer } from './forms/format-drift.js';
export type { FormatDriftInput } from './forms/format-drift.js';

// Numbers and text
export { formatNumber, sumExact } from './numbers.js';
export { normalizeLabel, toHalfWidth } from './text/normalize.js';
export { cleanText, singleLine, splitParagraphs } from './text/clean-text.js';
export { chineseNumeral } from './narrative/headings.js';

// Rendering: the document outline of one report, and the appendix of an aggregate
export { documentOutline } from './document/document-outline.js';
export { outlineTable } from './document/outline-table.js';
export { formatCellValue } from './document/format-cell-value.js';
export type { DocumentOutline, DocumentOutlineOptions, OutlineCell, OutlineSection, OutlineSectionSource, OutlineTable } from './document/types.js';
export { appendixOutline, draftNoteText, sharePercent } from './document/appendix-outline.js';
export { appendixLabel } from './document/appendix-labels.js';
export type { AppendixLabelKey } from './document/appendix-labels.js';
export type {
  AppendixBlock,
  AppendixCell,
  AppendixChart,
  AppendixColumn,
  AppendixDraft,
  AppendixOutline,
  AppendixOutlineOptions,
  AppendixPart,
  AppendixPartKind,
  AppendixRow,
  AppendixTable,
  AppendixTableId,
} from './document/appendix-types.js';
export type { AggregateResult, Completeness, Roster, RosterEntry, Submission, SubmissionOutcome, SubmissionStatus } from './aggregate/types.js';
export {
  applicableMemberFigures,
  completenessRows,
  defaultMemberFigures,
  entryDisplayName,
  formatFigure,
  isMemberLate,
  memberDisplayName,
  memberFigureLabel,
  memberFigureTotal,
  memberApplicationItems,
  memberFigureValue,
  outcomeDisplayName,
  outcomeShareItems,
  outcomeStatusText,
  outcomesNeedingAttention,
} from './aggregate/presentation.js';
export type { ChartItem, CompletenessRow, CompletenessRowOptions } from './aggregate/presentation.js';
export { aggregateLabel } from './aggregate/presentation-labels.js';
export type { AggregateLabelKey } from './aggregate/presentation-labels.js';
