import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Diagnostic, FormDefinition, Report, YearComparison, ParseResult, Deadline } from './index.js';
import * as core from './index.js';

/**
 * The runtime exports of @report/core. Changing this list changes the public API: if the change is
 * intended, update the list (and add a changeset); otherwise restore the export.
 */
const EXPECTED = [
  'ReportError',
  'aggregate',
  'aggregateLabel',
  'applicableDeadline',
  'applicableMemberFigures',
  'availableForms',
  'calendarYearPeriod',
  'catalogParts',
  'cellKey',
  'cellLabel',
  'cellLocation',
  'checkCreditCode',
  'chineseNumeral',
  'columnLabel',
  'compareYears',
  'completenessRows',
  'createDiagnostic',
  'createExampleReport',
  'createNarrativeDraft',
  'createPipeline',
  'createRandom',
  'createReportSchema',
  'createRosterTree',
  'createRuleContext',
  'crossYearRules',
  'daysLate',
  'defaultMemberFigures',
  'definePlugin',
  'definePreset',
  'diagnosticCatalog',
  'documentOutline',
  'entryDisplayName',
  'evaluateRule',
  'extendForm',
  'formForYear',
  'formatBytes',
  'formatCellValue',
  'formatFigure',
  'formatNumber',
  'forms',
  'getCell',
  'getForm',
  'getTable',
  'hasErrors',
  'importNarrativeText',
  'inferOrganLevel',
  'inputLimits',
  'interpolate',
  'isDivisionCode',
  'isLate',
  'isMemberLate',
  'layoutTable',
  'legalDeadline',
  'limitReportTexts',
  'limitText',
  'localDeadline',
  'localizeDiagnostics',
  'matchSubmission',
  'memberDisplayName',
  'memberFigureLabel',
  'memberFigureTotal',
  'memberFigureValue',
  'narrativeRules',
  'narrativeSourceLine',
  'normalizeLabel',
  'normalizeOrganName',
  'organLevelLabels',
  'organLevels',
  'outlineTable',
  'outcomeDisplayName',
  'outcomeStatusText',
  'outcomesNeedingAttention',
  'paramText',
  'parseCellKey',
  'parseOrganLevel',
  'parseReport',
  'parseRosterCsv',
  'parseRosterJson',
  'placeholders',
  'reportEnvelopeSchema',
  'reportRenderOptions',
  'reportTitle',
  'rosterFieldForHeader',
  'rosterFromRows',
  'rowColumns',
  'rowLabel',
  'sameOrgan',
  'setCell',
  'sha256Hex',
  'shortenText',
  'sortDiagnostics',
  'spreadSpans',
  'sumExact',
  'sumReports',
  'tableCells',
  'tableName',
  'toHalfWidth',
  'validateReport',
  'withCheckCharacter',
];

describe('the public API of @report/core', () => {
  it('exports exactly the pinned list (update EXPECTED in this file when the API changes on purpose)', async () => {
    const actual = Object.keys(await import('./index.js')).sort();
    expect(actual).toEqual([...EXPECTED].sort());
  });

  it('has the entry points the other packages and the README rely on, each defined', () => {
    for (const name of ['forms', 'getForm', 'parseReport', 'validateReport', 'compareYears', 'importNarrativeText', 'legalDeadline', 'definePlugin', 'layoutTable']) {
      expect(EXPECTED, name).toContain(name);
      expect((core as Record<string, unknown>)[name], name).toBeDefined();
    }
    for (const name of EXPECTED) expect((core as Record<string, unknown>)[name], name).not.toBeUndefined();
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
    expect(typeof core.getForm('gov-2021').rules).toBe('object');
  });
});
