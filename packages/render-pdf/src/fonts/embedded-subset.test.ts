/// <reference path="../types/fontkit.d.ts" />
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontsourceFile, hasNotoSerifCollection, notoSerifCollection } from '../__fixtures__/font-files.js';
import { countyAggregate } from '../__fixtures__/reports.js';
import { pageImage, pdfText, squeeze } from '../__fixtures__/pdf-tools.js';
import { renderAggregatePdf, type RenderPdfOptions, type RenderPdfResult } from '../index.js';
import { charstringWidth, openTypeWithCff, type OutlineFont } from './__fixtures__/font-programs.js';
import { embeddedFonts, type EmbeddedFont } from './__fixtures__/embedded-fonts.js';
import { parseFont } from './load-font.js';
import { setSubsetEngine } from './pdfkit-font.js';
import { readUint16, readUint32 } from './subset/bytes.js';
import { readCff } from './subset/cff-font.js';
import { desubroutinize } from './subset/charstring.js';
import { cffFontOf } from './subset/font-program.js';
import { sfntTables } from './subset/sfnt-tables.js';

type LayoutFont = OutlineFont & { unitsPerEm: number; layout(text: string): { glyphs: Array<{ id: number }> } };

const creationDate = new Date('2024-03-01T00:00:00Z');

/** Text the county wrote: every kind of character a report has (ideographs, full-width punctuation, digits, Latin). */
const narrative = [
  '2023年，示例县深入贯彻《中华人民共和国政府信息公开条例》（以下简称《条例》），坚持“以公开为常态、不公开为例外”。',
  '全县通过政府网站主动公开政府信息1,326条；收到申请58件，按期答复率100%，另有PDF文件12份、Word文档3份。',
];

function county() {
  const result = countyAggregate();
  result.report.preface = [narrative[0]];
  result.report.sections.find((section) => section.id === 'overview')!.paragraphs = [narrative[1]];
  return result;
}

/** The face a subset was cut from, and the original glyph of each CID (the glyph pdfkit's layout chose for its character). */
function original(font: EmbeddedFont, faces: ReadonlyMap<string, LayoutFont>) {
  const face = faces.get(font.name.replace(/^[A-Z]{6}\+/, ''))!;
  const glyphs = [...font.characters].map(([cid, text]) => [cid, cid === 0 ? 0 : face.layout(text).glyphs[0].id] as const);
  return { face, glyphs: new Map(glyphs) };
}

/**
 * The most a subset may take for the glyphs it holds: each glyph's outline program as a renderer
 * runs it — for CFF the charstring with its subroutines written out (`desubroutinize`), for
 * TrueType the glyph's `glyf` entry — plus bookkeeping no subset avoids: per glyph an index or
 * `loca` offset, an FDSelect/`hmtx` entry and padding (at most 12 bytes), per CFF Font DICT its
 * Font and Private DICT (at most 160 bytes), and 400 bytes for headers, names and the small
 * TrueType tables (head 54, hhea 36, maxp 32, prep, table directory). Anything more is
 * something the document does not draw.
 */
function outlineBound(font: EmbeddedFont, faces: ReadonlyMap<string, LayoutFont>): number {
  const { face, glyphs } = original(font, faces);
  const ids = [...glyphs.values()];
  const perGlyph = 12;
  if (font.kind === 'cff') {
    const cff = cffFontOf(face)!;
    const outlines = ids.reduce((sum, glyph) => {
      const { localSubrs } = cff.fontDicts[cff.fontDictOf(glyph)];
      return sum + desubroutinize(cff.charStrings.item(glyph), { global: cff.globalSubrs, local: localSubrs }).length;
    }, 0);
    return 400 + 160 * new Set(ids.map((glyph) => cff.fontDictOf(glyph))).size + outlines + perGlyph * ids.length;
  }
  const tables = sfntTables(faceBytes.get(face)!);
  const long = readUint16(tables.get('head')!, 50) === 1;
  const loca = tables.get('loca')!;
  const offset = (glyph: number) => (long ? readUint32(loca, glyph * 4) : readUint16(loca, glyph * 2) * 2);
  const outlines = ids.reduce((sum, glyph) => sum + offset(glyph + 1) - offset(glyph), 0);
  return 400 + (tables.get('prep')?.length ?? 0) + outlines + perGlyph * ids.length;
}

const faceBytes = new Map<LayoutFont, Uint8Array>();

function loadFaces(result: RenderPdfResult): Map<string, LayoutFont> {
  const faces = new Map<string, LayoutFont>();
  for (const used of result.fonts) {
    const bytes = new Uint8Array(readFileSync(used.file!));
    const parsed = parseFont(bytes, used.postscriptName);
    faces.set(used.postscriptName, parsed.font as LayoutFont);
    faceBytes.set(parsed.font as LayoutFont, parsed.bytes);
  }
  return faces;
}

const cases: Array<{ name: string; kind: EmbeddedFont['kind']; skip: boolean; options: RenderPdfOptions }> = [
  {
    name: 'Noto Serif CJK SC (CFF, from a collection)',
    kind: 'cff',
    skip: !hasNotoSerifCollection,
    options: { fonts: { default: { path: notoSerifCollection, postscriptName: 'NotoSerifCJKsc-Regular' }, heading: { path: notoSerifCollection.replace('Regular', 'Bold'), postscriptName: 'NotoSerifCJKsc-Bold' } } },
  },
  { name: '@fontsource/noto-serif-sc (TrueType, from WOFF)', kind: 'truetype', skip: false, options: { systemFonts: false } },
];

describe.each(cases)('the embedded subsets of a county report in $name', ({ kind, skip, options }) => {
  let compact: RenderPdfResult;
  let fontkit: RenderPdfResult;
  let faces: Map<string, LayoutFont>;
  beforeAll(async () => {
    if (skip) return;
    if (kind === 'cff') {
      setSubsetEngine('fontkit');
      fontkit = await renderAggregatePdf(county(), { ...options, creationDate });
      setSubsetEngine('compact');
    }
    compact = await renderAggregatePdf(county(), { ...options, creationDate });
    faces = loadFaces(compact);
  }, 120_000);
  afterAll(() => setSubsetEngine('compact'));

  it.skipIf(skip)('hold only the outlines of the characters drawn, within a bound derived from them', () => {
    const fonts = embeddedFonts(compact.pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font.kind).toBe(kind);
      expect(font.program.length).toBeLessThanOrEqual(outlineBound(font, faces));
    }
    if (kind === 'cff') {
      // fontkit's subset of the same glyphs carries the face's subroutine INDEXes: over the bound.
      for (const font of embeddedFonts(fontkit.pdf)) expect(font.program.length).toBeGreaterThan(outlineBound(font, faces));
      const sizes = (pdf: Uint8Array) => embeddedFonts(pdf).reduce((sum, font) => sum + font.stored, 0);
      expect(sizes(compact.pdf)).toBeLessThan(sizes(fontkit.pdf) * 0.7);
    }
  });

  it.skipIf(skip)('have one glyph per character drawn, with the advance widths and outlines of the full face', () => {
    for (const font of embeddedFonts(compact.pdf)) {
      const { face, glyphs } = original(font, faces);
      const advance = (cid: number) => face.getGlyph(glyphs.get(cid)!).advanceWidth;
      const cids = [...glyphs.keys()];
      expect(cids).toEqual(cids.map((_, index) => index));
      expect(cids.map((cid) => font.widths.get(cid))).toEqual(cids.map((cid) => (advance(cid) * 1000) / face.unitsPerEm));
      if (font.kind === 'cff') {
        const subset = readCff(font.program);
        expect(subset.charStrings.count).toBe(cids.length);
        expect(cids.map((cid) => charstringWidth(subset.charStrings.item(cid), subset.fontDicts[subset.fontDictOf(cid)].privateEntries))).toEqual(cids.map(advance));
      } else {
        const subset = create(font.program) as OutlineFont;
        expect(subset.numGlyphs).toBe(cids.length);
        expect(cids.map((cid) => subset.getGlyph(cid).advanceWidth)).toEqual(cids.map(advance));
      }
      const outlines = font.kind === 'cff' ? openTypeWithCff(font.program, cids.length) : (create(font.program) as OutlineFont);
      expect(cids.map((cid) => outlines.getGlyph(cid).path.toSVG())).toEqual(cids.map((cid) => face.getGlyph(glyphs.get(cid)!).path.toSVG()));
    }
  });

  it.skipIf(skip)('give back the Chinese text exactly (pdftotext)', () => {
    const text = pdfText(compact.pdf);
    const { report } = county();
    const expected = [...narrative, '示例县人民政府2023年政府信息公开工作年度报告', ...report.members!.map((member) => member.organ.name)];
    for (const line of expected) expect(squeeze(text)).toContain(squeeze(line));
    expect(report.sections.length).toBeGreaterThan(0);
  });

  // TrueType faces are embedded by fontkit's subset with either engine: there is nothing to compare.
  it.skipIf(skip || kind !== 'cff')('draw the same pages as fontkit’s subset, pixel for pixel (pdftoppm), with the same text', () => {
    expect(pdfText(compact.pdf)).toBe(pdfText(fontkit.pdf));
    expect(compact.pageCount).toBe(fontkit.pageCount);
    for (let page = 1; page <= compact.pageCount; page++) {
      expect(Buffer.from(pageImage(compact.pdf, page, 80).pixels).equals(Buffer.from(pageImage(fontkit.pdf, page, 80).pixels))).toBe(true);
    }
  });
});
