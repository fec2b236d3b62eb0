import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Deadline, Diagnostic, FormDefinition, ParseResult, Report, YearComparison } from './index.js';
import * as core from './index.js';
import * as plugin from './plugin.js';
import * as testing from './testing.js';

/*
 * The runtime exports of the three entries of @report/core. Changing a list changes the public API:
 * if the change is intended, update the list here (and add a changeset); otherwise restore the export.
 *
 * Which entry a name belongs to:
 * - `@report/core`: what an application calls — forms, reports, checking, diagnostics, aggregation,
 *   comparison, the pipeline.
 * - `@report/core/plugin`: what a plugin author needs to declare plugins, extend forms, write rules
 *   and messages, and build importers and renderers (the helpers the built-in ones use). A name both
 *   audiences need is in both.
 * - `@report/core/testing`: example reports and helpers for tests.
 */
const MAIN = [
  // forms
  'availableForms',
  'formForYear',
  'forms',
  'getForm',
  // reports
  'cellKey',
  'getCell',
  'organLevelLabels',
  'organLevels',
  'parseCellKey',
  'reportTitle',
  'setCell',
  'cellContributions',
  'contributedCells',
  'memberCellSource',
  'memberCellValue',
  'createReportSchema',
  'reportEnvelopeSchema',
  'parseReport',
  'importNarrativeText',
  'inferOrganLevel',
  'normalizeOrganName',
  'parseOrganLevel',
  'sameOrgan',
  'applicableDeadline',
  'calendarYearPeriod',
  'daysLate',
  'isLate',
  'legalDeadline',
  'localDeadline',
  'inputLimits',
  'checkCreditCode',
  'isDivisionCode',
  'withCheckCharacter',
  // checking and diagnostics
  'validateReport',
  'diagnosticCatalog',
  'createDiagnostic',
  'hasErrors',
  'localizeDiagnostics',
  'sortDiagnostics',
  'describeLocation',
  'fieldLabel',
  'placeLabel',
  'sectionLabel',
  'ReportError',
  'reportErrorMessage',
  // aggregation
  'aggregate',
  'createAggregator',
  'runCountyJob',
  'loadCountyFile',
  'checkLoadedFile',
  'countyAggregateOptions',
  'createLoadPool',
  'serveLoads',
  'countyOutputs',
  'checkingJsonText',
  'reportJsonText',
  'countyOutputNames',
  'CHECKING_SCHEMA',
  'RETURNED_FOLDER',
  'aggregatingOrgan',
  'CountyJobStop',
  'skipReasonOf',
  'skipReasonText',
  'isIncomplete',
  'withNarrative',
  'countyRunRecord',
  'distinctFileName',
  'safeFileName',
  'parseReceivedRegister',
  'decodeTextFile',
  'normalizeDate',
  'parseRosterCsv',
  'parseRosterJson',
  'matchSubmission',
  'createRosterTree',
  'createNarrativeDraft',
  // converting
  'convertReport',
  // comparison
  'compareYears',
  'crossYearRules',
  // pipeline
  'createPipeline',
  'definePlugin',
  'definePreset',
];

const PLUGIN = [
  // plugins
  'definePlugin',
  'definePreset',
  // forms
  'availableForms',
  'forms',
  'formForYear',
  'getForm',
  'getTable',
  'rowColumns',
  'tableCells',
  'extendForm',
  'layoutTable',
  'spreadSpans',
  // rules
  'createRuleContext',
  'cellLocation',
  'evaluateRule',
  'cellLabel',
  'columnLabel',
  'rowLabel',
  'tableName',
  'narrativeRules',
  // diagnostics and messages
  'catalogParts',
  'diagnosticCatalog',
  'createDiagnostic',
  'interpolate',
  'paramText',
  'placeholders',
  'describeLocation',
  'fieldLabel',
  'placeLabel',
  'sectionLabel',
  'ReportError',
  'reportError',
  'reportErrorMessage',
  // reports, for importers
  'cellKey',
  'getCell',
  'organLevelLabels',
  'organLevels',
  'parseCellKey',
  'setCell',
  'cellContributions',
  'contributedCells',
  'memberCellSource',
  'memberCellValue',
  'inferOrganLevel',
  'parseOrganLevel',
  'calendarYearPeriod',
  'narrativeSourceLine',
  'rosterFromRows',
  'rosterFieldForHeader',
  'sumReports',
  'sha256Hex',
  'reportRenderOptions',
  'formatBytes',
  'inputLimits',
  'limitReportTexts',
  'limitText',
  'shortenText',
  // formats: converting and drift
  'conversionDiagnostics',
  'convertTables',
  'planConversion',
  'driftedFrom',
  'formatDriftDiagnostic',
  'tablesThatDiffer',
  // numbers and text
  'formatNumber',
  'sumExact',
  'cleanText',
  'singleLine',
  'splitParagraphs',
  'normalizeLabel',
  'toHalfWidth',
  'chineseNumeral',
  // rendering
  'documentOutline',
  'outlineTable',
  'formatCellValue',
  'appendixOutline',
  'appendixLabel',
  'draftNoteText',
  'sharePercent',
  'applicableMemberFigures',
  'completenessRows',
  'defaultMemberFigures',
  'entryDisplayName',
  'formatFigure',
  'isMemberLate',
  'memberDisplayName',
  'memberFigureLabel',
  'memberFigureTotal',
  'memberApplicationItems',
  'memberFigureValue',
  'outcomeDisplayName',
  'outcomeShareItems',
  'outcomeStatusText',
  'outcomesNeedingAttention',
  'aggregateLabel',
];

const TESTING = ['createExampleReport', 'createRandom', 'catchReportError', 'rejectedReportError', 'exampleFeeNoticesTable', 'exampleTransferredRow'];

const entries = [
  ['@report/core', core, MAIN],
  ['@report/core/plugin', plugin, PLUGIN],
  ['@report/core/testing', testing, TESTING],
] as const;

describe('the public API of @report/core', () => {
  it.each(entries)('%s exports exactly the pinned list (update it in this file when the API changes on purpose)', (_name, module, expected) => {
    expect(Object.keys(module).sort()).toEqual([...expected].sort());
    expect(new Set(expected).size, 'a name is listed twice').toBe(expected.length);
    for (const name of expected) expect((module as Record<string, unknown>)[name], name).toBeDefined();
  });

  it('keeps helpers only plugins, sibling packages and tests need out of the main entry', () => {
    for (const name of ['paramText', 'placeholders', 'interpolate', 'createRandom', 'createExampleReport', 'narrativeSourceLine', 'layoutTable', 'extendForm', 'sha256Hex']) {
      expect(MAIN, name).not.toContain(name);
    }
  });

  it('gives a plugin author what the brief of a plugin needs', () => {
    for (const name of ['definePlugin', 'definePreset', 'extendForm', 'createDiagnostic', 'interpolate', 'placeholders', 'paramText', 'evaluateRule', 'cellLabel']) {
      expect(PLUGIN, name).toContain(name);
    }
  });

  it('a name in two entries is one value (a form, a class), not a copy', () => {
    for (const [, module] of entries) {
      for (const [name, value] of Object.entries(module)) {
        if (name in core) expect((core as Record<string, unknown>)[name], name).toBe(value);
      }
    }
    expect(plugin.ReportError).toBe(core.ReportError);
    expect(plugin.forms['gov-2021']).toBe(core.getForm('gov-2021'));
  });

  it('keeps the signatures of the main functions', () => {
    expectTypeOf(core.parseReport).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(core.parseReport).returns.toEqualTypeOf<ParseResult>();
    expectTypeOf(core.validateReport).parameters.toMatchTypeOf<[Report, core.ValidateOptions?]>();
    expectTypeOf(core.validateReport).returns.toEqualTypeOf<Diagnostic[]>();
    expectTypeOf(core.compareYears).parameters.toMatchTypeOf<[Report, Report, core.CompareOptions?]>();
    expectTypeOf(core.compareYears).returns.toEqualTypeOf<YearComparison>();
    expectTypeOf(core.getForm).returns.toEqualTypeOf<FormDefinition>();
    expectTypeOf(core.legalDeadline).returns.toEqualTypeOf<Deadline | undefined>();
    expectTypeOf(testing.createExampleReport).returns.toEqualTypeOf<Report>();
    expect(typeof core.getForm('gov-2021').rules).toBe('object');
  });
});

describe('@report/core/testing', () => {
  it('catchReportError returns the ReportError thrown, and fails when none is', async () => {
    expect(testing.catchReportError(() => core.getForm('no-such-form')).code).toBe('unknown-form');
    expect(() => testing.catchReportError(() => 1)).toThrow(/expected a ReportError/);
    expect(() => testing.catchReportError(() => JSON.parse('{'))).toThrow(SyntaxError);
    expect((await testing.rejectedReportError(async () => core.getForm('no-such-form'))).code).toBe('unknown-form');
    await expect(testing.rejectedReportError(Promise.resolve(1))).rejects.toThrow(/expected a ReportError/);
  });

  it('the example extensions are fresh objects that extend gov-2021', () => {
    expect(testing.exampleTransferredRow()).not.toBe(testing.exampleTransferredRow());
    const form = plugin.extendForm(core.getForm('gov-2021'), {
      tables: { applications: { addRows: [testing.exampleTransferredRow()] } },
      addTables: [testing.exampleFeeNoticesTable()],
    });
    const report = testing.createExampleReport({ form, seed: 5 });
    expect(core.validateReport(report, { form })).toEqual([]);
  });
});
