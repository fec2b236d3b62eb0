import { getForm } from '@report/core';
import { extendForm } from '@report/core/plugin';
import { createExampleReport } from '@report/core/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './__fixtures__/browser.js';
import { egongReport } from './__fixtures__/egong.js';
import { printPdf } from './__fixtures__/pdf.js';
import { report2021 } from './__fixtures__/reports.js';
import { renderHtml } from './index.js';

/** Part of table 三's corner note that stays on one line (PDF text of wrapped cells interleaves). */
const corner = '本列数据的勾稽关系为';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Printing through Chromium takes a few seconds a document on a busy machine.
describe('printing on A4', { timeout: 120_000 }, () => {
  it('prints A4 portrait pages numbered — 1 —, with the whole of table 三 on one page under its heading', async () => {
    const { pages, info } = await printPdf(browser, renderHtml(report2021()));
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    pages.forEach((page, index) => expect(page).toContain(`—${index + 1}—`));
    const table = pages.find((page) => page.includes(corner))!;
    expect(table).toContain('三、收到和处理政府信息公开申请情况');
    expect(table).toContain('一、本年新收政府信息公开申请数量');
    expect(table).toContain('四、结转下年度继续办理');
  });

  it('repeats the header of a table too long for one page on every page it runs over, never leaving a header without rows', async () => {
    const extra = Array.from({ length: 30 }, (_, index) => ({
      id: `notProcessed.extra${index}`,
      label: `${6 + index}.扩展不予处理情形第${index + 1}项`,
      labelPath: ['三、本年度办理结果', '（五）不予处理'],
      groups: ['result'],
      after: index === 0 ? 'notProcessed.confirmation' : `notProcessed.extra${index - 1}`,
    }));
    const form = extendForm(getForm('gov-2021'), { id: 'long', tables: { applications: { addRows: extra } } });
    const { pages } = await printPdf(browser, renderHtml(createExampleReport({ year: 2023, form }), { form }));
    const withRows = pages.filter((page) => /扩展不予处理情形|本年新收政府信息公开申请数量|结转下年度继续办理/.test(page));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) {
      expect(page).toContain(corner);
      expect(page).toContain('申请人情况');
    }
    for (const page of pages.filter((page) => page.includes(corner))) {
      expect(page).toMatch(/扩展不予处理情形|本年新收政府信息公开申请数量|结转下年度继续办理/);
    }
    // It starts right after table 二 instead of leaving the rest of the page blank.
    expect(pages[0]).toContain(corner);
    expect(pages[0]).toContain('本年新收政府信息公开申请数量');
  });

  it('keeps table 二 (each caption with its rows) on one page with its heading wherever it falls', async () => {
    const captions = ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'];
    const lastRows = ['行政规范性文件', '行政许可', '行政强制', '行政事业性收费'];
    let moved = 0;
    for (const lines of [12, 15, 18]) {
      const report = createExampleReport({ year: 2023 });
      report.sections[0].paragraphs = Array.from({ length: lines }, (_, index) => `第${index + 1}段：本机关认真贯彻落实政府信息公开条例。`);
      const { pages } = await printPdf(browser, renderHtml(report));
      captions.forEach((caption, index) => {
        const page = pages.findIndex((text) => text.includes(caption));
        expect(page, caption).toBeGreaterThanOrEqual(0);
        expect(pages[page], `${caption} with ${lines} paragraphs`).toContain(lastRows[index]);
      });
      const heading = pages.findIndex((text) => text.includes('二、主动公开政府信息情况'));
      expect(pages[heading], 'the heading stays with its table').toContain(captions[0]);
      if (heading > 0) moved += 1;
    }
    // In some of these layouts the table met the page end (and moved whole), so the checks meant something.
    expect(moved).toBeGreaterThan(0);
  });

  it('never ends a page of the 鹅公镇 report with a heading', async () => {
    const report = egongReport();
    const headings = new Set<string>();
    const collect = (sections: typeof report.sections) =>
      sections.forEach((section) => {
        if (!section.title.endsWith('。')) headings.add(section.title);
        collect(section.children);
      });
    collect(report.sections);
    const { lines } = await printPdf(browser, renderHtml(report));
    expect(lines.length).toBeGreaterThan(3);
    for (const page of lines.slice(0, -1)) {
      const body = page.filter((line) => !/^—\s*\d+\s*—$/.test(line));
      expect(headings.has(body.at(-1)!), `page ending with ${body.at(-1)}`).toBe(false);
    }
  });
});
