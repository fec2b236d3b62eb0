import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../aggregate/aggregate.js';
import type { Roster } from '../aggregate/types.js';
import { compareYears } from '../compare.js';
import { localizeDiagnostics } from '../diagnostics/create.js';
import { createExampleReport } from '../example-report.js';
import { tableCells } from '../forms/registry.js';
import { getForm } from '../forms/registry.js';
import { calendarYearPeriod } from '../calendar.js';
import { setCell, type Organ, type Report } from '../model/report.js';
import { parseReport } from '../model/parse.js';
import { narrativeFixtures } from './__fixtures__/narrative-reports.js';

const COPY_CODES = ['compare-cells-identical', 'compare-narrative-copied'];
const copies = (previous: Report, current: Report) => compareYears(previous, current).diagnostics.filter((d) => COPY_CODES.includes(d.code));

/** Last year's report sent again as this year's: the year and period changed, nothing else. */
function sentAgain(previous: Report): Report {
  const report = structuredClone(previous);
  report.year = previous.year + 1;
  report.period = calendarYearPeriod(report.year);
  const replaceYear = (text: string) => text.replaceAll(String(previous.year), String(report.year));
  report.title = replaceYear(report.title ?? '');
  report.preface = report.preface?.map(replaceYear);
  const walk = (sections: Report['sections']) =>
    sections.forEach((section) => {
      section.paragraphs = section.paragraphs.map(replaceYear);
      walk(section.children);
    });
  walk(report.sections);
  return report;
}

describe('compare: last year’s report sent again', () => {
  it('warns when every cell is the same as last year’s', () => {
    const previous = createExampleReport({ year: 2023, seed: 5, scale: 20 });
    const current = sentAgain(previous);
    current.sections = createExampleReport({ year: 2024, seed: 6 }).sections; // its own text
    const [found, ...others] = copies(previous, current);
    expect(others).toEqual([]);
    const cells = getForm('gov-2021').tables.reduce((n, table) => n + tableCells(table).length, 0);
    expect(found).toMatchObject({ code: 'compare-cells-identical', severity: 'warning', location: { path: 'tables' } });
    expect(found.message).toMatch(new RegExp(`^本年度报告表格的 ${cells} 个单元格（其中 \\d+ 个不为 0）与2023年度完全相同，请确认不是沿用了上年的报告$`));
    expect(localizeDiagnostics([found], { locale: 'en' })[0].message).toMatch(/^all \d+ cells of the tables \(\d+ of them not 0\) are the same as in 2023/);
    // One cell that changed, and it is this year's report.
    setCell(current, { table: 'applications', row: 'granted', column: 'naturalPerson' }, 999);
    expect(copies(previous, current)).toEqual([]);
  });

  it('does not warn a small organ whose few figures are the same two years running', () => {
    const previous = createExampleReport({ year: 2023, seed: 5, scale: 0 });
    for (const table of getForm('gov-2021').tables) for (const { row, column } of tableCells(table)) setCell(previous, { table: table.id, row, column }, 0);
    for (const [row, value] of [['newReceived', 1], ['granted', 1], ['totalHandled', 1]] as const) {
      for (const column of ['naturalPerson', 'total']) setCell(previous, { table: 'applications', row, column }, value);
    }
    setCell(previous, { table: 'active', row: 'normativeDocuments', column: 'inForce' }, 4);
    const current = sentAgain(previous);
    expect(copies(previous, current)).toEqual([]);
  });

  it('warns when the text is last year’s, figures and all, and not when it was written with this year’s figures', () => {
    const previous = narrativeFixtures.town();
    const current = sentAgain(previous);
    current.tables = createExampleReport({ year: 2025, seed: 9 }).tables; // this year's tables
    const [found, ...others] = copies(previous, current);
    expect(others).toEqual([]);
    expect(found).toMatchObject({ code: 'compare-narrative-copied', location: { path: 'sections' } });
    expect(found.message).toBe('本年度报告的文字与2024年度基本相同（相同程度 100%，所写数字也与上年相同），请确认不是照抄上年的报告');
    // A few words changed: still largely the same.
    current.sections[4].paragraphs[0] = current.sections[4].paragraphs[0].replace('一是公开内容不够全面', '一是公开的内容还不够全面');
    expect(copies(previous, current).map((d) => d.code)).toEqual(['compare-narrative-copied']);
    // The same wording with this year's figures is an organ's style.
    current.sections[2].paragraphs[0] = current.sections[2].paragraphs[0].replace('申请14件', '申请19件');
    expect(copies(previous, current)).toEqual([]);
  });

  it('names the member of an aggregate whose figures are last year’s', () => {
    const towns = ['东镇人民政府', '西镇人民政府'].map((name) => ({ name, level: 'township' as const }));
    const roster: Roster = { entries: towns.map((town, i) => ({ id: `t${i}`, ...town })) };
    const county: Organ = { name: '某县人民政府', level: 'county' };
    const lastYear = towns.map((organ, i) => createExampleReport({ year: 2023, seed: 70 + i, organ, scale: 20 }));
    const thisYear = [createExampleReport({ year: 2024, seed: 80, organ: towns[0], scale: 20 }), sentAgain(lastYear[1])];
    const run = (reports: Report[], year: number) => aggregate(reports.map((report) => ({ report, file: `${report.organ.name}${year}.xlsx` })), { roster, organ: county, year }).report;
    const found = compareYears(run(lastYear, 2023), run(thisYear, 2024)).diagnostics.filter((d) => d.code === 'compare-cells-identical');
    expect(found.map((d) => [d.location.organ, d.location.file])).toEqual([['西镇人民政府', '西镇人民政府2024.xlsx']]);
    expect(found[0].message).toMatch(/^西镇人民政府：本年度报告表格的 \d+ 个单元格/);
  });

  it('gives nothing for the example county’s two years (the wording is kept, the figures are new)', () => {
    const county = new URL('../../../../examples/demo-county/', import.meta.url);
    const read = (path: string) => parseReport(readFileSync(new URL(path, county), 'utf8')).report!;
    expect(copies(read('2023/县政府办.json'), read('submissions/县政府办.json'))).toEqual([]);
    // …and for example reports of consecutive years, whose short texts differ only by the year.
    expect(copies(createExampleReport({ year: 2023, seed: 1 }), createExampleReport({ year: 2024, seed: 2 }))).toEqual([]);
  });
});
