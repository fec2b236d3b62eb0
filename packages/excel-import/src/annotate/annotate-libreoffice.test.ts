import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, forms, type Diagnostic, type Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { convertWithLibreOffice, hasLibreOffice } from '../../scripts/fixture-kit/libreoffice.js';
import { annotateWorkbook, createTemplate, excelPlugin, fillTemplate, readWorkbook } from '../index.js';
import { decodeXmlText } from '../xlsx/xml-text.js';

const available = hasLibreOffice();
if (!available) console.warn('LibreOffice (soffice) is not installed: skipping the tests that open annotated workbooks in it.');

const pipeline = createPipeline({ plugins: [excelPlugin()] });
const withoutSources = (report: Report | undefined) => report && { ...report, sources: undefined };

async function problemsOf(bytes: Uint8Array, file: string): Promise<Diagnostic[]> {
  const read = await pipeline.import(bytes, { file });
  return [...read.diagnostics, ...(read.report ? pipeline.validate(read.report, { knownProblems: read.diagnostics }) : [])];
}

/** The annotations of an OpenDocument spreadsheet, by sheet: the cell's column/row and the comment's text. */
function odsAnnotations(ods: Uint8Array): Map<string, string[]> {
  const content = new TextDecoder().decode(unzipSync(ods)['content.xml']);
  const bySheet = new Map<string, string[]>();
  for (const table of content.matchAll(/<table:table table:name="([^"]*)"[\s\S]*?<\/table:table>/g)) {
    const texts = [...table[0].matchAll(/<office:annotation\b[\s\S]*?<\/office:annotation>/g)].map((m) =>
      decodeXmlText(m[0].replace(/<dc:(creator|date)>[\s\S]*?<\/dc:\1>/g, '').replace(/<text:line-break\/>|<\/text:p>/g, '\n').replace(/<[^>]+>/g, '')),
    );
    bySheet.set(decodeXmlText(table[1]), texts);
  }
  return bySheet;
}

/** Annotated workbooks opened by LibreOffice Calc: converted, with the comments present, and read back after it saved them. */
describe.skipIf(!available)('annotated workbooks in LibreOffice', () => {
  let directory: string;
  const cases: Record<string, { original: Uint8Array; problems: Diagnostic[]; annotated: Uint8Array; ods?: string; resaved?: string }> = {};

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'excel-annotate-lo-'));
    const report = createExampleReport({ year: 2023, seed: 11, scale: 30, organ: { name: '某某乡人民政府', level: 'township', divisionCode: '430102002' } });
    report.tables.applications!.granted!.naturalPerson = 500;
    report.tables.active!.penalty!.decisions = -1;
    const filled = fillTemplate(await createTemplate(forms['gov-2021'], { year: 2023 }), report);
    // A workbook read by its labels, saved by LibreOffice itself (see scripts/make-fixtures.ts).
    const pasted = new Uint8Array(readFileSync(new URL('../__fixtures__/pasted-2021-libreoffice.xlsx', import.meta.url)));
    for (const [name, original] of Object.entries({ filled, pasted })) {
      const problems = await problemsOf(original, `${name}.xlsx`);
      const { content } = await annotateWorkbook(original, problems, { fileName: `${name}.xlsx` });
      cases[name] = { original, problems, annotated: content! };
      writeFileSync(join(directory, `${name}.xlsx`), content!);
    }
    const profile = join(directory, 'profile');
    const inputs = Object.keys(cases).map((name) => join(directory, `${name}.xlsx`));
    const odsFiles = convertWithLibreOffice(inputs, 'ods', directory, profile);
    mkdirSync(join(directory, 'resaved'));
    const resaved = convertWithLibreOffice(inputs, 'xlsx', join(directory, 'resaved'), profile);
    Object.keys(cases).forEach((name, index) => Object.assign(cases[name], { ods: odsFiles[index], resaved: resaved[index] }));
  }, 240_000);

  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('the problems of both workbooks are on cells (the test has something to show)', () => {
    for (const { problems } of Object.values(cases)) expect(problems.filter((d) => d.location.cell).length).toBeGreaterThan(0);
  });

  it('LibreOffice converts the annotated copies with a comment on every problem cell, and the list first', () => {
    for (const { problems, ods } of Object.values(cases)) {
      const annotations = odsAnnotations(new Uint8Array(readFileSync(ods!)));
      expect([...annotations.keys()][0]).toBe('问题清单');
      const placed = problems.filter((d) => d.location.cell && d.location.sheet);
      for (const sheet of new Set(placed.map((d) => d.location.sheet!))) {
        const texts = annotations.get(sheet)!;
        const cells = new Set(placed.filter((d) => d.location.sheet === sheet).map((d) => d.location.cell));
        expect({ sheet, count: texts.length }).toEqual({ sheet, count: cells.size });
        for (const diagnostic of placed.filter((d) => d.location.sheet === sheet)) {
          expect(texts.some((text) => text.includes(diagnostic.message))).toBe(true);
        }
      }
    }
  });

  it('an annotated copy saved again by LibreOffice still reads as the same report', async () => {
    for (const [name, { original, resaved }] of Object.entries(cases)) {
      const before = await readWorkbook(original, { fileName: `${name}.xlsx` });
      const after = await readWorkbook(new Uint8Array(readFileSync(resaved!)), { fileName: `${name}.xlsx` });
      expect(withoutSources(after.report)).toEqual(withoutSources(before.report));
      expect(after.diagnostics.map((d) => d.code)).toEqual(before.diagnostics.map((d) => d.code));
    }
  });

  it('the annotated copy itself reads as the same report, with the same problems', async () => {
    for (const [name, { original, annotated }] of Object.entries(cases)) {
      const before = await readWorkbook(original, { fileName: `${name}.xlsx` });
      const after = await readWorkbook(annotated, { fileName: `${name}.xlsx` });
      expect(withoutSources(after.report)).toEqual(withoutSources(before.report));
      expect(after.diagnostics).toEqual(before.diagnostics);
    }
  });
});
