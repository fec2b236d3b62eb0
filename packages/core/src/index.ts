/**
 * `@report/core` — the main entry, for application developers: read, check, aggregate, compare and
 * render reports through a pipeline. Helpers for writing plugins (rules, forms, messages, importers,
 * renderers) are in `@report/core/plugin`; example reports and test helpers in `@report/core/testing`.
 * `public-api.test.ts` pins this list.
 */

// Forms: the built-in report formats as data
export { availableForms, formForYear, forms, getForm } from './forms/registry.js';
export type {
  CellKind,
  ColumnDefinition,
  CrossYearRule,
  FormDefinition,
  FormId,
  LocalizedText,
  RowDefinition,
  RuleDefinition,
  SectionDefinition,
  Severity,
  TableDefinition,
} from './forms/types.js';
export type { FormExtension } from './forms/extend.js';

// Reports: the model, its JSON file, narrative text, organs, calendar and codes
export type { CellContribution, CellRef, CellSource, CellValue, ImportProblem, MemberFigures, Organ, OrganLevel, Report, ReportMember, ReportSection, ReportTables, SourceFile } from './model/report.js';
export { cellContributions, contributedCells, memberCellSource, memberCellValue } from './model/member-figures.js';
export { cellKey, getCell, organLevelLabels, organLevels, parseCellKey, reportTitle, setCell } from './model/report.js';
export { createReportSchema, reportEnvelopeSchema } from './model/schema.js';
export { parseReport } from './model/parse.js';
export { inputLimits } from './limits.js';
export type { InputLimits, TextLimits } from './limits.js';
export type { ParseOptions, ParseResult } from './model/parse.js';
export { importNarrativeText } from './narrative/import-narrative-text.js';
export type { NarrativeImportOptions, NarrativeImportResult } from './narrative/import-narrative-text.js';
export { inferOrganLevel } from './organ/infer-organ-level.js';
export { normalizeOrganName } from './organ/normalize-organ-name.js';
export { parseOrganLevel } from './organ/parse-organ-level.js';
export { sameOrgan } from './organ/same-organ.js';
export type { OrganReference } from './organ/same-organ.js';
export { applicableDeadline, calendarYearPeriod, daysLate, isLate, legalDeadline, localDeadline } from './calendar.js';
export type { Deadline } from './calendar.js';
export { checkCreditCode, isDivisionCode, withCheckCharacter } from './credit-code.js';
export type { CreditCodeCheck } from './credit-code.js';

// Checking
export { validateReport } from './validate.js';
export type { ValidateOptions } from './validate.js';

// Diagnostics and errors
export type { Diagnostic, DiagnosticLocation, Locale, MessageParam } from './diagnostics/types.js';
export { diagnosticCatalog } from './diagnostics/catalog.js';
export type { Catalog, CatalogEntry, DiagnosticCode } from './diagnostics/catalog.js';
export { createDiagnostic, hasErrors, localizeDiagnostics, sortDiagnostics } from './diagnostics/create.js';
export { describeLocation, fieldLabel, placeLabel, sectionLabel } from './diagnostics/describe-location.js';
export type { DescribeLocationOptions } from './diagnostics/describe-location.js';
export type { DiagnosticInput, MessageOptions, MessageOverrides } from './diagnostics/create.js';
export { ReportError, reportErrorMessage } from './errors.js';
export type { ReportErrorCode } from './errors.js';

// Aggregation: rosters, matching, adding up, the narrative draft
export type * from './aggregate/types.js';
export { aggregate, createAggregator } from './aggregate/aggregate.js';
export type { Aggregator, CheckedSubmission, LayoutRef } from './aggregate/aggregate.js';
export { decodeTextFile } from './narrative/decode-text.js';
export { normalizeDate, parseReceivedRegister } from './aggregate/received-register.js';
// The county's whole job (read, check, aggregate, account for every file, render), for the CLI and the browser app alike
export {
  runCountyJob,
  loadCountyFile,
  checkLoadedFile,
  countyAggregateOptions,
  createLoadPool,
  serveLoads,
  countyOutputs,
  checkingJsonText,
  reportJsonText,
  countyOutputNames,
  CHECKING_SCHEMA,
  RETURNED_FOLDER,
  aggregatingOrgan,
  CountyJobStop,
  skipReasonOf,
  skipReasonText,
  isIncomplete,
  withNarrative,
  countyRunRecord,
} from './county/index.js';
export type * from './county/index.js';
export { distinctFileName, safeFileName } from './text/file-names.js';
export type { ReceivedRegister } from './aggregate/received-register.js';
export { parseRosterCsv } from './roster/parse-roster-csv.js';
export { parseRosterJson } from './roster/parse-roster-json.js';
export { matchSubmission } from './roster/match-submission.js';
export type { MatchOptions } from './roster/match-submission.js';
export type { MatchedBy, RosterLoadOptions, RosterLoadResult, RosterMatch } from './roster/types.js';
export { createRosterTree } from './aggregate/roster-tree.js';
export type { RosterTree } from './aggregate/roster-tree.js';
export { createNarrativeDraft } from './aggregate/narrative-draft.js';
export type { NarrativeDraftOptions } from './aggregate/narrative-draft.js';

// Converting a report to another format, where the mapping is exact
export { convertReport } from './convert/convert-report.js';
export type { ConversionResult, ConvertOptions } from './convert/convert-report.js';
export type { UnfilledCell, UnmappedCell } from './convert/convert-tables.js';
export type { UnmappedReason } from './convert/plan-conversion.js';

// Comparison of two years
export { compareYears, crossYearRules } from './compare.js';
export type { CellChange, CompareOptions, MemberComparison, MembersComparison, YearComparison } from './compare.js';

// Pipeline: one pipeline from plugins does every stage. definePlugin and definePreset are here as
// well as in ./plugin: an application bundles plugins into a preset, or adds a small local plugin
// (a county's own rule) where it builds its pipeline, and existing plugins import them from here.
export { createPipeline } from './plugins/create-pipeline.js';
export { definePlugin, definePreset } from './plugins/define-plugin.js';
export type {
  AnnotateOptions,
  AnnotateResult,
  ImportReportOptions,
  ImportResult,
  Pipeline,
  PipelineAggregateOptions,
  PipelineOptions,
  Plugin,
  PluginFactory,
  Preset,
  RenderInput,
  RenderOptions,
  RenderResult,
  TemplateRequest,
  TemplateResult,
} from './plugins/types.js';
