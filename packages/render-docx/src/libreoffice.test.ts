import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, getForm, setCell, type Report } from '@report/core';
import { documentOutline, type OutlineTable } from '@report/core/plugin';
import { createExampleReport } from '@report/core/testing';
import { provincePlugin } from '../../../examples/province-plugin/index.mjs';
import { convertDocxToPdf, hasLibreOfficeWriter, pdfInfo, pdfText, squeeze } from './__fixtures__/libreoffice.js';
import { countyAggregate, township2021 } from './__fixtures__/reports.js';
import { docxPlugin, renderAggregateDocx, renderDocx } from './index.js';

const available = hasLibreOfficeWriter();
if (!available) console.warn('LibreOffice Writer is not installed: skipping the tests that open the .docx in it. .ci/run installs libreoffice-writer-nogui.');

const created = new Date(Date.UTC(2024, 0, 15));
const tablesOf = (report: Report, form = getForm(report.format)) => documentOutline(report, form).sections.flatMap((section) => section.tables);

/** Every label of a table (headers, row labels, captions, the corner note) and every number in it. */
function labelsAndNumbers(tables: readonly OutlineTable[]) {
  const cells = tables.flatMap((table) => table.cells);
  return {
    labels: cells.filter((cell) => cell.kind !== 'value' && cell.kind !== 'empty' && cell.text !== '').map((cell) => ({ text: squeeze(cell.text), merged: cell.rowSpan > 1 })),
    rows: tables.flatMap((table) =>
      Array.from({ length: table.grid.rowCount }, (_, row) => table.cells.filter((cell) => cell.row === row && cell.kind === 'value').map((cell) => cell.text)).filter((values) => values.length > 0),
    ),
  };
}

/**
 * The document's text without whitespace, read across page breaks: the page numbers and the repeated
 * header rows of a table that continues on the next page are taken out (a label merged over rows
 * that cross the page is split by them, as it is on paper).
 */
function continuousText(pdf: string, tables: readonly OutlineTable[]): string {
  let text = squeeze(pdfText(pdf)).replace(/—\d+—/g, '');
  for (const table of tables) {
    if (table.grid.headerRows === 0) continue;
    const header = squeeze(table.cells.filter((cell) => cell.row < table.grid.headerRows).map((cell) => cell.text).join(''));
    const first = text.indexOf(header);
    if (first >= 0) text = text.slice(0, first + header.length) + text.slice(first + header.length).replaceAll(header, '');
  }
  return text;
}

/**
 * Whether a label is in the text whole, or — a label merged over rows that cross a page — in two
 * pieces, the first on one page and the rest after the page break (other cells of the rows between).
 */
function hasLabel(text: string, { text: label, merged }: { text: string; merged: boolean }): boolean {
  if (text.includes(label)) return true;
  if (!merged) return false;
  for (let cut = 2; cut < label.length - 1; cut += 1) {
    const head = text.indexOf(label.slice(0, cut));
    if (head >= 0 && text.indexOf(label.slice(cut), head + cut) > head) return true;
  }
  return false;
}

/**
 * The documents opened by LibreOffice Writer, as an office opening them in Word or WPS would: one
 * soffice run converts a township's report, a province plugin's report and a county aggregate to PDF.
 * Set RENDER_DOCX_KEEP=<folder> to keep the .docx and PDF files for looking at.
 */
describe.skipIf(!available)('the .docx opened by LibreOffice', () => {
  let directory: string;
  let pdfs: Record<string, string>;
  const township = township2021();
  const pipeline = createPipeline({ plugins: [docxPlugin(), provincePlugin()] });
  const provinceForm = pipeline.getForm('gov-2021-xm');
  const province = createExampleReport({ form: provinceForm, year: 2024, seed: 5, organ: { name: '某省某县某某镇人民政府', level: 'township' } });
  setCell(province, { table: 'newMedia', row: 'wechat', column: 'operating' }, 8765);
  setCell(province, { table: 'applications', row: 'otherHandling.transferred', column: 'total' }, 4321);
  const county = countyAggregate();

  beforeAll(async () => {
    directory = process.env.RENDER_DOCX_KEEP ?? mkdtempSync(join(tmpdir(), 'render-docx-test-'));
    const rendered = await pipeline.render('docx', { report: province }, { options: { creationDate: created } });
    expect(rendered.diagnostics).toEqual([]);
    pdfs = await convertDocxToPdf(
      {
        township: (await renderDocx(township, { creationDate: created })).docx,
        province: rendered.content as Uint8Array,
        county: (await renderAggregateDocx(county, { creationDate: created })).docx,
      },
      directory,
    );
  }, 240_000);

  afterAll(() => {
    if (directory && !process.env.RENDER_DOCX_KEEP) rmSync(directory, { recursive: true, force: true });
  });

  it('a township report: A4, the title, every section heading, every official label and every number, row by row', () => {
    const info = pdfInfo(pdfs.township);
    const [width, height] = /([\d.]+) x ([\d.]+) pts/.exec(info['Page size'])!.slice(1).map(Number);
    expect(width).toBeCloseTo(595.3, 0);
    expect(height).toBeCloseTo(841.9, 0);
    const text = continuousText(pdfs.township, tablesOf(township));
    expect(text).toContain('示例县城关镇人民政府2023年政府信息公开工作年度报告');
    for (const section of getForm('gov-2021').sections) expect(text).toContain(squeeze(section.title));
    expect(text).toContain('（一）主动公开');
    const { labels, rows } = labelsAndNumbers(tablesOf(township));
    for (const label of labels) expect(hasLabel(text, label), label.text).toBe(true);
    // Each row's numbers, in column order, on one line of the page as LibreOffice laid it out.
    const lines = pdfText(pdfs.township, 'layout').split('\n').map((line) => line.trim().split(/\s+/).filter((word) => /^-?[\d.]+$/.test(word)).join(' '));
    for (const values of rows) expect(lines.some((line) => line.includes(values.filter(Boolean).join(' ')))).toBe(true);
  });

  it('page numbers — N — on every page, in the footer', () => {
    const pages = Number(pdfInfo(pdfs.township).Pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= pages; page += 1) {
      const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdfs.township, '-'], { encoding: 'utf8' });
      expect(text).toMatch(new RegExp(`—\\s*${page}\\s*—\\s*$`));
    }
  });

  it('a province plugin’s extra table 七 and its row under 表三（六） appear with no change to this package', () => {
    const text = continuousText(pdfs.province, tablesOf(province, provinceForm));
    expect(text).toContain('七、政务新媒体情况');
    const { labels, rows } = labelsAndNumbers(tablesOf(province, provinceForm));
    for (const label of labels) expect(hasLabel(text, label), label.text).toBe(true);
    expect(text).toContain('4.转送其他机关办理');
    const lines = pdfText(pdfs.province, 'layout').split('\n').map((line) => line.trim().split(/\s+/).filter((word) => /^-?[\d.]+$/.test(word)).join(' '));
    for (const values of rows) expect(lines.some((line) => line.includes(values.filter(Boolean).join(' ')))).toBe(true);
    expect(text).toMatch(/政务微信(\d+)+8765/);
  });

  it('a county aggregate: the tables with the summed numbers, the draft marked as a draft, the appendix with every member', () => {
    const text = continuousText(pdfs.county, tablesOf(county.report));
    expect(text).toContain('示例县人民政府2023年政府信息公开工作年度报告');
    expect(text).toContain('【草稿】');
    for (const paragraph of county.narrativeDraft.paragraphs) expect(text).toContain(squeeze(paragraph));
    const { labels } = labelsAndNumbers(tablesOf(county.report));
    for (const label of labels) expect(hasLabel(text, label), label.text).toBe(true);
    expect(text).toContain('附：汇总说明');
    expect(text).toContain('各单位主要数据');
    expect(text).toContain('未报送单位');
    expect(text).toContain('示例县卫生健康局');
    for (const member of county.report.members ?? []) expect(text).toContain(squeeze(member.organ.name));
    expect(text).toContain('长乐乡人民政府（逾期）');
    // The two charts, drawn as shapes: their captions and the values written beside the bars.
    expect(text).toContain('（三）图表');
    expect(text).toContain('各单位本年新收政府信息公开申请数量（件）');
    expect(text).toContain('本年度办理结果构成（件，占比）');
    expect(text).toContain('100%');
  });
});
