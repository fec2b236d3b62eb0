import type { FormDefinition, Report, ReportSection } from '@report/core';
import { escapeHtml } from './escape.js';
import { renderTable } from './render-table.js';

function paragraphs(texts: readonly string[]): string {
  return texts
    .filter((text) => text.trim() !== '')
    .map((text) => `<p>${escapeHtml(text)}</p>`)
    .join('\n');
}

/** GB/T 9704 heading levels: 一、 黑体 (h2) · （一） 楷体 (h3) · 1. 仿宋 (h4) · (1) 仿宋 (h5). */
function heading(title: string, level: number): string {
  if (title.trim() === '') return '';
  const clamped = Math.min(Math.max(level, 1), 4);
  const tag = `h${clamped + 1}`;
  return `<${tag} class="heading heading--${clamped}">${escapeHtml(title)}</${tag}>`;
}

function renderSubsection(section: ReportSection, level: number): string {
  const children = section.children.map((child) => renderSubsection(child, level + 1));
  const texts = section.paragraphs.filter((text) => text.trim() !== '');
  const clamped = Math.min(level, 4);
  let body: string[];
  if (level >= 3 && /。$/.test(section.title) && texts.length > 0) {
    // A third- or fourth-level heading that ends a sentence (`1.政务活动情况。`) runs into its
    // paragraph, as such items are written in the published text.
    const runIn = `<span class="heading heading--${clamped} heading--run-in" role="heading" aria-level="${clamped + 1}">${escapeHtml(section.title)}</span>`;
    body = [`<p>${runIn}${escapeHtml(texts[0])}</p>`, paragraphs(texts.slice(1)), ...children];
  } else {
    body = [heading(section.title, level), paragraphs(texts), ...children];
  }
  return `<section class="report-section report-section--level-${clamped}">\n${body.filter(Boolean).join('\n')}\n</section>`;
}

/**
 * The body of a report in the form's section order: each section's heading (the report's own
 * title, else the form's canonical one), its paragraphs and sub-sections, then its tables (the
 * section's `tableId`, or any table whose `sectionId` names it). Sections of the report the form
 * does not know, and tables no section prints, come after, so nothing is lost.
 */
export function renderSections(report: Report, form: FormDefinition): string {
  const parts: string[] = [];
  if (report.preface?.length) parts.push(`<div class="report-preface">\n${paragraphs(report.preface)}\n</div>`);
  const used = new Set<ReportSection>();
  const placed = new Set<string>();
  for (const definition of form.sections) {
    const section = report.sections.find((candidate) => candidate.id === definition.id && !used.has(candidate));
    if (section) used.add(section);
    const tables = form.tables.filter((table) => table.id === definition.tableId || table.sectionId === definition.id);
    tables.forEach((table) => placed.add(table.id));
    if (!section && tables.length === 0) continue;
    const body = [
      heading(section?.title || definition.title, 1),
      section ? paragraphs(section.paragraphs) : '',
      ...(section?.children ?? []).map((child) => renderSubsection(child, 2)),
      ...tables.map((table) => renderTable(table, report, { formId: form.id })),
    ];
    parts.push(`<section class="report-section report-section--level-1" data-section="${escapeHtml(definition.id)}">\n${body.filter(Boolean).join('\n')}\n</section>`);
  }
  for (const section of report.sections) {
    if (used.has(section)) continue;
    const body = [heading(section.title, 1), paragraphs(section.paragraphs), ...section.children.map((child) => renderSubsection(child, 2))];
    parts.push(`<section class="report-section report-section--level-1" data-section="${escapeHtml(section.id)}">\n${body.filter(Boolean).join('\n')}\n</section>`);
  }
  for (const table of form.tables) {
    if (placed.has(table.id)) continue;
    parts.push(`<section class="report-section report-section--level-1" data-section="${escapeHtml(table.sectionId)}">\n${heading(table.title, 1)}\n${renderTable(table, report, { formId: form.id })}\n</section>`);
  }
  return parts.join('\n');
}
