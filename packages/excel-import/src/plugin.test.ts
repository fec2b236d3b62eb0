import { createPipeline, getCell, setCell, type Report, type RosterEntry } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { describe, expect, it } from 'vitest';
import { provincePlugin } from '../../../examples/province-plugin/index.mjs';
import { excelPlugin, fillTemplate, readWorkbook } from './index.js';
import { detectWorkbook } from './plugin.js';
import ExcelJS from 'exceljs';

const pipeline = createPipeline({ plugins: [excelPlugin(), provincePlugin()] });

function filled(organ: string, closed: number): Report {
  const report = createExampleReport({ form: pipeline.getForm('gov-2021-xm'), seed: organ.length, year: 2024, organ: { name: organ, level: 'township' } });
  for (const row of ['weibo', 'wechat', 'other']) {
    setCell(report, { table: 'newMedia', row, column: 'existing' }, 3);
    setCell(report, { table: 'newMedia', row, column: 'opened' }, 1);
    setCell(report, { table: 'newMedia', row, column: 'closed' }, closed);
    setCell(report, { table: 'newMedia', row, column: 'operating' }, 3);
  }
  return report;
}

describe('excelPlugin in a pipeline with a province plugin', () => {
  it('templates, reads, checks and sums the province form with no change to this package', async () => {
    const template = await pipeline.template({ year: 2024, organ: { name: '青山镇人民政府', level: 'township' } });
    expect(template).toMatchObject({ writer: 'xlsx', extension: '.xlsx', diagnostics: [] });
    expect(template.form!.id).toBe('gov-2021-xm');

    const good = filled('青山镇人民政府', 1);
    const bad = filled('白云镇人民政府', 2);
    const files = await Promise.all(
      [good, bad].map(async (report) => {
        const blank = (await pipeline.template({ year: 2024, organ: report.organ })).content!;
        return fillTemplate(blank, report, { forms: pipeline.forms });
      }),
    );
    const [a, b] = await Promise.all(files.map((bytes, index) => pipeline.import(bytes, { file: `${index === 0 ? '青山镇' : '白云镇'}.xlsx`, year: 2024 })));
    expect(a.importer).toBe('excel-workbook');
    expect(a.report!.format).toBe('gov-2021-xm');
    expect(getCell(a.report!, { table: 'newMedia', row: 'wechat', column: 'opened' })).toBe(1);
    expect(getCell(a.report!, { table: 'applications', row: 'otherHandling.transferred', column: 'total' })).toBe(getCell(good, { table: 'applications', row: 'otherHandling.transferred', column: 'total' }));

    const problems = pipeline.validate(b.report!);
    const rule = problems.find((d) => d.code === 'XM-1')!;
    expect(rule.message).toMatch(/^表七“政务微博”行：上年末账号数\+本年新开设−本年关停 = 2，年末运营账号数 = 3/);
    expect(rule.location).toMatchObject({ file: '白云镇.xlsx', sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/) });

    const entries: RosterEntry[] = [
      { id: 'qs', name: '青山镇人民政府', level: 'township', parent: 'county' },
      { id: 'by', name: '白云镇人民政府', level: 'township', parent: 'county' },
      { id: 'county', name: '青山县人民政府', level: 'county' },
    ];
    const result = pipeline.aggregate(
      [a, b].map((imported, index) => ({ report: imported.report!, file: `${index}.xlsx`, diagnostics: imported.diagnostics })),
      { roster: { entries }, organ: { name: '青山县人民政府', level: 'county' }, year: 2024 },
    );
    expect(result.outcomes.map((o) => o.status)).toEqual(['accepted', 'rejected']);
    expect(getCell(result.report, { table: 'newMedia', row: 'weibo', column: 'existing' })).toBe(3);

    const summary = await pipeline.render('summary-xlsx', { aggregate: result, roster: { entries } });
    expect(summary.diagnostics).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(summary.content as Uint8Array) as unknown as ArrayBuffer);
    const texts = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map((value) => String(value ?? '')));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('表七汇总');
    expect(texts.some((text) => text.includes('政务微博'))).toBe(true);
  });

  it('says so when a workbook of a form the pipeline lacks is read, instead of dropping its table', async () => {
    const report = filled('青山镇人民政府', 1);
    const blank = (await pipeline.template({ year: 2024, organ: report.organ })).content!;
    const bytes = fillTemplate(blank, report, { forms: pipeline.forms });
    const bare = createPipeline({ plugins: [excelPlugin()] });
    const read = await bare.import(bytes, { file: '青山镇.xlsx' });
    expect(read.diagnostics.find((d) => d.code === 'import-template-unknown-form')).toMatchObject({ severity: 'error', location: { file: '青山镇.xlsx' } });
    const direct = await readWorkbook(bytes, { fileName: '青山镇.xlsx' });
    expect(direct.diagnostics.some((d) => d.code === 'import-template-unknown-form' && d.severity === 'error')).toBe(true);
  });

  it('reads what no other importer claims and says what it is', async () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    const result = await createPipeline({ plugins: [excelPlugin()] }).import(docx, { file: '年报.docx' });
    expect(result.importer).toBe('excel-workbook');
    expect(result.report).toBeUndefined();
    expect(result.diagnostics[0].location.file).toBe('年报.docx');
  });
});

describe('detectWorkbook', () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]);
  const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
  const text = (value: string) => new TextEncoder().encode(value);
  it.each([
    ['a.xlsx', new Uint8Array(), 1],
    ['a.xlsx', zip, 2],
    ['renamed.json', zip, 2],
    ['a.docx', zip, 0],
    ['a.xls', compound, 2],
    ['a.et', compound, 2],
    ['a.doc', compound, 0],
    ['a.xls', text('<html><table>'), 1],
    ['a.json', text('{}'), 0],
    ['a.txt', text('某某镇2024年报告'), 0],
    ['a.pdf', text('%PDF-1.7'), 0],
  ])('%s → %i', (name, bytes, score) => {
    expect(detectWorkbook(bytes, name)).toBe(score);
  });
});
