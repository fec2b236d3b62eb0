import { getForm, type Diagnostic, type FormDefinition, type Locale, type Report } from '@report/core';
import { documentOutline, type AggregateResult, type MemberFigure, type Roster } from '@report/core/plugin';
import { aggregateBlocks } from './content/aggregate-blocks.js';
import { reportBlocks } from './content/report-blocks.js';
import { message } from './messages.js';
import { documentXml, footerXml, type PageNumberPosition } from './ooxml/document.js';
import { fontTableXml } from './ooxml/font-table.js';
import { resolveDocxFonts, type DocxFont, type DocxFontOptions, type DocxFontRole } from './ooxml/fonts.js';
import { packageDocx, settingsXml } from './ooxml/package.js';
import { stylesXml } from './ooxml/styles.js';

export interface RenderDocxOptions {
  /** Language of the renderer's own text and of diagnostics (official labels stay Chinese). Default `zh-CN`. */
  locale?: Locale;
  /** The form to lay the report out by (e.g. a plugin's extension); default the built-in form of `report.format`. */
  form?: FormDefinition;
  /** For a county's report: the aggregation result, printed as an appendix (completeness, members' figures), and its narrative draft. */
  aggregate?: AggregateResult;
  /** Names of roster entries, for the list of missing members. */
  roster?: Roster;
  /** Key figures of the members table of an aggregate; default: the form's own `memberFigures`. */
  memberFigures?: MemberFigure[];
  /** Document title; default `reportTitle(report)`. */
  title?: string;
  /**
   * For an aggregate: put the generated narrative draft into the sections the county has no text
   * for, after a visible `【草稿】` note (default `true`). `false` leaves those sections empty.
   */
  draft?: boolean;
  /** Face names by role (`title`, `body`, `heading`, `subheading`, `table`); default the GB/T 9704 faces (方正小标宋简体, 仿宋, 黑体, 楷体, 宋体). */
  fonts?: DocxFontOptions;
  /** Page numbers: `alternate` (GB/T 9704: odd pages right, even pages left; default) or `center`. */
  pageNumbers?: PageNumberPosition;
  /** Creation date in the document's properties and its zip entries; default now. Pass a fixed date for reproducible files. */
  creationDate?: Date;
}

export interface RenderDocxResult {
  /** The .docx file. */
  docx: Uint8Array;
  /** The faces the document names, by role (Word and WPS substitute what is not installed). */
  fonts: Record<DocxFontRole, Required<DocxFont>>;
  /**
   * `render-table-not-in-form` and `render-cells-not-in-form` (warning) for each table, or the cells
   * of a table, that the form does not define (printed anyway after the sections, with a notice).
   */
  diagnostics: Diagnostic[];
}

/**
 * A report as a Word document (.docx) the office finishes in Word or WPS, in the official look
 * (GB/T 9704 where it applies to a published report): A4 with 37/35/28/26 mm margins and the
 * 22 × 28 grid, the title centred in 小标宋 二号, body text in 仿宋 三号, headings `一、` in 黑体 and
 * `（一）` in 楷体, page numbers `— 1 —` at the foot (a PAGE field); the official tables drawn from the
 * form's printed grid with merged headers (`w:gridSpan`, `w:vMerge`), header rows repeated on each
 * page and rows never split, all as core's `documentOutline` orders them. Fonts are named, not
 * embedded: Chinese faces on `w:eastAsia` with their other names in the font table. Pure: runs in
 * Node and in the browser.
 */
export async function renderDocx(report: Report, options: RenderDocxOptions = {}): Promise<RenderDocxResult> {
  const { locale } = options;
  const form = options.form ?? getForm(report.format);
  const outline = documentOutline(report, form, { title: options.title, locale });
  const draft = options.aggregate && options.draft !== false ? options.aggregate.narrativeDraft : undefined;
  const blocks = reportBlocks(outline, { locale, ...(draft ? { draft } : {}) });
  if (options.aggregate) blocks.push(...aggregateBlocks(options.aggregate, { locale, form, roster: options.roster, memberFigures: options.memberFigures }));
  const fonts = resolveDocxFonts(options.fonts);
  const pageNumbers = options.pageNumbers ?? 'alternate';
  const docx = packageDocx({
    document: documentXml(blocks, fonts, pageNumbers),
    styles: stylesXml(fonts),
    settings: settingsXml(pageNumbers === 'alternate'),
    fontTable: fontTableXml(fonts),
    footerOdd: footerXml(pageNumbers === 'alternate' ? 'right' : 'center'),
    footerEven: footerXml(pageNumbers === 'alternate' ? 'left' : 'center'),
    properties: {
      title: outline.title,
      creator: report.organ.name,
      subject: message(locale, 'subject'),
      keywords: message(locale, 'keywords', { year: report.year }),
      created: options.creationDate ?? new Date(),
    },
  });
  return { docx, fonts, diagnostics: [...outline.diagnostics] };
}

/** A county's aggregated report with its appendix and the narrative draft: `renderDocx(result.report, { ...options, aggregate: result })`. */
export function renderAggregateDocx(result: AggregateResult, options: Omit<RenderDocxOptions, 'aggregate'> = {}): Promise<RenderDocxResult> {
  return renderDocx(result.report, { ...options, aggregate: result });
}
