import { createDiagnostic } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyAggregate } from './__fixtures__/aggregate.js';
import { launchBrowser, openHtml } from './__fixtures__/browser.js';
import { escapeHtml, renderAggregateHtml, renderDiagnosticsHtml, renderHtml } from './index.js';

/** Markup a report's text might carry, by accident or on purpose. */
const hostile = `<script>alert(1)</script><img src=x onerror="alert(2)">&amp; "引号" 'single' </style><b>粗</b>`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Loads the document and reports whether any of the hostile markup became elements or ran. */
async function inspect(html: string) {
  const { page, requests } = await openHtml(browser, html);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const result = await page.evaluate(() => ({
    scripts: document.querySelectorAll('script').length,
    images: document.querySelectorAll('img').length,
    bold: document.querySelectorAll('b').length,
    styles: document.querySelectorAll('style').length,
    title: document.title,
    text: document.body.innerText,
    attributes: Array.from(document.querySelectorAll('[data-label]')).map((element) => element.getAttribute('data-label')),
  }));
  await page.close();
  return { ...result, dialogs, requests };
}

function expectInert(result: Awaited<ReturnType<typeof inspect>>) {
  expect(result.scripts).toBe(0);
  expect(result.images).toBe(0);
  expect(result.bold).toBe(0);
  expect(result.styles).toBe(1);
  expect(result.dialogs).toEqual([]);
  expect(result.requests).toEqual([]);
}

describe('report text is escaped', () => {
  it('escapes the five characters of markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml(undefined)).toBe('');
  });

  it('prints markup in an organ name, preface, section titles and paragraphs as text', async () => {
    const report = createExampleReport({ year: 2023, organ: { name: `${hostile}镇`, level: 'township' } });
    report.preface = [hostile];
    report.sections[0].title = `一、${hostile}`;
    report.sections[0].paragraphs = [`段落${hostile}`];
    report.sections[0].children = [{ id: 'x', title: `（一）${hostile}`, paragraphs: [hostile], children: [{ id: 'y', title: `1.${hostile}。`, paragraphs: ['正文'], children: [] }] }];
    const result = await inspect(renderHtml(report));
    expectInert(result);
    expect(result.title).toBe(`${hostile}镇2023年政府信息公开工作年度报告`);
    expect(result.text).toContain(`段落${hostile}`);
    expect(result.text).toContain(`（一）${hostile}`);
    expect(result.text).toContain(`1.${hostile}。正文`);
  });

  it('prints markup in the title option as text', async () => {
    const result = await inspect(renderHtml(createExampleReport({ year: 2023 }), { title: hostile }));
    expectInert(result);
    expect(result.title).toBe(hostile);
  });

  it('prints markup in member names, outcomes, reasons and the draft of an aggregate as text, in tables and charts', async () => {
    const result = countyAggregate();
    result.report.members![1].organ.name = `${hostile}乡`;
    result.completeness.rejected[0].organ = hostile;
    result.completeness.rejected[0].reasons = [hostile];
    result.outcomes[3].reasons = [`原因${hostile}`];
    result.completeness.missing = [hostile];
    result.narrativeDraft.paragraphs = [`草稿${hostile}`];
    result.narrativeDraft.sections = [{ id: hostile, paragraphs: [`草稿${hostile}`] }];
    const inspected = await inspect(renderAggregateHtml(result));
    expectInert(inspected);
    expect(inspected.text).toContain(`${hostile}乡`);
    expect(inspected.text).toContain(`原因${hostile}`);
    expect(inspected.text).toContain(`草稿${hostile}`);
    expect(inspected.attributes).toContain(`${hostile}乡`);
  });

  it('prints markup in diagnostics (file, organ, message, place, values, help) as text', async () => {
    const diagnostic = createDiagnostic({ code: 'R3-1', params: { column: hostile, left: '一+二', right: '三（七）+四', leftValue: 1, rightValue: 2 }, location: { file: `${hostile}.xlsx`, organ: hostile, sheet: hostile, cell: 'B5', label: hostile }, expected: hostile, actual: hostile });
    diagnostic.help = hostile;
    const result = await inspect(renderDiagnosticsHtml([diagnostic], { title: hostile }));
    expectInert(result);
    expect(result.title).toBe(hostile);
    expect(result.text).toContain(`${hostile}.xlsx`);
  });
});
