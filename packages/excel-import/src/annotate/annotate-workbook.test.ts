import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, forms, type Diagnostic, type Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { SheetSpec } from '../../scripts/fixture-kit/sheet-spec.js';
import { writeRawXlsx } from '../../scripts/fixture-kit/write-raw-xlsx.js';
import { annotateWorkbook, createTemplate, excelPlugin, fillTemplate, readWorkbook } from '../index.js';
import { openZip } from '../container/zip.js';
import { openWorkbookPackage } from '../xlsx/workbook-package.js';
import { cellsOf, commentsOf, hyperlinksOf, listRows, partText, sheetParts, topLevel, xfOf } from './test-support.js';

const pipeline = createPipeline({ plugins: [excelPlugin()] });
const decoder = new TextDecoder();

/** Reads a workbook with the pipeline and checks its report: every problem a township would be told. */
async function check(bytes: Uint8Array, file: string) {
  const read = await pipeline.import(bytes, { file });
  const checks = read.report ? pipeline.validate(read.report, { knownProblems: read.diagnostics }) : [];
  return { read, diagnostics: [...read.diagnostics, ...checks.map((d) => ({ ...d, location: { ...d.location, file } }))] };
}

const withoutSources = (report: Report | undefined) => report && { ...report, sources: undefined };

describe('annotateWorkbook on a filled template', () => {
  let original: Uint8Array;
  let annotated: Uint8Array;
  let diagnostics: Diagnostic[];
  let originalParts: Record<string, Uint8Array>;
  let annotatedParts: Record<string, Uint8Array>;
  const hostile = '没有单元格的问题 <b>&amp;</b> "引号" _x0041_ \u0001 ]]>';

  beforeAll(async () => {
    const report = createExampleReport({ year: 2023, seed: 7, scale: 40, organ: { name: '某某镇人民政府', level: 'township', divisionCode: '430102001' } });
    report.tables.applications!.granted!.naturalPerson = 999;
    report.tables.active!.licensing!.decisions = -3;
    original = fillTemplate(await createTemplate(forms['gov-2021'], { year: 2023 }), report);
    const checked = await check(original, '某某镇.xlsx');
    diagnostics = [...checked.diagnostics, { code: 'x-test', severity: 'warning', message: hostile, help: '修改 <它>', location: { file: '某某镇.xlsx' } }];
    const result = await annotateWorkbook(original, diagnostics, { fileName: '某某镇.xlsx' });
    annotated = result.content!;
    originalParts = unzipSync(original);
    annotatedParts = unzipSync(annotated);
    expect(result.diagnostics.map((d) => [d.code, d.params?.count])).toEqual([['annotate-problems-listed-only', 1]]);
  });

  it('has problems on cells of three sheets to annotate', () => {
    const placed = diagnostics.filter((d) => d.location.cell);
    expect(new Set(placed.map((d) => d.location.sheet))).toEqual(new Set(['表二', '表三']));
    expect(placed.length).toBeGreaterThanOrEqual(3);
  });

  it('reads back as the same report, with the same reading problems', async () => {
    const before = await readWorkbook(original, { fileName: '某某镇.xlsx' });
    const after = await readWorkbook(annotated, { fileName: '某某镇.xlsx' });
    expect(withoutSources(after.report)).toEqual(withoutSources(before.report));
    expect(after.diagnostics).toEqual(before.diagnostics);
    const { diagnostics: again } = await check(annotated, '某某镇.xlsx');
    expect(again).toEqual(diagnostics.slice(0, -1));
  });

  it('leaves every cell of every original sheet as it was, except the style of the problem cells', () => {
    const before = sheetParts(originalParts);
    const after = sheetParts(annotatedParts);
    expect(after.slice(1).map((sheet) => sheet.name)).toEqual(before.map((sheet) => sheet.name));
    const stylesBefore = partText(originalParts, 'xl/styles.xml');
    const stylesAfter = partText(annotatedParts, 'xl/styles.xml');
    let highlighted = 0;
    for (const [index, sheet] of before.entries()) {
      const cellsBefore = cellsOf(partText(originalParts, sheet.path));
      const cellsAfter = cellsOf(partText(annotatedParts, after[index + 1].path));
      const marked = new Set(diagnostics.filter((d) => d.location.sheet === sheet.name && d.location.cell).map((d) => d.location.cell));
      expect([...cellsAfter.keys()].sort()).toEqual([...cellsBefore.keys()].sort());
      for (const [address, cell] of cellsBefore) {
        const now = cellsAfter.get(address)!;
        expect({ address, attributes: now.attributes, content: now.content }).toEqual({ address, attributes: cell.attributes, content: cell.content });
        if (!marked.has(address)) {
          expect({ address, style: now.style }).toEqual({ address, style: cell.style });
          continue;
        }
        highlighted += 1;
        expect(now.style).not.toBe(cell.style);
        // The copy of the cell's format differs only in its fill.
        const strip = (xf: string) => xf.replace(/\s(fillId|applyFill)="[^"]*"/g, '');
        expect(strip(xfOf(stylesAfter, now.style))).toBe(strip(xfOf(stylesBefore, cell.style)));
        expect(xfOf(stylesAfter, now.style)).toMatch(/applyFill="1"/);
      }
    }
    expect(highlighted).toBe(new Set(diagnostics.filter((d) => d.location.cell).map((d) => `${d.location.sheet}!${d.location.cell}`)).size);
  });

  it('keeps merged cells, data validations, the print setup and the hidden metadata sheet as they were', () => {
    const before = sheetParts(originalParts);
    const after = sheetParts(annotatedParts);
    let validations = 0;
    for (const [index, sheet] of before.entries()) {
      const xmlBefore = partText(originalParts, sheet.path);
      const xmlAfter = partText(annotatedParts, after[index + 1].path);
      for (const element of ['mergeCells', 'dataValidations', 'sheetProtection', 'cols', 'pageSetup', 'pageMargins', 'conditionalFormatting']) {
        expect({ sheet: sheet.name, element, xml: topLevel(xmlAfter, element) }).toEqual({ sheet: sheet.name, element, xml: topLevel(xmlBefore, element) });
      }
      validations += (xmlBefore.match(/<dataValidation\b/g) ?? []).length;
      if (sheet.name === '__report_template') expect(xmlAfter).toBe(xmlBefore);
    }
    expect(validations).toBeGreaterThan(10);
    expect(partText(annotatedParts, 'xl/sharedStrings.xml')).toBe(partText(originalParts, 'xl/sharedStrings.xml'));
    expect(after.find((sheet) => sheet.name === '__report_template')!.state).toBe('veryHidden');
  });

  it('keeps the defined names, their sheet indices moved by the new first sheet', () => {
    const names = (xml: string) => [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({ attributes: m[1], text: m[2] }));
    const before = names(partText(originalParts, 'xl/workbook.xml'));
    const after = names(partText(annotatedParts, 'xl/workbook.xml'));
    expect(before.length).toBeGreaterThan(0);
    const shifted = before.map((name) => ({ ...name, attributes: name.attributes.replace(/localSheetId="(\d+)"/, (_, n) => `localSheetId="${Number(n) + 1}"`) }));
    expect(after.filter((name) => !name.attributes.includes('_GovReport.ProblemList'))).toEqual(shifted);
    // Each print title still names the sheet at its (moved) position.
    const sheets = sheetParts(annotatedParts).map((sheet) => sheet.name);
    for (const name of after.filter((n) => n.attributes.includes('Print_Titles'))) {
      expect(name.text).toContain(`&apos;${sheets[Number(/localSheetId="(\d+)"/.exec(name.attributes)![1])]}&apos;`);
    }
  });

  it('puts a comment with the message and how to fix it on each problem cell', () => {
    const after = sheetParts(annotatedParts);
    for (const sheet of after.slice(1)) {
      const comments = commentsOf(annotatedParts, sheet.path);
      const expected = diagnostics.filter((d) => d.location.sheet === sheet.name && d.location.cell);
      expect([...comments.keys()].sort()).toEqual([...new Set(expected.map((d) => d.location.cell!))].sort());
      for (const diagnostic of expected) {
        const text = comments.get(diagnostic.location.cell!)!;
        expect(text).toContain(`【错误】${diagnostic.message}`);
        expect(text).toContain(`如何修改：${diagnostic.help}`);
      }
      if (expected.length > 0) expect(partText(annotatedParts, sheet.path)).toMatch(/<legacyDrawing r:id="rId\d+"\/>/);
    }
  });

  it('adds 问题清单 as the first, shown sheet, listing every problem with a link to its cell', () => {
    const sheets = sheetParts(annotatedParts);
    expect(sheets[0].name).toBe('问题清单');
    const list = partText(annotatedParts, sheets[0].path);
    const rows = listRows(list);
    expect(rows[1]).toEqual(['序号', '严重程度', '工作表', '单元格', '项目', '问题', '如何修改']);
    expect(rows.slice(2)).toEqual(
      diagnostics.map((d, index) => [
        String(index + 1),
        { error: '错误', warning: '警告', info: '提示' }[d.severity],
        d.location.sheet ?? '—',
        d.location.cell ?? '—',
        d.location.label ?? '—',
        d.message,
        d.help ?? '—',
      ]),
    );
    const links = hyperlinksOf(list);
    const placed = diagnostics.map((d, index) => ({ d, row: index + 3 })).filter(({ d }) => d.location.cell);
    expect(links).toEqual(placed.map(({ d, row }) => ({ ref: `D${row}`, location: `'${d.location.sheet}'!${d.location.cell}` })));
    expect(/activeTab="(\d+)"/.exec(partText(annotatedParts, 'xl/workbook.xml'))?.[1] ?? '0').toBe('0');
    expect(sheets.slice(1).some((sheet) => /tabSelected="1"/.test(partText(annotatedParts, sheet.path)))).toBe(false);
  });

  it('writes text from the input as data: markup and control characters escaped', async () => {
    const list = partText(annotatedParts, sheetParts(annotatedParts)[0].path);
    expect(list).not.toContain('<b>');
    expect(listRows(list).at(-1)![5]).toBe(hostile);
    // The copy opens in exceljs too (its own XML parser), the list's text as written.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(annotated as unknown as ArrayBuffer);
    expect(String(workbook.worksheets[0].getCell(`F${diagnostics.length + 2}`).value)).toContain('<b>&amp;</b> "引号"');
  });
});

describe('annotateWorkbook on other workbooks', () => {
  it('keeps the township’s own comments and adds its own beside them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表三');
    sheet.getCell('A1').value = '说明';
    sheet.getCell('A1').note = '乡镇自己的批注';
    sheet.getCell('B2').value = 5;
    sheet.getCell('B2').note = '请核对';
    sheet.getCell('C3').value = 7;
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const problems: Diagnostic[] = [
      { code: 'R3-1', severity: 'error', message: 'B2 不对', help: '改 B2', location: { sheet: '表三', cell: 'B2' } },
      { code: 'R3-2', severity: 'warning', message: 'C3 可疑', location: { sheet: '表三', cell: 'C3' } },
      { code: 'R3-2', severity: 'info', message: 'D9 空白', location: { sheet: '表三', cell: 'D9' } },
    ];
    const { content, diagnostics } = await annotateWorkbook(bytes, problems, { fileName: '乡.xlsx' });
    expect(diagnostics).toEqual([]);
    const parts = unzipSync(content!);
    const path = sheetParts(parts)[1].path;
    const comments = commentsOf(parts, path);
    expect(comments.get('A1')).toContain('乡镇自己的批注');
    expect(comments.get('B2')).toMatch(/请核对[\s\S]*【错误】B2 不对\n如何修改：改 B2/);
    expect(comments.get('C3')).toContain('【警告】C3 可疑');
    expect(comments.get('D9')).toContain('【提示】D9 空白');
    // The cell that did not exist is added, empty, with a highlight.
    expect(cellsOf(partText(parts, path)).get('D9')).toMatchObject({ content: '' });
    // One drawing, with a note shape per comment (the two old ones and two new ones).
    const vml = Object.keys(parts).filter((name) => name.endsWith('.vml'));
    expect(vml).toHaveLength(1);
    expect(decoder.decode(parts[vml[0]]).match(/ObjectType="Note"/g)).toHaveLength(4);
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(content as unknown as ArrayBuffer);
    expect(reopened.worksheets.map((s) => s.name)).toEqual(['问题清单', '表三']);
  });

  it('annotates a minimal workbook with prefixed elements, no cell references and no style sheet', async () => {
    const spec = new SheetSpec('Sheet1');
    spec.set(0, 0, '二、主动公开政府信息情况').set(2, 1, 3).set(2, 3, 'x').set(5, 2, 1);
    const bytes = writeRawXlsx([spec], { prefix: 'x', omitCellReferences: true, inlineStrings: true });
    const problems: Diagnostic[] = [
      { code: 't', severity: 'error', message: 'C3', location: { sheet: 'sheet1', cell: 'C3' } },
      { code: 't', severity: 'error', message: 'B3', location: { sheet: 'Sheet1', cell: 'B3' } },
      { code: 't', severity: 'error', message: 'E5', location: { sheet: 'Sheet1', cell: 'E5' } },
    ];
    const { content } = await annotateWorkbook(bytes, problems);
    const parts = unzipSync(content!);
    expect(Object.keys(parts)).toContain('xl/styles.xml');
    const xml = partText(parts, sheetParts(parts)[1].path);
    // Every value stays at its position (a cell without `r` after an added cell gets its `r`).
    const cells = (bytes: Uint8Array) => {
      const workbook = openWorkbookPackage(openZip(bytes), { remaining: 1e8 }, { remaining: 1e6 });
      return workbook.sheet(workbook.sheets.find((entry) => entry.name === 'Sheet1')!).cells;
    };
    expect(cells(content!)).toEqual(cells(bytes));
    const styles = partText(parts, 'xl/styles.xml').replace(/<(\/?)x:/g, '<$1');
    const row3 = /<x:row r="3">(.*?)<\/x:row>/.exec(xml)![1];
    const [b3, c3] = [...row3.matchAll(/<x:c\b([^>]*?)\/?>/g)].slice(1, 3).map((m) => Number(/s="(\d+)"/.exec(m[1])![1]));
    const e5 = Number(/<x:c r="E5" s="(\d+)"\/>/.exec(xml)![1]);
    for (const style of [b3, c3, e5]) expect(xfOf(styles, style)).toMatch(/applyFill="1"/);
    expect(styles).toContain('<fgColor rgb="FFFFC7CE"/>');
    expect(xml).toMatch(/<x:legacyDrawing r:id="rId\d+"\/>/);
  });

  it('puts a problem inside a merged range on its first cell', async () => {
    const template = await createTemplate(forms['gov-2021'], { year: 2024 });
    const problems: Diagnostic[] = [{ code: 't', severity: 'warning', message: '标题', location: { sheet: '封面', cell: 'B1' } }];
    const { content } = await annotateWorkbook(template, problems);
    const parts = unzipSync(content!);
    expect([...commentsOf(parts, sheetParts(parts).find((s) => s.name === '封面')!.path).keys()]).toEqual(['A1']);
    expect(hyperlinksOf(partText(parts, sheetParts(parts)[0].path))).toEqual([{ ref: 'D3', location: "'封面'!A1" }]);
  });

  it('writes the list in English for locale en', async () => {
    const template = await createTemplate(forms['gov-2021'], { year: 2024 });
    const { content } = await annotateWorkbook(template, [{ code: 't', severity: 'info', message: 'note', location: {} }], { locale: 'en' });
    const parts = unzipSync(content!);
    const sheets = sheetParts(parts);
    expect(sheets[0].name).toBe('Problems');
    expect(listRows(partText(parts, sheets[0].path))[1]).toEqual(['No.', 'Severity', 'Sheet', 'Cell', 'Item', 'Problem', 'How to fix']);
  });

  it('names the list 问题清单（2） when the workbook already has a 问题清单', async () => {
    const spec = new SheetSpec('问题清单');
    spec.set(0, 0, 1);
    const { content } = await annotateWorkbook(writeRawXlsx([spec]), []);
    expect(sheetParts(unzipSync(content!)).map((s) => s.name)).toEqual(['问题清单（2）', '问题清单']);
  });

  it('gives an error and no copy for a file that is no .xlsx package', async () => {
    for (const name of ['excel-97-2003.xls', 'libreoffice.ods', 'export.csv', 'truncated.xlsx']) {
      const bytes = new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)));
      const result = await annotateWorkbook(bytes, [], { fileName: name });
      expect(result.content).toBeUndefined();
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ code: 'annotate-workbook-failed', severity: 'error', location: { file: name } });
      expect(result.diagnostics[0].message).toContain(`未能生成“${name}”的问题标注副本`);
    }
  });
});

describe('the Excel plugin’s annotator', () => {
  it('annotates what the workbook reader read, through pipeline.annotate, and says why not for an .xls', async () => {
    expect(pipeline.annotators.map((a) => [a.name, a.importer])).toEqual([['excel-workbook', 'excel-workbook']]);
    const bytes = new Uint8Array(readFileSync(new URL('../__fixtures__/bad-cells-2021.xlsx', import.meta.url)));
    const { read, diagnostics } = await check(bytes, 'bad-cells-2021.xlsx');
    const result = await pipeline.annotate(bytes, { importer: read.importer!, file: 'bad-cells-2021.xlsx', diagnostics });
    expect(result.annotator).toBe('excel-workbook');
    const parts = unzipSync(result.content!);
    expect(listRows(partText(parts, sheetParts(parts)[0].path)).slice(2)).toHaveLength(diagnostics.length);
    const old = new Uint8Array(readFileSync(new URL('../__fixtures__/excel-97-2003.xls', import.meta.url)));
    const refused = await pipeline.annotate(old, { importer: 'excel-workbook', file: '旧.xls', diagnostics: [], locale: 'en' });
    expect(refused.content).toBeUndefined();
    expect(refused.diagnostics[0]).toMatchObject({ code: 'annotate-workbook-failed', location: { file: '旧.xls' } });
    expect(refused.diagnostics[0].message).toMatch(/^No annotated copy of "旧.xls" was made: .*\.xls/);
  });
});
