import type { DocumentOutline, OutlineSection } from '@report/core/plugin';
import { escapeHtml } from './escape.js';
import { renderOutlineTable } from './render-table.js';

function paragraphs(texts: readonly string[]): string {
  return texts.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
}

/** GB/T 9704 heading levels: 一、 黑体 (h2) · （一） 楷体 (h3) · 1. 仿宋 (h4) · (1) 仿宋 (h5). */
function heading(title: string, level: number): string {
  if (title.trim() === '') return '';
  const clamped = Math.min(Math.max(level, 1), 4);
  const tag = `h${clamped + 1}`;
  return `<${tag} class="heading heading--${clamped}">${escapeHtml(title)}</${tag}>`;
}

function renderSection(section: OutlineSection, formId: string): string {
  const clamped = Math.min(section.level, 4);
  const children = section.children.map((child) => renderSection(child, formId));
  const notice = section.notice ? `<p class="note render-notice" role="note">${escapeHtml(section.notice)}</p>` : '';
  const tables = section.tables.map((table) => renderOutlineTable(table, { formId }));
  let text: string[];
  if (section.runIn) {
    const runIn = `<span class="heading heading--${clamped} heading--run-in" role="heading" aria-level="${clamped + 1}">${escapeHtml(section.title)}</span>`;
    text = [`<p>${runIn}${escapeHtml(section.paragraphs[0])}</p>`, paragraphs(section.paragraphs.slice(1))];
  } else {
    text = [heading(section.title, section.level), notice, paragraphs(section.paragraphs)];
  }
  const attributes = section.level === 1 ? ` data-section="${escapeHtml(section.id)}"` : '';
  const body = [...text, ...children, ...tables].filter(Boolean).join('\n');
  return `<section class="report-section report-section--level-${clamped}"${attributes}>\n${body}\n</section>`;
}

/**
 * The body of a report as the document outline lays it out (`documentOutline` in core): the preface,
 * then each section with its heading, paragraphs, sub-sections (GB/T 9704 heading levels) and
 * tables; what the form does not define comes last with a visible notice.
 */
export function renderSections(outline: DocumentOutline, formId: string): string {
  const parts: string[] = [];
  if (outline.preface.length > 0) parts.push(`<div class="report-preface">\n${paragraphs(outline.preface)}\n</div>`);
  for (const section of outline.sections) parts.push(renderSection(section, formId));
  return parts.join('\n');
}
