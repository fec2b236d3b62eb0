import { getForm, type AggregateResult, type Diagnostic, type FormDefinition, type Report, type Roster } from '@report/core';
import { documentOutline, type MemberFigure } from '@report/core/plugin';
import { htmlDocument } from './document.js';
import { escapeHtml } from './escape.js';
import { message, type RenderLocale } from './messages.js';
import { renderAggregateAppendix } from './render-aggregate.js';
import { renderSections } from './render-sections.js';

export interface RenderHtmlOptions {
  /** Language of the renderer's own text (official labels and report text stay as they are). Default `zh-CN`. */
  locale?: RenderLocale;
  /** The form to lay the report out by, e.g. a plugin's extension; default the built-in form of `report.format`. */
  form?: FormDefinition;
  /** For a county's report: the aggregation result, printed as an appendix (completeness, members, charts, draft). */
  aggregate?: AggregateResult;
  /** Names of roster entries, for the list of missing members. */
  roster?: Roster;
  /** Key figures of the members table of an aggregate; default: the form's own `memberFigures`. */
  memberFigures?: MemberFigure[];
  /** Document title; default `reportTitle(report)` (`XX2023年政府信息公开工作年度报告`). */
  title?: string;
  /**
   * A mark shown at the head of the document and of every printed page, e.g. `未通过审核` for a
   * report rendered although its checks found errors. Omitted by default.
   */
  mark?: string;
  /** When the document was made, printed at its foot on screen; omitted when not given (output stays reproducible). */
  generatedAt?: string | Date;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function formatGeneratedAt(value: string | Date): string {
  if (typeof value === 'string') return value;
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())} ${pad(value.getHours())}:${pad(value.getMinutes())}`;
}

/** The `generatedAt` line at the foot of a document (screen only). */
export function generatedLine(locale: RenderLocale | undefined, generatedAt: string | Date | undefined): string {
  if (generatedAt === undefined) return '';
  return `<p class="document-meta">${escapeHtml(`${message(locale, 'documentGenerated')}${formatGeneratedAt(generatedAt)}`)}</p>`;
}

/**
 * The title, broken (when it must wrap) before the year rather than inside a word or number:
 * `某某县人民政府办公室` / `2023年政府信息公开工作年度报告`.
 */
export function titleHtml(title: string): string {
  const parts = title.match(/^(.+?)((?:19|20)\d{2}年.+)$/);
  if (!parts) return escapeHtml(title);
  return `<span class="title-part">${escapeHtml(parts[1])}</span><span class="title-part">${escapeHtml(parts[2])}</span>`;
}

export interface RenderHtmlResult {
  /** The standalone HTML document. */
  html: string;
  /**
   * `render-table-not-in-form` and `render-cells-not-in-form` (warnings) for each table, or the cells
   * of a table, that the form does not define: they are printed anyway after the sections, with a notice.
   */
  diagnostics: Diagnostic[];
}

/**
 * One report as a standalone HTML document in the official look, with what the renderer has to
 * report: the title, the preface, the sections in the form's order, and every table exactly as the
 * form lays it out (merged headers, canonical labels, the 勾稽关系 note in the corner of table 三),
 * all as core's `documentOutline` orders them. A legacy narrative report prints its nested sections
 * with GB/T 9704 heading styles. A table of the report the form does not define is printed after
 * the sections under its own heading, with a visible notice, and reported in `diagnostics`. With
 * `aggregate`, a county's report adds the aggregation appendix. Every piece of report text is
 * escaped. Inline CSS, no scripts, no requests.
 */
export function renderHtmlDocument(report: Report, options: RenderHtmlOptions = {}): RenderHtmlResult {
  const form = options.form ?? getForm(report.format);
  const outline = documentOutline(report, form, { title: options.title, locale: options.locale });
  const title = outline.title;
  const body = [
    options.mark ? `<p class="review-mark" role="note">${escapeHtml(options.mark)}</p>` : '',
    `<h1 class="document-title">${titleHtml(title)}</h1>`,
    renderSections(outline, form.id),
    options.aggregate
      ? renderAggregateAppendix(options.aggregate, { locale: options.locale, form, roster: options.roster, memberFigures: options.memberFigures })
      : '',
    generatedLine(options.locale, options.generatedAt),
  ];
  return { html: htmlDocument({ lang: 'zh-CN', title, body: body.filter(Boolean).join('\n') }), diagnostics: outline.diagnostics };
}

/** `renderHtmlDocument(report, options).html`: the document alone (its diagnostics are dropped; use `renderHtmlDocument` to get them). */
export function renderHtml(report: Report, options: RenderHtmlOptions = {}): string {
  return renderHtmlDocument(report, options).html;
}

/** A county's aggregated report with its appendix: `renderHtml(result.report, { ...options, aggregate: result })`. */
export function renderAggregateHtml(result: AggregateResult, options: Omit<RenderHtmlOptions, 'aggregate'> = {}): string {
  return renderHtml(result.report, { ...options, aggregate: result });
}
