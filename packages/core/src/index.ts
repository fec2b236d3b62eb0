// Forms as data
export type {
  BlankPolicy,
  BlocksLayout,
  CellKind,
  CellsRule,
  ColumnDefinition,
  CustomRule,
  EquationRule,
  FlatLayout,
  CrossYearRule,
  CrossYearTerm,
  FormDefinition,
  FormDetection,
  FormId,
  LocalizedText,
  MatrixLayout,
  MemberFigure,
  NarrativeDraftDefinition,
  NarrativeDraftPhrase,
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
export { availableForms, forms, getForm, formForYear, getTable, rowColumns, tableCells } from './forms/registry.js';
export { layoutTable, spreadSpans } from './forms/layout.js';
export type { GridBand, GridCell, GridCellKind, TableGrid } from './forms/layout.js';

// The report model and its JSON file
export type {
  CellContribution,
  CellRef,
  CellSource,
  CellValue,
  Organ,
  OrganLevel,
  Report,
  ReportMember,
  ReportSection,
  ReportTables,
  SourceFile,
} from './model/report.js';
export { cellKey, getCell, organLevelLabels, organLevels, parseCellKey, reportTitle, setCell } from './model/report.js';
export { createReportSchema, reportEnvelopeSchema } from './model/schema.js';
export { parseReport } from './model/parse.js';
export type { ParseOptions, ParseResult } from './model/parse.js';

// Diagnostics
export type { Diagnostic, DiagnosticLocation, Locale } from './diagnostics/types.js';
export { diagnosticCatalog } from './diagnostics/catalog.js';
export type { Catalog, CatalogEntry } from './diagnostics/catalog.js';
export { createDiagnostic, hasErrors, interpolate, localizeDiagnostics, sortDiagnostics } from './diagnostics/create.js';
export type { DiagnosticInput, MessageOptions, MessageOverrides } from './diagnostics/create.js';

// Checking
export { validateReport, createRuleContext } from './validate.js';
export type { RuleContext, ValidateOptions } from './validate.js';
export { evaluateRule, cellLocation } from './rules/engine.js';
export { cellLabel, columnLabel, rowLabel, tableName } from './rules/labels.js';

// Calendar, codes, numbers, text
export { applicableDeadline, calendarYearPeriod, isLate, legalDeadline, localDeadline } from './calendar.js';
export type { Deadline } from './calendar.js';
export { checkCreditCode, isDivisionCode, withCheckCharacter } from './credit-code.js';
export type { CreditCodeCheck } from './credit-code.js';
export { formatNumber, sumExact } from './numbers.js';
export { formatBytes, inputLimits, shortenText } from './limits.js';
export type { InputLimits, TextLimits } from './limits.js';
export { limitReportTexts, limitText } from './model/limit-texts.js';
export type { LimitTextOptions, TextKind } from './model/limit-texts.js';
export { normalizeLabel, toHalfWidth } from './text/normalize.js';
export { ReportError } from './errors.js';
export { createExampleReport, createRandom } from './example-report.js';
export type { ExampleReportOptions } from './example-report.js';
export type * from './aggregate/types.js';

// Narrative (text) reports
export { importNarrativeText } from './narrative/import-narrative-text.js';
export type { NarrativeImportOptions, NarrativeImportResult } from './narrative/import-narrative-text.js';
export { narrativeSourceLine } from './narrative/source-lines.js';
export { narrativeRules } from './rules/narrative-rules.js';

// Organs: names, levels, identity
export { inferOrganLevel } from './organ/infer-organ-level.js';
export { normalizeOrganName } from './organ/normalize-organ-name.js';
export { parseOrganLevel } from './organ/parse-organ-level.js';
export { sameOrgan } from './organ/same-organ.js';
export type { OrganReference } from './organ/same-organ.js';

// Comparing two years
export { compareYears, crossYearRules } from './compare.js';
export type { CellChange, CompareOptions, MemberComparison, MembersComparison, YearComparison } from './compare.js';
export { daysLate } from './calendar.js';
export { catalogParts } from './diagnostics/catalog.js';
export type { CatalogPart } from './diagnostics/catalog.js';
export { paramText, placeholders } from './diagnostics/create.js';
export type { MessageParam } from './diagnostics/types.js';

// Rosters and aggregation
export { aggregate } from './aggregate/aggregate.js';
export { sumReports } from './aggregate/sum-reports.js';
export type { SummandReport, SummedTables } from './aggregate/sum-reports.js';
export { createNarrativeDraft } from './aggregate/narrative-draft.js';
export type { NarrativeDraftOptions } from './aggregate/narrative-draft.js';
export { createRosterTree } from './aggregate/roster-tree.js';
export type { RosterTree } from './aggregate/roster-tree.js';
export { parseRosterCsv } from './roster/parse-roster-csv.js';
export { parseRosterJson } from './roster/parse-roster-json.js';
export { rosterFromRows } from './roster/roster-from-rows.js';
export { matchSubmission } from './roster/match-submission.js';
export type { MatchOptions } from './roster/match-submission.js';
export { rosterFieldForHeader } from './roster/roster-columns.js';
export type { RosterField } from './roster/roster-columns.js';
export type { MatchedBy, RosterLoadOptions, RosterLoadResult, RosterMatch } from './roster/types.js';

// Plugins, pipelines and form extensions
export { definePlugin, definePreset } from './plugins/define-plugin.js';
export { createPipeline } from './plugins/create-pipeline.js';
export type {
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
export { sha256Hex } from './sha256.js';
export { reportRenderOptions } from './plugins/render-options.js';
export type { ReportRenderOptions } from './plugins/render-options.js';
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

// Presenting an aggregate (the appendix every renderer prints)
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
  memberFigureValue,
  outcomeDisplayName,
  outcomeStatusText,
  outcomesNeedingAttention,
} from './aggregate/presentation.js';
export type { CompletenessRow, CompletenessRowOptions } from './aggregate/presentation.js';
export { aggregateLabel } from './aggregate/presentation-labels.js';
export type { AggregateLabelKey } from './aggregate/presentation-labels.js';
export { chineseNumeral } from './narrative/headings.js';

// The document outline (what every renderer of one report draws)
export { documentOutline } from './document/document-outline.js';
export { outlineTable } from './document/outline-table.js';
export { formatCellValue } from './document/format-cell-value.js';
export type { DocumentOutline, DocumentOutlineOptions, OutlineCell, OutlineSection, OutlineSectionSource, OutlineTable } from './document/types.js';
