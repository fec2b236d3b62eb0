import { getForm, setCell } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openHtml } from './__fixtures__/browser.js';
import { extendedForm } from './__fixtures__/extended-form.js';
import { renderHtml, renderHtmlDocument } from './index.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A report filled in by the province's form, with numbers that appear nowhere else. */
function provinceReport() {
  const report = createExampleReport({ year: 2023, seed: 5, form: extendedForm() });
  setCell(report, { table: 'processingFees', row: 'fees', column: 'notices' }, 4321);
  setCell(report, { table: 'processingFees', row: 'fees', column: 'collected' }, 12.75);
  setCell(report, { table: 'applications', row: 'notProcessed.provincial', column: 'total' }, 8765);
  return report;
}

async function readerView(html: string) {
  const { page, requests } = await openHtml(browser, html);
  const view = await page.evaluate(() => ({
    sequence: Array.from(document.querySelectorAll('main h2, main table[data-table], main .render-notice')).map((element) =>
      element.tagName === 'TABLE' ? `table:${element.getAttribute('data-table')}` : element.classList.contains('render-notice') ? 'notice' : (element.textContent ?? ''),
    ),
    notices: Array.from(document.querySelectorAll('.render-notice')).map((element) => (element as HTMLElement).innerText),
    text: document.body.innerText,
  }));
  await page.close();
  return { ...view, requests };
}

describe('renderHtmlDocument — what the form does not define is printed and reported, never dropped', () => {
  it('a table the form lacks (the plugin’s form not passed): a diagnostic, a visible notice and its numbers', async () => {
    const { html, diagnostics } = renderHtmlDocument(provinceReport(), { form: getForm('gov-2021') });
    // In the order of report.tables: the province's extra rows of 二 and 三, then its table.
    expect(diagnostics.map((d) => [d.code, d.severity, d.location.table])).toEqual([
      ['render-cells-not-in-form', 'warning', 'active'],
      ['render-cells-not-in-form', 'warning', 'applications'],
      ['render-table-not-in-form', 'warning', 'processingFees'],
    ]);
    const view = await readerView(html);
    expect(view.requests).toEqual([]);
    // After the form's six sections (and the report's section 七, which the form does not know either).
    expect(view.sequence.slice(view.sequence.indexOf('六、其他需要报告的事项'))).toEqual([
      '六、其他需要报告的事项',
      '七、信息处理费收取情况',
      '表格“active”中格式没有定义的单元格',
      'notice',
      'table:active',
      '表格“applications”中格式没有定义的单元格',
      'notice',
      'table:applications',
      '表格“processingFees”（格式中没有定义）',
      'notice',
      'table:processingFees',
    ]);
    expect(view.notices).toEqual(diagnostics.map((d) => d.message));
    expect(view.text).toContain('4321');
    expect(view.text).toContain('12.75');
    expect(view.text).toContain('8765');
    expect(view.text).toContain('notProcessed.provincial');
    // renderHtml is the same document without the diagnostics.
    expect(renderHtml(provinceReport(), { form: getForm('gov-2021') })).toBe(html);
  });

  it('in English, the heading and the notice are English', () => {
    const { html, diagnostics } = renderHtmlDocument(provinceReport(), { form: getForm('gov-2021'), locale: 'en' });
    expect(html).toContain('Table &quot;processingFees&quot; (not defined in the form)');
    expect(diagnostics.at(-1)!.message).toMatch(/^The report has a table "processingFees"/);
    // The cell by its column's label; the row the form does not have, quoted as the report writes it.
    expect(diagnostics[0].message).toMatch(/^Table "active" has filled cells that the form "gov-2021" does not define \(1: "otherServices" \/ 本年处理决定数量\)/);
  });

  it('with the plugin’s form, nothing to report and no notice', () => {
    const { html, diagnostics } = renderHtmlDocument(provinceReport(), { form: extendedForm() });
    expect(diagnostics).toEqual([]);
    expect(html).not.toContain('render-notice');
    expect(html).toContain('>4321<');
  });
});
