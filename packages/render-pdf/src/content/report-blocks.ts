import type { DocumentOutline, OutlineSection } from '@report/core/plugin';
import { singleLine, splitParagraphs } from '@report/core/plugin';
import type { Block } from './blocks.js';
import { officialTable } from './official-table.js';

function paragraphBlocks(texts: readonly string[], section: string): Block[] {
  return texts.flatMap((text) => splitParagraphs(text).map((paragraph): Block => ({ kind: 'paragraph', text: paragraph, location: { section } })));
}

/** A section of the outline: its heading (each on its own line, run-in headings too), notice, paragraphs, sub-sections, tables. */
function sectionBlocks(section: OutlineSection): Block[] {
  const title = singleLine(section.title) || section.officialTitle || '';
  return [
    ...(title ? [{ kind: 'heading', level: section.level, text: title, location: { section: title } } satisfies Block] : []),
    ...(section.notice ? [{ kind: 'paragraph', text: section.notice, location: { section: title || section.id }, style: 'small' } satisfies Block] : []),
    ...paragraphBlocks(section.paragraphs, title || section.id),
    ...section.children.flatMap(sectionBlocks),
    ...section.tables.map((table): Block => ({ kind: 'table', table: officialTable(table) })),
  ];
}

/**
 * The body of a report as core's document outline lays it out (the same as the HTML): the title,
 * the preface, then each section with its heading, paragraphs, sub-sections and tables; what the
 * form does not define comes last with its notice.
 */
export function reportBlocks(outline: DocumentOutline): Block[] {
  return [{ kind: 'title', text: singleLine(outline.title) }, ...paragraphBlocks(outline.preface, 'preface'), ...outline.sections.flatMap(sectionBlocks)];
}
