import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCell, getForm, type AggregateResult } from '@report/core';
import { convertWithLibreOffice, hasLibreOffice } from '../../scripts/fixture-kit/libreoffice.js';
import { writeSummaryWorkbook } from '../index.js';
import { countyAggregate } from './__fixtures__/county.js';
import { tableSheetPlans, type TableSheetPlan } from './table-sheets.js';

const available = hasLibreOffice();
if (!available) console.warn('LibreOffice (soffice) is not installed: skipping the summary workbook’s recalculation and print tests. .ci/run installs libreoffice-calc-nogui.');

/** Members of the county printed: a county's townships and departments, about as many as a real one has. */
const MEMBERS = 30;

/** The workbook with every formula's cached result removed, so what LibreOffice shows can only be its own calculation. */
function withoutCachedResults(bytes: Uint8Array): { bytes: Uint8Array; formulas: number } {
  const files = unzipSync(bytes);
  let formulas = 0;
  for (const name of Object.keys(files).filter((part) => part.startsWith('xl/worksheets/'))) {
    const xml = strFromU8(files[name]).replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, (_, formula: string) => ((formulas += 1), formula));
    expect(xml).not.toMatch(/<\/f><v>/);
    files[name] = strToU8(xml);
  }
  return { bytes: zipSync(files), formulas };
}

/**
 * The text of a PDF page's wrapped cells: LibreOffice centres a header's lines in its cell, so the
 * words of one cell share a centre; joined top to bottom they give the label whole (plain
 * pdftotext interleaves the lines of neighbouring cells).
 */
function centredTexts(pdf: string, page: number): string[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({
    centre: (Number(match[1]) + Number(match[3])) / 2,
    top: Number(match[2]),
    text: match[4].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  }));
  const groups = new Map<number, typeof words>();
  for (const word of words) {
    const key = Math.round(word.centre);
    const near = [key, key - 1, key + 1].find((candidate) => groups.has(candidate)) ?? key;
    groups.set(near, [...(groups.get(near) ?? []), word]);
  }
  return [...groups.values()].map((group) => group.sort((a, b) => a.top - b.top).map((word) => word.text).join(''));
}

/** A CSV line's fields (LibreOffice quotes only fields that need it; the total rows have none). */
const fields = (line: string) => line.split(',');

describe.skipIf(!available)('the summary workbook in LibreOffice', () => {
  let directory: string;
  let result: AggregateResult;
  let plans: TableSheetPlan[];
  let pdf: string;
  let pages: string[];
  let csv: Map<string, string>;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'summary-lo-'));
    const profile = join(directory, 'profile');
    const county = countyAggregate(MEMBERS);
    result = county.result;
    plans = tableSheetPlans(getForm(result.report.format), undefined, new Set());
    const bytes = await writeSummaryWorkbook(result, { roster: county.roster });
    writeFileSync(join(directory, 'summary.xlsx'), bytes);
    const stripped = withoutCachedResults(bytes);
    expect(stripped.formulas).toBeGreaterThan(190);
    writeFileSync(join(directory, 'recalculated.xlsx'), stripped.bytes);
    [pdf] = convertWithLibreOffice([join(directory, 'summary.xlsx')], 'pdf', directory, profile);
    // Every sheet to its own CSV (the last option, -1), values as LibreOffice calculated and shows them.
    // (Not convertWithLibreOffice: it expects one output file named after the input.)
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', directory, join(directory, 'recalculated.xlsx')], { timeout: 240_000 });
    csv = new Map(
      readdirSync(directory)
        .filter((name) => name.startsWith('recalculated-') && name.endsWith('.csv'))
        .map((name) => [name.slice('recalculated-'.length, -'.csv'.length), readFileSync(join(directory, name), 'utf8')]),
    );
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    pages = Array.from({ length: count }, (_, index) => execFileSync('pdftotext', ['-layout', '-f', String(index + 1), '-l', String(index + 1), pdf, '-'], { encoding: 'utf8' }));
  }, 240_000);

  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('recalculates every total to the aggregate’s number', () => {
    expect(plans).toHaveLength(9);
    for (const plan of plans) {
      const text = csv.get(plan.name);
      expect(text, plan.name).toBeDefined();
      const total = text!.split('\n').find((line) => fields(line)[1] === '合计')!;
      expect(fields(total)[2]).toBe(`${MEMBERS} 个单位`);
      const shown = fields(total).slice(3);
      plan.columns.forEach((column, index) => {
        const expected = getCell(result.report, column.ref);
        if (expected === null) expect(shown[index], `${plan.name} ${column.ref.row}`).toBe('');
        else expect(Number(shown[index]), `${plan.name} ${column.ref.row}`).toBeCloseTo(expected, 6);
      });
    }
  });

  it('prints each table sheet on one page (it was 45 pages for 表三 alone), with the official labels and the totals', () => {
    // The footer names the sheet on each of its pages.
    const pagesOf = (sheet: string) => pages.filter((page) => page.includes(sheet)).length;
    for (const plan of plans) expect(pagesOf(plan.name), plan.name).toBe(1);
    expect(pagesOf('报送情况')).toBe(1);
    // The bound: a page for each of the 9 table sheets (30 members fit one page, each sheet being
    // fitted to one page down to 70 %) and for 报送情况, then the problem list, whose rows take at
    // most four lines (~56 pt) of the A4 page's 508 pt shrunk to 71 %: 12 or more a page.
    const problemPages = Math.ceil(result.diagnostics.length / 12);
    expect(pagesOf('问题清单')).toBeLessThanOrEqual(problemPages);
    expect(pages.length).toBeLessThanOrEqual(plans.length + 1 + problemPages);
    const all = pages.map((_, index) => centredTexts(pdf, index + 1).join('\n')).join('\n');
    for (const label of ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '（七）总计', '四、结转下年度继续办理', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '第二十条第（一）项', '行政规范性文件', '本年收费金额（单位：万元）', '行政复议', '未经复议直接起诉', '报送情况', '处理建议']) {
      expect(all, label).toContain(label);
    }
    // Each table page's 合计 line shows its totals, in order.
    for (const plan of plans) {
      const page = pages.find((candidate) => candidate.includes(plan.name))!;
      const line = page.split('\n').find((candidate) => candidate.includes('合计'))!;
      const printed = line.replace(/.*个单位/, '').trim().split(/\s+/).map(Number);
      const totals = plan.columns.map((column) => getCell(result.report, column.ref)).filter((value) => value !== null);
      expect(printed, plan.name).toEqual(totals.map((value) => Number(value.toFixed(2))));
    }
  });
});
