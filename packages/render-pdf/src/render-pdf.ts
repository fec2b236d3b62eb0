/// <reference path="./types/pdfkit.d.ts" />
import { getForm, type AggregateResult, type Diagnostic, type FormDefinition, type Locale, type Report, type Roster } from '@report/core';
import { documentOutline, type MemberFigure } from '@report/core/plugin';
import { aggregateBlocks } from './content/aggregate-blocks.js';
import { reportBlocks } from './content/report-blocks.js';
import { pageGeometry } from './document/page-geometry.js';
import { PdfWriter, type PageNumberPosition } from './document/pdf-writer.js';
import { typeset } from './document/typeset.js';
import type { FontOrigin } from './fonts/font-face.js';
import type { FontOptions } from './fonts/font-options.js';
import { fontRoles, roleNames, roleStyle, type FontRole, type FontStyle } from './fonts/font-roles.js';
import { resolveFonts } from './fonts/resolve-fonts.js';
import { message } from './messages.js';
import { GlyphResolver } from './text/glyph-resolver.js';

export interface RenderPdfOptions {
  /** Language of the renderer's own text and of diagnostics (official labels stay Chinese). Default `zh-CN`. */
  locale?: Locale;
  /** The form to lay the report out by (e.g. a plugin's extension); default the built-in form of `report.format`. */
  form?: FormDefinition;
  /** For a county's report: the aggregation result, printed as an appendix (completeness, members' figures). */
  aggregate?: AggregateResult;
  /** Names of roster entries, for the list of missing members. */
  roster?: Roster;
  /** Key figures of the members table of an aggregate; default: the form's own `memberFigures`. */
  memberFigures?: MemberFigure[];
  /** Document title; default `reportTitle(report)`. */
  title?: string;
  /** Fonts by role (`title`, `body`, `heading`, `subheading`, `table`) or `default`: bytes, or a path in Node. */
  fonts?: FontOptions;
  /** Search installed fonts (Node only): `true` (default), `false`, or the directories to search. */
  systemFonts?: boolean | { directories: string[] };
  /** Fall back to the npm package `@fontsource/noto-serif-sc` (Node only). Default `true`. */
  fontsource?: boolean;
  /** A mark printed at the head of every page, e.g. `未通过审核` for a report rendered although its checks found errors. */
  mark?: string;
  /** Page numbers: `alternate` (GB/T 9704: odd pages right, even pages left; default) or `center`. */
  pageNumbers?: PageNumberPosition;
  /** Creation date written in the PDF; default now. Pass a fixed date for reproducible files. */
  creationDate?: Date;
  /** Compress page content (default true; false helps reading the PDF source). */
  compress?: boolean;
}

/** A face the document uses, and for what. */
export interface UsedFont {
  role: FontRole;
  /** Display name, e.g. `Noto Serif CJK SC`. */
  name: string;
  postscriptName: string;
  /** Style of the face when known (`fangsong`, `songti`…); faces passed in options are not classified. */
  style?: FontStyle;
  /** Where it came from: `option`, `system` or `fontsource`. */
  origin: FontOrigin;
  /** The file it was read from (Node), if any. */
  file?: string;
  /** True when the face stands in for the style GB/T 9704 asks for (e.g. a 宋 face for 仿宋). */
  substitute: boolean;
}

export interface RenderPdfResult {
  /** The PDF file. */
  pdf: Uint8Array;
  pageCount: number;
  /** The faces used, one entry per role (also written in the PDF's metadata). */
  fonts: UsedFont[];
  /**
   * `render-table-not-in-form` and `render-cells-not-in-form` (warning) for each table, or the cells of
   * a table, that the form does not define (printed anyway after the sections, with a notice);
   * `render-font-substituted` (info) for each role set in a stand-in face,
   * `render-glyph-substituted` (info) and `render-missing-glyph` (warning) for characters a face lacks, with where they are.
   */
  diagnostics: Diagnostic[];
}

function collect(doc: { on(event: 'data', listener: (chunk: Uint8Array) => void): unknown; on(event: 'end', listener: () => void): unknown; on(event: 'error', listener: (error: unknown) => void): unknown }): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const size = chunks.reduce((total, chunk) => total + chunk.length, 0);
      const pdf = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        pdf.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(pdf);
    });
  });
}

/**
 * A report as a PDF in the official look (GB/T 9704 where it applies to a published report): A4,
 * the title centred in 小标宋 (or the closest face installed), body text in 仿宋, headings `一、` in
 * 黑体 and `（一）` in 楷体, page numbers `— 1 —` at the foot; the official tables drawn from the
 * form's printed grid with merged headers, header rows repeated on each page a table continues on,
 * table 二's blocks never split, all as core's `documentOutline` orders them (a table the form does
 * not define is printed after the sections with a notice, and reported). Chinese fonts are embedded as subsets; every character a face
 * lacks is reported. Works in Node and in the browser (pass `fonts` there).
 *
 * Throws a `ReportError` only when no usable font is found (`render-font-unavailable`, saying how
 * to fix it) or a font passed in `fonts` cannot be read (`render-font-unreadable`).
 */
export async function renderPdf(report: Report, options: RenderPdfOptions = {}): Promise<RenderPdfResult> {
  const locale = options.locale;
  const language = locale === 'en' ? 'en' : 'zh';
  const form = options.form ?? getForm(report.format);
  const outline = documentOutline(report, form, { title: options.title, locale });
  const title = outline.title;
  const blocks = reportBlocks(outline);
  if (options.aggregate) blocks.push(...aggregateBlocks(options.aggregate, { locale, form, roster: options.roster, memberFigures: options.memberFigures }));

  const fonts = await resolveFonts({ fonts: options.fonts, systemFonts: options.systemFonts, fontsource: options.fontsource, locale });
  const used: UsedFont[] = fontRoles.map((role) => {
    const face = fonts.faces[role];
    return {
      role,
      name: face.name,
      postscriptName: face.postscriptName,
      ...(face.style ? { style: face.style } : {}),
      origin: face.origin,
      ...(face.file ? { file: face.file } : {}),
      substitute: face.origin !== 'option' && face.style !== roleStyle[role],
    };
  });

  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: options.compress ?? true,
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: title,
      Author: report.organ.name,
      Subject: message(locale, 'subject'),
      Keywords: message(locale, 'keywords', { year: report.year }),
      Creator: '@report/render-pdf',
      CreationDate: options.creationDate ?? new Date(),
      // Custom entry: which faces were used, as `pdfinfo -custom` shows it.
      Fonts: used.map((font) => message(locale, 'fontsUsed', { role: roleNames[font.role][language], font: font.name })).join(language === 'zh' ? '；' : '; '),
    },
  });
  const output = collect(doc);
  const glyphs = new GlyphResolver(fonts.distinct);
  const writer = new PdfWriter(doc, fonts, glyphs, pageGeometry, options.pageNumbers ?? 'alternate', options.mark);
  writer.newPage();
  typeset(writer, blocks);
  writer.finishPage();
  doc.end();
  const pdf = await output;
  return { pdf, pageCount: writer.page, fonts: used, diagnostics: [...outline.diagnostics, ...fonts.diagnostics, ...glyphs.diagnostics(locale)] };
}

/** A county's aggregated report with its appendix: `renderPdf(result.report, { ...options, aggregate: result })`. */
export function renderAggregatePdf(result: AggregateResult, options: Omit<RenderPdfOptions, 'aggregate'> = {}): Promise<RenderPdfResult> {
  return renderPdf(result.report, { ...options, aggregate: result });
}
