import type { AggregateResult, Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { describe, expect, it } from 'vitest';
import { demoCounty } from './__fixtures__/reports.js';
import { pdfInfo, pdfText } from './__fixtures__/pdf-tools.js';
import { shortSectionLines } from './document/typeset.js';
import { renderAggregatePdf, renderPdf } from './index.js';

const creationDate = new Date('2024-03-01T00:00:00Z');
/** One line of body text each (16 pt, 28 characters a line). */
const filler = (count: number) => Array.from({ length: count }, (_, index) => `第${index + 1}行填充文字，用来把后面的内容推到页面的不同位置。`.slice(0, 26));

/** The lines of each page as `pdftotext -layout` sets them, blank lines and the page number left out. */
function pageLines(pdf: Uint8Array): string[][] {
  return Array.from({ length: Number(pdfInfo(pdf).Pages) }, (_, index) =>
    pdfText(pdf, 'layout', index + 1)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !/^—\s*\d+\s*—$/.test(line)),
  );
}

function withText(report: Report, texts: Record<string, string[]>): Report {
  return { ...report, sections: report.sections.map((section) => (texts[section.id] ? { ...section, paragraphs: texts[section.id], children: [] } : { ...section, paragraphs: [], children: [] })) };
}

describe('keeping a table 二 together', () => {
  it('the 第二十条第（八）项 block is always on the page of 表二’s first block, under the section’s heading', async () => {
    const report = createExampleReport({ year: 2024, seed: 5, scale: 20, organ: { name: '青山县人民政府', level: 'county' } });
    let movedWhole = 0;
    for (let lines = 4; lines <= 21; lines++) {
      const { pdf } = await renderPdf(withText(report, { overview: filler(lines) }), { creationDate });
      const pages = pageLines(pdf);
      const page = pages.find((content) => content.some((line) => line.includes('第二十条第（一）项')))!;
      expect(page.some((line) => line.includes('第二十条第（八）项')), `overview of ${lines} lines`).toBe(true);
      expect(page.some((line) => line.includes('二、主动公开政府信息情况')), `overview of ${lines} lines`).toBe(true);
      if (page[0].includes('二、主动公开政府信息情况') && pages.indexOf(page) > 0) movedWhole += 1;
    }
    // Some of these overviews leave too little room for the whole table: it then starts the next page, whole.
    expect(movedWhole).toBeGreaterThan(0);
  }, 180_000);
});

describe('no page holds only one short section', () => {
  /** A page that holds nothing but one first-level section of at most `shortSectionLines` lines. */
  const lonelySection = (pages: string[][], headings: readonly string[]) =>
    pages.findIndex((content) => content.length <= shortSectionLines && headings.includes(content[0]) && content.filter((line) => headings.includes(line)).length === 1);

  it('before the appendix’s page break: 六 goes over with 五 rather than alone', async () => {
    const { result, roster } = demoCounty();
    const headings = result.report.sections.map((section) => section.title);
    let together = 0;
    for (let lines = 0; lines <= 21; lines++) {
      const report = withText(result.report, { problems: filler(lines), other: ['2024年度全县各级行政机关均未收取信息处理费。无其他需要报告的事项。'] });
      const county: AggregateResult = { ...result, report };
      const pages = pageLines((await renderAggregatePdf(county, { roster, creationDate })).pdf);
      const body = pages.slice(0, pages.findIndex((content) => content[0] === '附：汇总说明'));
      expect(lonelySection(body, headings), `五 of ${lines} lines`).toBe(-1);
      const last = body[body.length - 1];
      if (last[0] === '五、存在的主要问题及改进情况' && last.includes('六、其他需要报告的事项')) together += 1;
    }
    expect(together).toBeGreaterThan(0);
  }, 300_000);

  it('at the end of the document too', async () => {
    const report = createExampleReport({ year: 2024, seed: 8, scale: 20, organ: { name: '青山镇人民政府', level: 'township' } });
    const headings = report.sections.map((section) => section.title);
    for (let lines = 0; lines <= 21; lines += 3) {
      const { pdf } = await renderPdf(withText(report, { problems: filler(lines), other: ['无其他需要报告的事项。'] }), { creationDate });
      expect(lonelySection(pageLines(pdf), headings), `五 of ${lines} lines`).toBe(-1);
    }
  }, 180_000);
});
