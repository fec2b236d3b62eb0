import { type Locale, type NarrativeDraft } from '@report/core';
import { draftNoteText, type DocumentOutline, type OutlineSection } from '@report/core/plugin';
import { message } from '../messages.js';
import type { Block } from './blocks.js';
import { singleLine, splitParagraphs } from '@report/core/plugin';
import { officialTable } from './official-table.js';

export interface ReportBlockOptions {
  locale?: Locale;
  /**
   * For a county's report: the generated narrative. A section of the form the report has no text
   * for gets the draft's paragraphs for it, after a visible `【草稿】` note; the county's own text,
   * where it has some, is printed instead and the draft is not.
   */
  draft?: NarrativeDraft;
}

function paragraphBlocks(texts: readonly string[], style?: 'draft'): Block[] {
  return texts.flatMap((text) => splitParagraphs(text).map((paragraph): Block => ({ kind: 'paragraph', text: paragraph, ...(style ? { style } : {}) })));
}

/** The draft's paragraphs by section id; without sections, all of them go to 一、总体情况. */
function draftBySection(draft: NarrativeDraft | undefined): Map<string, string[]> {
  const bySection = new Map<string, string[]>();
  if (!draft) return bySection;
  const sections = (draft.sections ?? []).filter((section) => section.paragraphs.length > 0);
  if (sections.length === 0 && draft.paragraphs.length > 0) bySection.set('overview', draft.paragraphs);
  for (const section of sections) bySection.set(section.id, [...(bySection.get(section.id) ?? []), ...section.paragraphs]);
  return bySection;
}

/**
 * The body of a report as core's document outline lays it out (the same as the HTML and the PDF):
 * the title, the preface, then each section with its heading, notice, paragraphs, sub-sections and
 * tables; what the form does not define comes last with its notice.
 */
export function reportBlocks(outline: DocumentOutline, options: ReportBlockOptions = {}): Block[] {
  const { locale, draft } = options;
  const drafts = draftBySection(draft);
  const sectionBlocks = (section: OutlineSection): Block[] => {
    const title = singleLine(section.title) || section.officialTitle || '';
    const ownText = section.paragraphs.length > 0 || section.children.length > 0;
    const drafted = !ownText && section.source === 'form' && draft ? drafts.get(section.id) ?? [] : [];
    return [
      ...(title ? [{ kind: 'heading', level: section.level, text: title } satisfies Block] : []),
      ...(section.notice ? [{ kind: 'paragraph', text: section.notice, style: 'notice' } satisfies Block] : []),
      ...paragraphBlocks(section.paragraphs),
      ...(drafted.length > 0 && draft ? [{ kind: 'draftNote', badge: message(locale, 'draftBadge'), text: draftNoteText(draft.note, locale) } satisfies Block, ...paragraphBlocks(drafted, 'draft')] : []),
      ...section.children.flatMap(sectionBlocks),
      ...section.tables.map((table): Block => ({ kind: 'table', table: officialTable(table) })),
    ];
  };
  return [{ kind: 'title', text: singleLine(outline.title) }, ...paragraphBlocks(outline.preface), ...outline.sections.flatMap(sectionBlocks)];
}
