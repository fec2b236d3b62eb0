import type { FormDefinition, Report, ReportSection } from '@report/core';
import { singleLine, splitParagraphs } from '../text/clean-text.js';
import type { Block } from './blocks.js';
import { officialTable } from './official-table.js';

function paragraphBlocks(texts: readonly string[], section: string): Block[] {
  return texts.flatMap((text) => splitParagraphs(text).map((paragraph): Block => ({ kind: 'paragraph', text: paragraph, location: { section } })));
}

function sectionBlocks(section: ReportSection, level: number): Block[] {
  const title = singleLine(section.title);
  return [
    ...(title ? [{ kind: 'heading', level, text: title, location: { section: title } } satisfies Block] : []),
    ...paragraphBlocks(section.paragraphs, title || section.id),
    ...section.children.flatMap((child) => sectionBlocks(child, level + 1)),
  ];
}

/**
 * The body of a report in the form's section order, as the HTML prints it: the title, the preface,
 * each section's heading (the report's own title, else the form's canonical one), its paragraphs
 * and sub-sections, then its tables. Sections of the report the form does not know come after,
 * then any table not placed yet, so nothing is lost.
 */
export function reportBlocks(report: Report, form: FormDefinition, title: string): Block[] {
  const blocks: Block[] = [{ kind: 'title', text: singleLine(title) }];
  if (report.preface?.length) blocks.push(...paragraphBlocks(report.preface, 'preface'));
  const used = new Set<ReportSection>();
  const placed = new Set<string>();
  for (const definition of form.sections) {
    const section = report.sections.find((candidate) => candidate.id === definition.id && !used.has(candidate));
    if (section) used.add(section);
    const tables = form.tables.filter((table) => table.id === definition.tableId || table.sectionId === definition.id);
    tables.forEach((table) => placed.add(table.id));
    if (!section && tables.length === 0) continue;
    const heading = singleLine(section?.title ?? '') || definition.title;
    blocks.push({ kind: 'heading', level: 1, text: heading, location: { section: heading } });
    if (section) {
      blocks.push(...paragraphBlocks(section.paragraphs, heading));
      blocks.push(...section.children.flatMap((child) => sectionBlocks(child, 2)));
    }
    for (const table of tables) blocks.push({ kind: 'table', table: officialTable(table, report) });
  }
  for (const section of report.sections) if (!used.has(section)) blocks.push(...sectionBlocks(section, 1));
  for (const table of form.tables) {
    if (placed.has(table.id)) continue;
    blocks.push({ kind: 'heading', level: 1, text: table.title, location: { section: table.title } });
    blocks.push({ kind: 'table', table: officialTable(table, report) });
  }
  return blocks;
}
