import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExampleReport, createRandom } from '../example-report.js';
import { extendForm } from '../forms/extend.js';
import { forms, getForm } from '../forms/registry.js';
import type { NarrativeFigure } from '../forms/narrative-check-types.js';
import type { FormDefinition } from '../forms/types.js';
import { limitReportTexts } from '../model/limit-texts.js';
import { setCell, type Report } from '../model/report.js';
import { findFigureStatements, statementSentences, type FigureStatement } from '../narrative/figure-statements.js';
import { importNarrativeText } from '../narrative/import-narrative-text.js';
import { reportParagraphs } from '../narrative/report-paragraphs.js';
import { exampleFeeNoticesTable, exampleTransferredRow } from '../testing/example-extensions.js';
import { createRuleContext, validateReport } from '../validate.js';
import { evaluateRule } from './engine.js';
import { narrativeFixtures } from './__fixtures__/narrative-reports.js';
import { withCellSources } from './__fixtures__/reports.js';
import {
  referenceCells,
  referenceColumnLabel,
  referenceEquation,
  referenceLimitReportTexts,
  referenceNotFilled,
  referencePeriodIsCalendarYear,
  referenceRowLabel,
  referenceTableName,
  referenceUnknownCells,
} from './__fixtures__/reference-checks.js';
import { columnLabel, rowLabel, tableName } from './labels.js';

/**
 * Checking was made faster (issue 13) with lookups and patterns made once per form and kept, and
 * with shortcuts that skip work which cannot find anything. None of it may change a result: here
 * the fast checks are compared with straightforward versions of themselves (`reference-checks.ts`),
 * on reports with every kind of fault, and the caches with fresh forms and changed reports.
 */

const extended = extendForm(forms['gov-2021'], {
  id: 'gov-2021-cached',
  tables: { applications: { addRows: [exampleTransferredRow()] } },
  addTables: [exampleFeeNoticesTable()],
});

/** Every way a report in the tests below goes wrong, one per `index` (mod 12). */
function withFault(report: Report, index: number): Report {
  const copy = structuredClone(report);
  const firstTable = Object.keys(copy.tables)[0];
  switch (index % 12) {
    case 0:
      setCell(copy, { table: 'applications', row: 'newReceived', column: 'total' }, 1e6);
      break;
    case 1:
      setCell(copy, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, null);
      setCell(copy, { table: 'reviewLitigation', row: 'review', column: 'total' }, null);
      break;
    case 2:
      setCell(copy, { table: 'applications', row: 'noSuchRow', column: 'total' }, 3);
      setCell(copy, { table: 'applications', row: 'granted', column: 'noSuchColumn' }, 0);
      for (let i = 0; i < 7; i++) setCell(copy, { table: 'active', row: `extra${i}`, column: 'issued' }, i);
      copy.tables.noSuchTable = { a: { b: 1, c: null } };
      break;
    case 3:
      delete copy.tables.reviewLitigation;
      break;
    case 4:
      setCell(copy, { table: 'applications', row: 'granted', column: 'naturalPerson' }, -2.5);
      setCell(copy, { table: 'active', row: 'fees', column: 'amount' }, -1);
      break;
    case 5:
      // Past 2^53 (no exact sum: the equations skip it), and not a number at all.
      setCell(copy, { table: 'applications', row: 'granted', column: 'business' }, 2 ** 60);
      setCell(copy, { table: 'applications', row: 'partiallyGranted', column: 'business' }, Number.NaN);
      break;
    case 6:
      for (const rows of Object.values(copy.tables)) for (const cells of Object.values(rows)) for (const column of Object.keys(cells)) if ((column.length + index) % 3 === 0) cells[column] = null;
      break;
    case 7:
      copy.tables[firstTable] = {};
      break;
    case 8:
      for (const cells of Object.values(copy.tables.active ?? {})) {
        if ('change' in cells) cells.change = 1.5;
        if ('previousCount' in cells) cells.previousCount = -9;
      }
      break;
    case 9:
      setCell(copy, { table: 'applications', row: 'totalHandled', column: 'total' }, 0.1 + 0.2);
      break;
    case 10:
      copy.importProblems = [{ code: 'import-cell-text', message: '单元格不是数字', location: { table: 'applications', row: 'granted', column: 'total' } }];
      setCell(copy, { table: 'applications', row: 'granted', column: 'total' }, null);
      break;
    default:
      break;
  }
  return copy;
}

interface Case {
  label: string;
  report: Report;
  form: FormDefinition;
}

function cases(): Case[] {
  const found: Case[] = [];
  for (const [form, years] of [
    [forms['gov-2021'], [2021, 2024]],
    [forms['gov-2019'], [2019, 2020]],
    [forms.legacy, [2016]],
    [extended, [2024]],
  ] as const) {
    for (const year of years) {
      for (let seed = 0; seed < 12; seed++) {
        const report = createExampleReport({ form, year, seed, scale: [1, 10, 50][seed % 3] });
        found.push({ label: `${form.id} ${year} #${seed}`, report: withFault(seed % 4 === 0 && form !== extended ? withCellSources(report) : report, seed), form });
      }
    }
  }
  for (const [name, make] of Object.entries(narrativeFixtures)) {
    for (let index = 0; index < 12; index++) found.push({ label: `${name} #${index}`, report: withFault(make(), index), form: forms['gov-2021'] });
  }
  return found;
}

const optionSets = [
  {},
  { locale: 'en' as const },
  { blankAsZero: true },
  { knownProblems: [{ code: 'import-column-missing', severity: 'error' as const, message: '', location: { table: 'applications', column: 'business' } }] },
];

describe('the fast checks give the results of the straightforward ones', () => {
  const all = cases();

  it('cells the form does not define, and cells not filled', () => {
    for (const { label, report, form } of all) {
      for (const options of optionSets) {
        const diagnostics = validateReport(report, { ...options, form });
        // What validateReport adds to the import problems it keeps (and puts among the known ones).
        const context = createRuleContext(report, form, {
          ...options,
          knownProblems: [...(options.knownProblems ?? []), ...diagnostics.filter((d) => d.code === 'import-cell-text')],
        });
        const expected = [...referenceUnknownCells(context), ...referenceNotFilled(context)];
        const codes = new Set(['report-table-unknown', 'report-cells-unknown', 'cell-not-filled']);
        expect(diagnostics.filter((d) => codes.has(d.code)), label).toEqual(expected);
      }
    }
  });

  it('every equation and cells rule of every form', () => {
    for (const { label, report, form } of all) {
      for (const options of optionSets) {
        const context = createRuleContext(report, form, options);
        for (const rule of form.rules) {
          if (rule.kind === 'custom') continue;
          const expected = rule.kind === 'equation' ? referenceEquation(rule, context) : referenceCells(rule, context);
          expect(evaluateRule(rule, context), `${label} ${rule.id}`).toEqual(expected);
        }
      }
    }
  });

  it('the period check, for the calendar year written in every way', () => {
    const report = createExampleReport({ year: 2024 });
    const periods = [
      ['2024-01-01', '2024-12-31'],
      ['2024-1-1', '2024-12-31'],
      ['20240101', '20241231'],
      ['2024-01-01T00:00', '2024-12-31'],
      ['2024-01-01', '2024-06-30'],
      ['2023-01-01', '2023-12-31'],
      ['garbage', '2024-12-31'],
      ['', ''],
    ];
    for (const year of [2024, 999, 10_000, 2024.5]) {
      for (const [start, end] of periods) {
        const changed = { ...report, year, period: { start: start.replace('2024', String(year)), end: end.replace('2024', String(year)) } };
        const warned = validateReport(changed, { form: forms['gov-2021'] }).some((d) => d.code === 'period-not-calendar-year');
        expect(warned, `${year} ${changed.period.start}/${changed.period.end}`).toBe(!referencePeriodIsCalendarYear(changed));
      }
    }
  });

  it('labels of every table, row and column (and ids the form lacks)', () => {
    for (const form of [...Object.values(forms), extended]) {
      for (const table of form.tables) {
        for (const locale of ['zh-CN', 'en'] as const) expect(tableName(form, table, locale)).toBe(referenceTableName(form, table, locale));
        for (const id of [...table.rows.map((r) => r.id), 'noSuchRow']) expect(rowLabel(table, id)).toBe(referenceRowLabel(table, id));
        for (const id of [...table.columns.map((c) => c.id), 'noSuchColumn']) expect(columnLabel(table, id)).toBe(referenceColumnLabel(table, id));
      }
    }
  });

  it('limitReportTexts shortens the same texts with the same diagnostics', () => {
    const long = (n: number) => '很长的文字'.repeat(n);
    const report = withCellSources(createExampleReport({ year: 2024 }));
    const keys = Object.keys(report.cellSources!);
    report.cellSources![keys[3]].sheet = long(200);
    report.cellSources![keys[7]].file = long(200);
    report.cellSources![`${long(200)}/x/y`] = { cell: 'A1' };
    report.organ.name = long(50);
    report.sections[1].paragraphs.push(long(5000));
    report.sections[0].children.push({ id: long(200), title: long(100), paragraphs: [long(5000)], children: [] });
    report.members = [{ organ: { name: long(50), level: 'township', creditCode: long(200) }, file: long(200) }];
    report.memberLayouts = [{ [keys[0]]: { sheet: long(200), cell: long(200) }, [long(200)]: { cell: 'B2' } }];
    report.contributions = { [keys[1]]: [{ member: 0, value: 1, source: { file: long(200) } }, { member: 0, value: 2, source: { cell: 'C3' } }], [long(200)]: [] };
    for (const options of [{}, { locale: 'en' as const, file: '示例.json' }, { maxTextLength: { short: 10, paragraph: 30 } }]) {
      const fast = structuredClone(report);
      const reference = structuredClone(report);
      expect(limitReportTexts(fast, options)).toEqual(referenceLimitReportTexts(reference, options));
      expect(fast).toEqual(reference);
    }
  });
});

/** The form's figures with every phrase made a named group: same matches, but no screening pattern can join them. */
function unscreened(figures: readonly NarrativeFigure[]): NarrativeFigure[] {
  const wrap = (cues: readonly string[]) => cues.map((cue) => `(?<unscreened>${cue})`);
  return figures.map((figure) => ({ ...figure, cues: wrap(figure.cues), parts: figure.parts?.map((part) => ({ ...part, cues: wrap(part.cues) })) }));
}

/** A statement with its figure and part named by id, to compare statements of two lists of figures. */
const byId = (statement: FigureStatement) => ({ ...statement, figure: statement.figure.id, ...('part' in statement && statement.part ? { part: statement.part.id } : {}) });

function paragraphs(): string[] {
  const texts = new Set<string>();
  for (const make of Object.values(narrativeFixtures)) for (const paragraph of reportParagraphs(make())) texts.add(paragraph.text);
  const folder = new URL('./__fixtures__/narrative/', import.meta.url);
  for (const file of readdirSync(folder)) {
    const { report } = importNarrativeText(readFileSync(new URL(file, folder), 'utf8'), { file });
    for (const paragraph of report ? reportParagraphs(report) : []) texts.add(paragraph.text);
  }
  texts.add('本年度新收政府信息公开申请258件，其中予以公开80件、部分公开20件，占40%。被申请行政复议3件，均获维持。');
  texts.add('全年未收到政府信息公开申请，未发生被申请行政复议、提起行政诉讼的情况。收取信息处理费400元，未发出收费通知。');
  texts.add('2023年新收申请5件，较上年增加2件；县公安局新收申请9件；行政复议和行政诉讼3件；办结办结12件。');
  // Sentences of the texts mixed into new paragraphs, so phrases meet numbers they did not meet before.
  const sentences = [...texts].flatMap((text) => statementSentences(text));
  const random = createRandom(13);
  for (let i = 0; i < 300; i++) texts.add(Array.from({ length: 3 }, () => sentences[Math.floor(random() * sentences.length)]).join('。'));
  return [...texts];
}

describe('figures stated in the text', () => {
  const texts = paragraphs();
  const contexts = [
    { year: 2024, organ: '青山镇人民政府' },
    { year: 2023, organ: '青山县公安局' },
  ];

  it('screening patterns before the phrases find the statements trying every phrase finds', () => {
    const fee = getForm('gov-2021').narrativeChecks!.fees!;
    for (const figures of [getForm('gov-2021').narrativeChecks!.figures!, getForm('gov-2019').narrativeChecks!.figures!, [
      { id: 'feeCollected', cues: fee.collected, cells: [], kind: 'amount', negatable: true },
      { id: 'feeNotices', cues: fee.notices, cells: [], kind: 'count', negatable: true },
    ] satisfies NarrativeFigure[]]) {
      const plain = unscreened(figures);
      let stated = 0;
      for (const text of texts) {
        for (const context of contexts) {
          const found = findFigureStatements(text, figures, context);
          stated += found.length;
          expect(found.map(byId), text).toEqual(findFigureStatements(text, plain, context).map(byId));
        }
      }
      expect(stated).toBeGreaterThan(50);
    }
  });

  it('a paragraph read again gives what it gave, for its own year and organ', () => {
    const figures = getForm('gov-2021').narrativeChecks!.figures!;
    const first = texts.map((text) => contexts.map((context) => findFigureStatements(text, figures, context)));
    const again = texts.map((text) => contexts.map((context) => findFigureStatements(text, figures, context)));
    expect(again).toEqual(first);
    // Read for one year, then for another: as if read for the other year first (the paragraph with a
    // space added is read anew, and reads the same, spaces being removed).
    for (const text of texts) {
      findFigureStatements(text, figures, contexts[0]);
      expect(findFigureStatements(text, figures, contexts[1]), text).toEqual(findFigureStatements(`${text} `, figures, contexts[1]));
    }
    // What a caller does with the statements it gets does not reach the next caller.
    findFigureStatements(texts[0], figures, contexts[0]).length = 0;
    expect(findFigureStatements(texts[0], figures, contexts[0])).toEqual(first[0][0]);
  });
});

describe('what is kept between reports', () => {
  it('a form made anew (nothing kept for it yet) gives the same diagnostics as one checked before', () => {
    for (const { label, report, form } of cases().filter((_, index) => index % 5 === 0)) {
      const fresh = extendForm(form, {}); // the same form, every table, row, column and rule a new object
      expect(validateReport(report, { form: fresh, forms: [extended] }), label).toEqual(validateReport(report, { form, forms: [extended] }));
    }
  });

  it('a report changed after it was checked is checked as it now is', () => {
    const change = (report: Report) => {
      setCell(report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 1);
      report.sections[0].paragraphs[0] = `${report.sections[0].paragraphs[0]}本年度新收政府信息公开申请1件。`;
      report.period = { start: `${report.year}-01-01`, end: `${report.year}-06-30` };
      return report;
    };
    const report = narrativeFixtures.county();
    validateReport(report);
    change(report);
    expect(validateReport(report)).toEqual(validateReport(change(narrativeFixtures.county())));
    const codes = validateReport(report).map((d) => d.code);
    expect(codes).toContain('R3-1');
    expect(codes).toContain('period-not-calendar-year');
  });
});
