import { getForm, ReportError, type Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openHtml } from './__fixtures__/browser.js';
import { egongReport, egongText } from './__fixtures__/egong.js';
import { report2019, report2021 } from './__fixtures__/reports.js';
import { renderHtml } from './index.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The document outline as a reader meets it: title, headings and tables, in order. */
async function outline(html: string) {
  const { page, requests } = await openHtml(browser, html);
  const result = await page.evaluate(() => ({
    title: document.title,
    h1: Array.from(document.querySelectorAll('h1')).map((h) => h.textContent),
    sequence: Array.from(document.querySelectorAll('main h2, main table[data-table]')).map((element) =>
      element.tagName === 'TABLE' ? `table:${element.getAttribute('data-table')}` : (element.textContent ?? ''),
    ),
    scripts: document.querySelectorAll('script').length,
    text: document.body.innerText,
  }));
  await page.close();
  return { ...result, requests };
}

/** The printed text of a value cell, by its `table/row/column` id; `undefined` when there is no such cell. */
function cellText(html: string, ref: string): string | undefined {
  return html.match(new RegExp(`<td[^>]*data-ref="${ref.replace(/[.]/g, '\\.')}"[^>]*>([^<]*)</td>`))?.[1];
}

describe('renderHtml — a full gov-2021 report', () => {
  it('prints the title, the preface, the six sections in order and each table after its section heading', async () => {
    const report = report2021();
    const doc = await outline(renderHtml(report));
    expect(doc.title).toBe('某某县人民政府办公室2023年政府信息公开工作年度报告');
    expect(doc.h1).toEqual(['某某县人民政府办公室2023年政府信息公开工作年度报告']);
    expect(doc.sequence).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      'table:active',
      '三、收到和处理政府信息公开申请情况',
      'table:applications',
      '四、政府信息公开行政复议、行政诉讼情况',
      'table:reviewLitigation',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(doc.text).toContain('本报告中所列数据统计期限为2023年1月1日至2023年12月31日');
    expect(doc.text.indexOf('本报告依据')).toBeLessThan(doc.text.indexOf('一、总体情况'));
  });

  it('is one standalone document: inline CSS, no script, no external request, A4 print rules', async () => {
    const html = renderHtml(report2021());
    const doc = await outline(html);
    expect(doc.requests).toEqual([]);
    expect(doc.scripts).toBe(0);
    expect(html).not.toMatch(/<link\b|<script\b|@import|url\((?!#)/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(/@page\s*{\s*size: A4 portrait/);
    expect(html).toContain('counter(page)');
  });

  it('puts a section’s paragraphs before its table, and follows the form’s order whatever the report’s order', async () => {
    const report = createExampleReport({ year: 2023 });
    report.sections.reverse();
    report.sections.find((section) => section.id === 'applications')!.paragraphs = ['本年共收到申请如下表。'];
    const doc = await outline(renderHtml(report));
    expect(doc.sequence.filter((entry) => !entry.startsWith('table:'))[0]).toBe('一、总体情况');
    const text = doc.text;
    expect(text.indexOf('三、收到和处理政府信息公开申请情况')).toBeLessThan(text.indexOf('本年共收到申请如下表。'));
    expect(text.indexOf('本年共收到申请如下表。')).toBeLessThan(text.indexOf('申请人情况'));
  });

  it('keeps sections the form does not know, after the form’s sections', async () => {
    const report = createExampleReport({ year: 2023 });
    report.sections.push({ id: 'appendix', title: '附：名词解释', paragraphs: ['依申请公开：…'], children: [] });
    const doc = await outline(renderHtml(report));
    expect(doc.sequence.at(-1)).toBe('附：名词解释');
  });

  it('writes amounts as stored without float noise, an unfilled cell as empty and 0 as 0', () => {
    const report = report2021();
    report.tables.active.fees.amount = 0.1 + 0.2;
    report.tables.applications.newReceived.research = null;
    report.tables.applications.newReceived.business = 0;
    const html = renderHtml(report);
    expect(cellText(html, 'active/fees/amount')).toBe('0.3');
    expect(cellText(html, 'applications/newReceived/research')).toBe('');
    expect(html).toMatch(/class="cell cell--value cell--blank" data-ref="applications\/newReceived\/research"/);
    expect(cellText(html, 'applications/newReceived/business')).toBe('0');
    expect(cellText(html, 'applications/newReceived/naturalPerson')).toBe(String(report.tables.applications.newReceived.naturalPerson));
    expect(cellText(html, 'applications/nothing/total')).toBeUndefined();
  });

  it('uses the title option and lays out by the form given in the options', () => {
    const html = renderHtml(report2021(), { title: '某某县2023年政府信息公开工作年度报告（修订稿）', form: getForm('gov-2021') });
    expect(html).toContain('<title>某某县2023年政府信息公开工作年度报告（修订稿）</title>');
  });

  it('prints generatedAt only when given', () => {
    expect(renderHtml(report2021())).not.toContain('生成时间');
    expect(renderHtml(report2021(), { generatedAt: '2024-01-20 09:30' })).toContain('生成时间：2024-01-20 09:30');
    expect(renderHtml(report2021(), { locale: 'en', generatedAt: new Date(2024, 0, 20, 9, 5) })).toContain('Generated: 2024-01-20 09:05');
  });

  it('refuses a report whose format is unknown unless the form is given', () => {
    const report: Report = { ...report2021(), format: 'gov-2099' };
    expect(() => renderHtml(report)).toThrow(ReportError);
    expect(renderHtml(report, { form: getForm('gov-2021') })).toContain('table');
  });
});

describe('renderHtml — a gov-2019 (trial) report', () => {
  it('prints the trial table 二 with five blocks, the signed change and the procurement amount with its unit', async () => {
    const report = report2019();
    const html = renderHtml(report);
    const doc = await outline(html);
    expect(doc.title).toBe('某某市生态环境局2020年政府信息公开工作年度报告');
    expect(doc.text).toContain('第二十条第（九）项');
    expect(doc.text).toContain('其他对外管理服务事项');
    expect(cellText(html, 'active/licensing/change')).toBe('-8');
    expect(cellText(html, 'active/procurement/amount')).toBe('25.1万元');
    expect(cellText(html, 'active/procurement/projects')).toBe(String(report.tables.active.procurement.projects));
  });
});

describe('renderHtml — the 鹅公镇 legacy narrative report', () => {
  it('prints the title, the preface and the nested parts with GB/T 9704 heading levels', async () => {
    const { page } = await openHtml(browser, renderHtml(egongReport()));
    const doc = await page.evaluate(() => ({
      title: document.querySelector('h1')?.textContent,
      h2: Array.from(document.querySelectorAll('h2')).map((h) => h.textContent),
      h3: Array.from(document.querySelectorAll('h3')).map((h) => h.textContent),
      h4: Array.from(document.querySelectorAll('h4')).map((h) => h.textContent),
      runIn: Array.from(document.querySelectorAll('[role="heading"][aria-level="4"]')).map((h) => h.textContent),
      tables: document.querySelectorAll('table').length,
      fonts: {
        h2: getComputedStyle(document.querySelector('h2')!).fontFamily,
        h3: getComputedStyle(document.querySelector('h3')!).fontFamily,
        p: getComputedStyle(document.querySelector('p')!).fontFamily,
        title: getComputedStyle(document.querySelector('h1')!).fontFamily,
        indent: getComputedStyle(document.querySelector('p')!).textIndent,
        size: getComputedStyle(document.querySelector('p')!).fontSize,
      },
      text: document.body.innerText,
    }));
    await page.close();
    expect(doc.title).toBe('鹅公镇2019年政府信息公开工作年度报告');
    expect(doc.h2).toEqual([
      '一、概述',
      '二、主动公开政府信息情况',
      '三、政府信息依申请公开情况',
      '四、政府信息公开收费及减免情况',
      '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
      '六、信息公开工作存在的主要问题及改进措施',
    ]);
    expect(doc.h3).toHaveLength(5 + 2 + 6);
    expect(doc.h3[0]).toBe('（一）切实加强了组织领导。');
    expect(doc.h4).toEqual(['1.政府网站', '2.便民服务中心', '3.新闻媒体和镇村公示栏']);
    expect(doc.runIn[0]).toBe('1.与公众密切相关的重大事项。');
    expect(doc.tables).toBe(0);
    expect(doc.fonts.title).toContain('方正小标宋简体');
    expect(doc.fonts.h2).toContain('黑体');
    expect(doc.fonts.h3).toContain('楷体');
    expect(doc.fonts.p).toContain('仿宋_GB2312');
    expect(doc.fonts.size).toBe('21.3333px'); // 16 pt, 3号
    expect(doc.fonts.indent).toBe('42.6667px'); // two characters
    // Nothing of the text is lost: every line of the source is on the page.
    const page_text = doc.text.replace(/\s+/g, '');
    for (const line of egongText().split(/\r?\n/)) {
      if (line.trim()) expect(page_text).toContain(line.trim().replace(/\s+/g, ''));
    }
  });
});
