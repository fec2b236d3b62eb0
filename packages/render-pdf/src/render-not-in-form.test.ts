import { getForm, setCell } from '@report/core';
import { extendForm } from '@report/core/plugin';
import { createExampleReport } from '@report/core/testing';
import { describe, expect, it } from 'vitest';
import { fontsourceFile } from './__fixtures__/font-files.js';
import { pdfText, squeeze } from './__fixtures__/pdf-tools.js';
import { countyAggregate } from './__fixtures__/reports.js';
import { renderAggregatePdf, renderPdf } from './index.js';

/** A province's form with a table of its own (one row, one column), as a plugin would make it. */
const province = extendForm(getForm('gov-2021'), {
  id: 'gov-2021-province',
  addTables: [{ table: { id: 'processingFees', sectionId: 'other', title: '信息处理费', columns: [{ id: 'notices', label: '发出收费通知件数', kind: 'count' }], rows: [{ id: 'fees', label: '信息处理费' }], layout: { type: 'flat' } } }],
});

const fonts = { default: fontsourceFile(400) };

describe('what the form does not define is printed and reported, never dropped', () => {
  it('renderPdf: a table of the province’s form, rendered by the national form, yields the diagnostic and keeps its numbers', async () => {
    const report = createExampleReport({ year: 2023, seed: 4, form: province });
    setCell(report, { table: 'processingFees', row: 'fees', column: 'notices' }, 4321);
    setCell(report, { table: 'processingFees', row: 'fees', column: 'amount' }, 12.75);
    const result = await renderPdf(report, { fonts, form: getForm('gov-2021') });
    const extra = result.diagnostics.filter((d) => d.code === 'render-table-not-in-form');
    expect(extra.map((d) => [d.severity, d.location.table, d.params?.form])).toEqual([['warning', 'processingFees', 'gov-2021']]);
    const text = squeeze(pdfText(result.pdf));
    expect(text).toContain('表格“processingFees”（格式中没有定义）');
    expect(text).toContain(squeeze(extra[0].message));
    // Its row and column ids as labels, then its numbers, after the form's sections.
    expect(text).toMatch(/表格“processingFees”（格式中没有定义）.*noticesamount.*fees432112\.75/);
    expect(text.indexOf('processingFees')).toBeGreaterThan(text.indexOf('六、其他需要报告的事项'));
  });

  it('renderAggregatePdf: the same for an aggregate whose report has such a table', async () => {
    const result = countyAggregate();
    setCell(result.report, { table: 'provinceExtra', row: 'row1', column: 'count' }, 98765);
    const { pdf, diagnostics } = await renderAggregatePdf(result, { fonts });
    expect(diagnostics.filter((d) => d.code === 'render-table-not-in-form').map((d) => d.location.table)).toEqual(['provinceExtra']);
    expect(squeeze(pdfText(pdf))).toMatch(/表格“provinceExtra”（格式中没有定义）.*row198765/);
  });

  it('with the province’s form passed, nothing to report', async () => {
    const report = createExampleReport({ year: 2023, seed: 4, form: province });
    const result = await renderPdf(report, { fonts, form: province });
    expect(result.diagnostics.filter((d) => d.code.endsWith('-not-in-form'))).toEqual([]);
  });
});
