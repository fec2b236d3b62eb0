import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forms, type Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { convertWithLibreOffice, hasLibreOffice } from '../scripts/fixture-kit/libreoffice.js';
import { createTemplate, fillTemplate, readWorkbook } from './index.js';

const available = hasLibreOffice();
if (!available) console.warn('LibreOffice (soffice) is not installed: skipping the tests that convert workbooks through it. .ci/run installs libreoffice-calc-nogui.');

/**
 * Workbooks made here, converted by LibreOffice Calc itself, read back: what a township using
 * LibreOffice sends. (The .xls, .ods and CSV fixtures were also written by LibreOffice, by
 * scripts/make-fixtures.ts.) One soffice profile for the file, two conversions.
 */
describe.skipIf(!available)('workbooks saved by LibreOffice', () => {
  let directory: string;
  let profile: string;
  let report: Report;
  const typed = new URL('./__fixtures__/hand-typed-2021-one-sheet.xlsx', import.meta.url);
  const typedExpected = JSON.parse(readFileSync(new URL('./__fixtures__/hand-typed-2021-one-sheet.xlsx.expected.json', import.meta.url), 'utf8'));
  const converted: Record<string, string> = {};

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'excel-import-lo-'));
    profile = join(directory, 'profile');
    report = createExampleReport({ year: 2023, seed: 77, scale: 40, organ: { name: '某某镇人民政府', level: 'township', divisionCode: '430102001' } });
    report.sections = report.sections.map((section) => ({ ...section, paragraphs: ['active', 'applications', 'reviewLitigation'].includes(section.id) ? [] : [`${section.title}的第一段。`, '第二段：“引号”与（括号）。'] }));
    const template = await createTemplate(forms['gov-2021'], { year: 2023 });
    writeFileSync(join(directory, 'template.xlsx'), template);
    writeFileSync(join(directory, 'filled.xlsx'), fillTemplate(template, report));
    writeFileSync(join(directory, 'typed.xlsx'), readFileSync(typed));
    const out = join(directory, 'out');
    mkdirSync(out);
    const inputs = ['filled.xlsx', 'typed.xlsx'].map((name) => join(directory, name));
    [converted.filled, converted.typed] = convertWithLibreOffice(inputs, 'xlsx', out, profile);
    [converted.pdf] = convertWithLibreOffice([join(directory, 'template.xlsx')], 'pdf', directory, profile);
  }, 240_000);

  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('a filled template saved by LibreOffice reads back as the same report', async () => {
    const { report: read, diagnostics } = await readWorkbook(new Uint8Array(readFileSync(converted.filled)), { fileName: 'filled.xlsx' });
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(read!.tables).toEqual(report.tables);
    expect(read!.organ).toEqual(report.organ);
    expect(read!.sections).toEqual(report.sections);
  });

  it('a typed workbook saved by LibreOffice reads as its planted values', async () => {
    const { report: read, diagnostics } = await readWorkbook(new Uint8Array(readFileSync(converted.typed)), { fileName: 'typed.xlsx' });
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(read!.tables).toEqual(typedExpected.report.tables);
    expect(read!.organ).toEqual(typedExpected.report.organ);
  });

  it('the empty template prints on A4 with the official tables', () => {
    const text = execFileSync('pdftotext', ['-layout', converted.pdf, '-'], { encoding: 'utf8' });
    for (const label of ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '第二十条第（一）项', '申请人情况', '未经复议直接起诉', '填写说明']) {
      expect(text.replace(/\s+/g, '')).toContain(label);
    }
    const info = execFileSync('pdfinfo', [converted.pdf], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    const sides = [Number(size[1]), Number(size[2])].sort((a, b) => a - b);
    expect(sides[0]).toBeCloseTo(595.3, 0);
    expect(sides[1]).toBeCloseTo(841.9, 0);
  });
});
