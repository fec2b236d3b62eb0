import type { DiagnosticLocation, MessageParam } from '../diagnostics/types.js';
import type { Report, ReportSection } from '../model/report.js';
import { narrativeSourceLine } from './source-lines.js';

/** One paragraph of a report's text, with where it is. */
export interface ReportParagraph {
  text: string;
  /** Its path in the report: `preface[1]`, `sections[2].children[0].paragraphs[1]`. */
  path: string;
  /** The id of the (sub)section that holds it, `preface` for the preface. */
  section: string;
  /** The title of that (sub)section; the preface has none (`undefined`). */
  title?: string;
  /** The titles from the top-level section down, for messages (`一、总体情况 / （二）依申请公开`). */
  titles: string[];
}

/** Every paragraph of a report, the preface first, then the sections depth first. */
export function reportParagraphs(report: Report): ReportParagraph[] {
  const found: ReportParagraph[] = (report.preface ?? []).map((text, index) => ({ text, path: `preface[${index}]`, section: 'preface', titles: [] }));
  const walk = (section: ReportSection, path: string, titles: string[]) => {
    const here = [...titles, section.title];
    section.paragraphs.forEach((text, index) => found.push({ text, path: `${path}.paragraphs[${index}]`, section: section.id, title: section.title, titles: here }));
    section.children.forEach((child, index) => walk(child, `${path}.children[${index}]`, here));
  };
  report.sections.forEach((section, index) => walk(section, `sections[${index}]`, []));
  return found;
}

/**
 * Whether a report has text of its own (a paragraph with words in it). A report read from a workbook
 * without its text sheet has the form's section titles only: the text checks leave it alone.
 */
export function hasNarrativeText(report: Report): boolean {
  return paragraphTexts(report).some((text) => text.trim() !== '');
}

/** The texts of `reportParagraphs(report)`, in its order, walked the same way without making paths and titles. */
export function paragraphTexts(report: Report): string[] {
  const texts: string[] = (report.preface ?? []).map((text) => text);
  const walk = (section: ReportSection) => {
    void section.title;
    section.paragraphs.forEach((text) => texts.push(text));
    section.children.forEach(walk);
  };
  report.sections.forEach(walk);
  return texts;
}

/** `一、总体情况 / （二）依申请公开`, or `前言` / `preface`, for a message's scope. */
export function paragraphScope(paragraph: ReportParagraph): MessageParam {
  if (paragraph.titles.length === 0) return { zh: '前言', en: 'preface' };
  return paragraph.titles.join(' / ');
}

/** Where a piece of narrative text is: its section, its path in the report and, when known, its input file and line. */
export function narrativeLocation(report: Report, path: string, text: string, section: string, label: string): DiagnosticLocation {
  const line = narrativeSourceLine(report, path, text);
  const file = report.sources?.length === 1 ? report.sources[0].file : undefined;
  return { section, label, path, ...(line !== undefined ? { line } : {}), ...(line !== undefined && file ? { file } : {}) };
}

/** `narrativeLocation` of a paragraph, labelled with its section's title (the preface: `前言` / `preface`). */
export function paragraphLocation(report: Report, paragraph: ReportParagraph, locale: 'zh-CN' | 'en'): DiagnosticLocation {
  const label = paragraph.title ?? (locale === 'en' ? 'preface' : '前言');
  return narrativeLocation(report, paragraph.path, paragraph.text, paragraph.section, label);
}
