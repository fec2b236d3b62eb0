import { getCell, getForm, type AggregateResult } from '@report/core';
import { sumExact } from '@report/core/plugin';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyAggregate, countyRoster, townshipReports } from './__fixtures__/aggregate.js';
import { launchBrowser, openHtml } from './__fixtures__/browser.js';
import { printPdf } from './__fixtures__/pdf.js';
import { renderAggregateHtml, renderHtml } from './index.js';

let browser: Browser;
let result: AggregateResult;
beforeAll(async () => {
  browser = await launchBrowser();
  result = countyAggregate();
});
afterAll(async () => {
  await browser?.close();
});

async function read(html: string) {
  const { page, requests } = await openHtml(browser, html);
  const data = await page.evaluate(() => {
    const rows = (selector: string) =>
      Array.from(document.querySelectorAll(`${selector} tr`)).map((tr) => Array.from(tr.children).map((cell) => cell.textContent ?? ''));
    return {
      completeness: Object.fromEntries(
        Array.from(document.querySelectorAll('.completeness-table tbody tr')).map((tr) => [tr.getAttribute('data-item'), Array.from(tr.children).map((cell) => cell.textContent)]),
      ),
      outcomes: rows('.outcomes-table tbody'),
      members: Array.from(document.querySelectorAll('.members-table tbody tr:not(.total-row)')).map((tr) => Array.from(tr.children).map((cell) => cell.textContent ?? '')),
      membersHead: rows('.members-table thead')[0],
      total: Array.from(document.querySelectorAll('.members-table .total-row > *')).map((cell) => cell.textContent ?? ''),
      bars: Array.from(document.querySelectorAll('.chart--bars g.bar')).map((g) => [g.getAttribute('data-label'), g.getAttribute('data-value'), g.textContent]),
      legend: Array.from(document.querySelectorAll('.chart--shares g.legend-item')).map((g) => [g.getAttribute('data-label'), Number(g.getAttribute('data-value'))]),
      segments: Array.from(document.querySelectorAll('.chart--shares rect.segment')).map((rect) => rect.getAttribute('fill')),
      svgs: document.querySelectorAll('svg').length,
      draft: document.querySelector('[data-draft]')?.textContent ?? null,
      headings: Array.from(document.querySelectorAll('h2, h3')).map((h) => h.textContent),
      lowerLevels: rows('.lower-levels-table tbody'),
    };
  });
  await page.close();
  return { ...data, requests };
}

describe('renderAggregateHtml — a county aggregate made by aggregate()', () => {
  it('is renderHtml of the county report with the aggregate', () => {
    expect(renderAggregateHtml(result, { roster: countyRoster() })).toBe(renderHtml(result.report, { aggregate: result, roster: countyRoster() }));
  });

  it('prints the county report’s tables with the summed figures, then the appendix', async () => {
    const html = renderAggregateHtml(result, { roster: countyRoster() });
    const doc = await read(html);
    expect(doc.requests).toEqual([]);
    expect(doc.headings.slice(0, 6)).toEqual(getForm('gov-2021').sections.map((section) => section.title));
    expect(doc.headings.slice(6)).toEqual(['附：汇总说明', '（一）报送情况', '（二）各单位主要数据', '（三）图表', '（四）汇总文字草稿']);
    const members = townshipReports().slice(0, 3);
    const ref = { table: 'applications', row: 'newReceived', column: 'total' };
    const expected = sumExact(members.map((member) => getCell(member, ref)!));
    expect(html).toContain(`data-ref="applications/newReceived/total">${expected}</td>`);
  });

  it('shows expected, received, missing, accepted, rejected and late, with names from the roster', async () => {
    const doc = await read(renderAggregateHtml(result, { roster: countyRoster() }));
    expect(doc.completeness.expected).toEqual(['应报送单位', '5', '鹅公镇人民政府、石门乡人民政府、长岭街道人民政府、东山镇人民政府、白水乡人民政府']);
    expect(doc.completeness.received.slice(0, 2)).toEqual(['已报送单位', '4']);
    expect(doc.completeness.missing).toEqual(['未报送单位', '1', '白水乡人民政府']);
    expect(doc.completeness.accepted[1]).toBe('3');
    expect(doc.completeness.rejected).toEqual(['退回（未纳入）', '1', '东山镇人民政府（东山镇.xlsx）']);
    expect(doc.completeness.late).toEqual(['逾期报送', '1', '石门乡人民政府（石门乡.xlsx）']);
    expect(doc.completeness.duplicate[1]).toBe('0');
    // Why each file that was not simply counted: the rule that failed, with both sides' values.
    const rejected = doc.outcomes.find((row) => row[0] === '东山镇.xlsx')!;
    expect(rejected[2]).toBe('退回（未纳入）');
    expect(rejected[3]).toContain('表三“自然人”列：一+二 = 1002，三（七）+四 = 442');
    expect(doc.outcomes.find((row) => row[0] === '石门乡.xlsx')![2]).toBe('纳入汇总（逾期）');
  });

  it('lists each accepted member’s key figures, and the totals equal the county report', async () => {
    const doc = await read(renderAggregateHtml(result));
    expect(doc.membersHead).toEqual(['序号', '单位', '本年新收申请', '上年结转', '办理结果总计', '结转下年度', '行政复议总计', '行政诉讼总计']);
    const reports = townshipReports().slice(0, 3);
    const cell = (report: (typeof reports)[number], table: string, row: string) => getCell(report, { table, row, column: 'total' })!;
    const figures = (report: (typeof reports)[number]) => [
      cell(report, 'applications', 'newReceived'),
      cell(report, 'applications', 'carriedOver'),
      cell(report, 'applications', 'totalHandled'),
      cell(report, 'applications', 'carriedForward'),
      cell(report, 'reviewLitigation', 'review'),
      cell(report, 'reviewLitigation', 'litigationDirect') + cell(report, 'reviewLitigation', 'litigationAfterReview'),
    ];
    expect(doc.members).toEqual([
      ['1', '鹅公镇人民政府', ...figures(reports[0]).map(String)],
      ['2', '石门乡人民政府（逾期）', ...figures(reports[1]).map(String)],
      ['3', '长岭街道人民政府', ...figures(reports[2]).map(String)],
    ]);
    const totals = figures(reports[0]).map((_, index) => String(reports.reduce((sum, report) => sum + figures(report)[index], 0)));
    expect(doc.total).toEqual(['', '合计', ...totals]);
  });

  it('draws applications per member and the share of each outcome as inline SVG with text labels and patterns', async () => {
    const doc = await read(renderAggregateHtml(result));
    expect(doc.svgs).toBe(2);
    const received = townshipReports()
      .slice(0, 3)
      .map((report) => [report.organ.name, getCell(report, { table: 'applications', row: 'newReceived', column: 'total' })!] as const)
      .sort((a, b) => b[1] - a[1]);
    expect(doc.bars.map(([label, value]) => [label, Number(value)])).toEqual(received);
    // Every bar carries its label and its value as text.
    for (const [label, value, text] of doc.bars) {
      expect(text).toContain(label);
      expect(text).toContain(value);
    }
    // Outcome categories come from the form's result rows, by category; their sum is 三（七）总计.
    expect(doc.legend.map(([label]) => label)).toEqual([
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '（三）不予公开',
      '（四）无法提供',
      '（五）不予处理',
      '（六）其他处理',
    ]);
    const totalHandled = getCell(result.report, { table: 'applications', row: 'totalHandled', column: 'total' });
    expect(sumExact(doc.legend.map(([, value]) => value as number))).toBe(totalHandled);
    // Each segment its own pattern, so the parts stay apart in black-and-white print.
    expect(new Set(doc.segments).size).toBe(doc.segments.length);
  });

  it('shows the generated narrative in a box marked 草稿, by section', async () => {
    const doc = await read(renderAggregateHtml(result));
    expect(doc.draft).toContain('草稿');
    for (const paragraph of result.narrativeDraft.paragraphs) expect(doc.draft).toContain(paragraph);
    expect(doc.draft).toContain('三、收到和处理政府信息公开申请情况');
  });

  it('prints the appendix from a new page, with the charts’ labels as real text', async () => {
    const { pages } = await printPdf(browser, renderAggregateHtml(result));
    const appendix = pages.findIndex((page) => page.includes('附：汇总说明'));
    expect(appendix).toBeGreaterThan(0);
    expect(pages[appendix]).not.toContain('六、其他需要报告的事项');
    const charts = pages.find((page) => page.includes('本年度办理结果构成'))!;
    expect(charts).toContain('（三）不予公开');
    expect(charts).toContain('长岭街道人民政府');
  });

  it('a lower-level aggregate is one line of counts, its members are not listed again; English chrome', async () => {
    const city: AggregateResult = { ...countyAggregate(), children: [countyAggregate()] };
    city.children![0].report.organ = { name: '某某县', level: 'county' };
    const doc = await read(renderAggregateHtml(city, { locale: 'en' }));
    expect(doc.headings).toContain('Appendix: aggregation');
    expect(doc.headings).toContain('5. Lower-level aggregates');
    expect(doc.members).toHaveLength(3);
    expect(doc.lowerLevels).toEqual([['某某县', '5', '4', '1', '3', '1', '0', '1']]);
  });
});
