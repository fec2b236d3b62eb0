import { cellContributions, getForm, type AggregateResult, type FormDefinition, type Report } from '@report/core';
import { formatCellValue, layoutTable } from '@report/core/plugin';
import { beforeAll, describe, expect, it } from 'vitest';
import { countyAggregate, department2019, egongReport, township2021 } from './__fixtures__/reports.js';
import { isSubsequence, numbersIn, pageImage, pdfFonts, pdfInfo, pdfText, squeeze } from './__fixtures__/pdf-tools.js';
import { renderAggregatePdf, renderPdf, type RenderPdfResult } from './index.js';

/** Every official label of the form's tables (captions, headers, the corner note, row labels) and notes. */
function officialLabels(form: FormDefinition): string[] {
  return form.tables.flatMap((table) => [
    table.title,
    ...layoutTable(table)
      .cells.filter((cell) => cell.kind !== 'value' && cell.kind !== 'empty')
      .map((cell) => cell.text),
    ...(table.notes ?? []),
  ]);
}

/** The numbers of the report's tables as printed, in the order of the printed grids. */
function printedNumbers(report: Report, form: FormDefinition): string[] {
  return form.tables.flatMap((table) =>
    layoutTable(table).cells.flatMap((cell) => {
      if (cell.kind !== 'value' || !cell.ref) return [];
      const value = report.tables[cell.ref.table]?.[cell.ref.row]?.[cell.ref.column] ?? null;
      return numbersIn(formatCellValue(value, table.columns.find((column) => column.id === cell.ref!.column)));
    }),
  );
}

function pageCount(pdf: Uint8Array): number {
  return Number(pdfInfo(pdf).Pages);
}

function pages(pdf: Uint8Array): string[] {
  return Array.from({ length: pageCount(pdf) }, (_, index) => squeeze(pdfText(pdf, 'raw', index + 1)));
}

function expectEveryLabel(text: string, labels: readonly string[]): void {
  const missing = labels.filter((label) => !text.includes(squeeze(label)));
  expect(missing).toEqual([]);
}

function expectEveryNumber(text: string, numbers: readonly string[]): void {
  const check = isSubsequence(numbers, numbersIn(text));
  expect(check.ok ? 'all numbers in order' : `number #${check.missingAt} (${numbers[check.missingAt!]}) missing`).toBe('all numbers in order');
}

describe('renderPdf: a full gov-2021 township report', () => {
  const report = township2021();
  const form = getForm('gov-2021');
  let result: RenderPdfResult;
  let raw: string;
  beforeAll(async () => {
    result = await renderPdf(report, { creationDate: new Date('2024-01-15T00:00:00Z') });
    raw = pdfText(result.pdf);
  });

  it('is an A4 PDF under 1 MB whose page count is reported', () => {
    const info = pdfInfo(result.pdf);
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(Number(info.Pages)).toBe(result.pageCount);
    expect(result.pdf.length).toBeLessThan(1024 * 1024);
  });

  it('shows every official label of the 2021 format, including the corner note and the （六） sub-rows', () => {
    const text = squeeze(raw);
    expectEveryLabel(text, officialLabels(form));
    expectEveryLabel(text, [
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '本年收费金额（单位：万元）',
      '未经复议直接起诉',
    ]);
  });

  it('shows every number of the report, in the order of the printed tables', () => {
    const numbers = printedNumbers(report, form);
    expect(numbers.length).toBe(10 + 25 * 7 + 15);
    expectEveryNumber(raw, numbers);
  });

  it('prints the title, the preface, every section heading and paragraph', () => {
    const text = squeeze(raw);
    expectEveryLabel(text, ['示例县城关镇人民政府2023年政府信息公开工作年度报告', ...report.preface!, ...form.sections.map((section) => section.title)]);
    expectEveryLabel(
      text,
      report.sections.flatMap((section) => [...section.paragraphs, ...section.children.flatMap((child) => [child.title, ...child.paragraphs])]),
    );
  });

  it('repeats the header rows of table 三 on the page it continues on', () => {
    const byPage = pages(result.pdf);
    const withRows = byPage.filter((page) => page.includes('1.属于国家秘密') || page.includes('（七）总计'));
    const continued = byPage.filter((page) => page.includes('（七）总计') && !page.includes('三、收到和处理政府信息公开申请情况'));
    expect(withRows.length).toBeGreaterThan(1);
    expect(continued.length).toBeGreaterThan(0);
    for (const page of withRows) {
      expect(page).toContain('申请人情况');
      expect(page).toContain(squeeze('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'));
    }
  });

  it('never splits a block of table 二 across pages', () => {
    const byPage = pages(result.pdf);
    const table = form.tables.find((candidate) => candidate.id === 'active')!;
    if (table.layout.type !== 'blocks') throw new Error('table 二 is a blocks layout');
    for (const block of table.layout.blocks) {
      const rows = table.rows.filter((row) => row.block === block.id).map((row) => row.label);
      const page = byPage.findIndex((text) => text.includes(squeeze(block.caption)));
      expect(page).toBeGreaterThanOrEqual(0);
      for (const label of rows) expect(byPage[page]).toContain(label);
    }
  });

  it('numbers its pages — 1 —, — 2 — … at the foot', () => {
    for (let page = 1; page <= result.pageCount; page++) expect(pdfText(result.pdf, 'layout', page)).toMatch(new RegExp(`—\\s*${page}\\s*—\\s*$`));
  });

  it('embeds its Chinese faces as subsets with a Unicode map, and says which faces it used', () => {
    const fonts = pdfFonts(result.pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    expect(result.fonts.map((font) => font.role)).toEqual(['title', 'body', 'heading', 'subheading', 'table']);
    const info = pdfInfo(result.pdf);
    for (const font of result.fonts) expect(info.Fonts).toContain(font.name);
    expect(info.Title).toBe('示例县城关镇人民政府2023年政府信息公开工作年度报告');
    expect(info.Author).toBe('示例县城关镇人民政府');
  });

  it('reports each role set in a stand-in face, and nothing about glyphs when every character is in the fonts', () => {
    for (const font of result.fonts.filter((candidate) => candidate.substitute)) {
      expect(result.diagnostics.some((d) => d.code === 'render-font-substituted' && d.message.includes(font.name))).toBe(true);
    }
    expect(result.diagnostics.filter((d) => d.code !== 'render-font-substituted')).toEqual([]);
  });

  it('is reproducible: the same report and creation date give the same bytes', async () => {
    const again = await renderPdf(report, { creationDate: new Date('2024-01-15T00:00:00Z') });
    expect(Buffer.from(again.pdf).equals(Buffer.from(result.pdf))).toBe(true);
  });

  it('puts ink on the page: the title, the body and the page number are drawn', () => {
    const image = pageImage(result.pdf, 1, 50);
    const inkInRows = (from: number, to: number) => {
      let ink = 0;
      for (let y = Math.floor(from * image.height); y < to * image.height; y++) {
        for (let x = 0; x < image.width; x++) if (image.pixels[y * image.width + x] < 128) ink++;
      }
      return ink;
    };
    expect(image.width / image.height).toBeCloseTo(210 / 297, 2);
    expect(inkInRows(0, 0.1)).toBe(0); // the 37 mm top margin is empty
    expect(inkInRows(0.12, 0.22)).toBeGreaterThan(50); // the title
    expect(inkInRows(0.9, 0.94)).toBeGreaterThan(5); // the page number
  });
});

describe('renderPdf: a gov-2019 (trial format) report', () => {
  const report = department2019();
  const form = getForm('gov-2019');
  let result: RenderPdfResult;
  let raw: string;
  beforeAll(async () => {
    result = await renderPdf(report);
    raw = pdfText(result.pdf);
  });

  it('shows every official label of the trial format', () => {
    expectEveryLabel(squeeze(raw), [...officialLabels(form), '第二十条第（九）项', '本年增/减', '采购总金额', '其他对外管理服务事项']);
  });

  it('shows every number, negative 本年增/减 and the 采购总金额 with its unit included', () => {
    const numbers = printedNumbers(report, form);
    expect(numbers.length).toBe(22 + 23 * 7 + 15);
    expect(numbers.some((number) => number.startsWith('-'))).toBe(true);
    expectEveryNumber(raw, numbers);
    const amount = report.tables.active.procurement.amount!;
    expect(squeeze(raw)).toContain(`${amount}万元`);
  });
});

describe('renderAggregatePdf: a county aggregate', () => {
  let county: AggregateResult;
  let result: RenderPdfResult;
  let raw: string;
  beforeAll(async () => {
    county = countyAggregate();
    result = await renderAggregatePdf(county);
    raw = pdfText(result.pdf);
  });

  it('prints the county report with every official label and every summed number', () => {
    const form = getForm('gov-2021');
    expectEveryLabel(squeeze(raw), ['示例县人民政府2023年政府信息公开工作年度报告', ...officialLabels(form)]);
    expectEveryNumber(raw, printedNumbers(county.report, form));
  });

  it('adds the completeness table: who was expected, who filed, who is missing, who was late', () => {
    const text = squeeze(raw);
    expectEveryLabel(text, ['附：汇总说明', '（一）报送情况', '应报送单位', '未报送单位', '逾期报送', '示例县卫生健康局', '长乐乡人民政府（长乐乡.json）']);
    expect(county.completeness.missing).toEqual(['示例县卫生健康局']);
  });

  it('adds the members table: every member by name with its key figures, and the totals', () => {
    const text = squeeze(raw);
    const members = county.report.members!;
    expect(members.length).toBe(19);
    expectEveryLabel(text, ['（二）各单位主要数据', '本年新收申请', '行政诉讼总计', '合计', ...members.map((member) => member.organ.name)]);
    const newReceived = members.map((_, index) =>
      String(cellContributions(county.report, 'applications/newReceived/total').find((contribution) => contribution.member === index)!.value),
    );
    expectEveryNumber(raw, [...newReceived, String(county.report.tables.applications.newReceived.total)]);
  });
});

describe('renderPdf: the 鹅公镇 2019 legacy narrative report', () => {
  const report = egongReport();
  let result: RenderPdfResult;
  let raw: string;
  beforeAll(async () => {
    result = await renderPdf(report);
    raw = pdfText(result.pdf);
  });

  it('prints the title, the preface and every section, sub-section and paragraph of the text', () => {
    const walk = (sections: Report['sections']): string[] => sections.flatMap((section) => [section.title, ...section.paragraphs, ...walk(section.children)]);
    expectEveryLabel(squeeze(raw), ['鹅公镇2019年政府信息公开工作年度报告', ...report.preface!, ...walk(report.sections)]);
  });

  it('prints the six numbered parts in order and every number the text states', () => {
    const text = squeeze(raw);
    const titles = report.sections.map((section) => section.title);
    expect(titles).toHaveLength(6);
    const positions = titles.map((title) => text.indexOf(squeeze(title)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expectEveryNumber(raw, ['2018', '1', '1', '2019', '12', '31', '1200', '500', '600', '100']);
  });

  it('sets the narrative in several pages of 16 pt text without a table', () => {
    expect(result.pageCount).toBeGreaterThanOrEqual(4);
    expect(raw).not.toContain('申请人情况');
  });
});
