import type { AggregateResult, FormDefinition, Locale, Roster } from '@report/core';
import { appendixOutline, type AppendixBlock, type MemberFigure } from '@report/core/plugin';
import type { Block } from './blocks.js';
import { dataTable } from './data-table.js';

export interface AggregateBlockOptions {
  locale?: Locale;
  form: FormDefinition;
  /** Names the roster entries listed as missing (else their ids are shown). */
  roster?: Roster;
  /** Key figures of the members table; default: the form's own `memberFigures`. */
  memberFigures?: MemberFigure[];
}

function blocksOf(block: AppendixBlock, section: string): Block[] {
  const location = { section };
  switch (block.kind) {
    case 'table': {
      const { table } = block;
      const caption: Block[] = table.caption ? [{ kind: 'paragraph', text: table.caption, location, style: 'small' }] : [];
      return [...caption, { kind: 'table', table: dataTable(table.columns, table.rows.map((row) => row.cells.map((cell) => cell.text)), location) }];
    }
    case 'note':
      return [{ kind: 'paragraph', text: block.text, location, style: 'small' }];
    case 'chart':
      return [{ kind: 'chart', chart: block.chart, location }];
    case 'draft': {
      const { draft } = block;
      return [
        { kind: 'draftNote', badge: draft.badge, text: draft.note, location },
        ...draft.sections.flatMap((group): Block[] => [
          ...(group.title ? [{ kind: 'paragraph', text: group.title, location, style: 'draftHeading' } satisfies Block] : []),
          ...group.paragraphs.map((text): Block => ({ kind: 'paragraph', text, location, style: 'draft' })),
        ]),
      ];
    }
  }
}

/**
 * The aggregation appendix of a county's report, as core's `appendixOutline` lays it out (the HTML
 * and the Word document print the same): who was expected, who filed, who is missing and why a
 * file was not counted; each member's key figures with the totals; the two charts, drawn as vector
 * paths with their labels as text; the narrative draft, marked as a draft; for a multi-level
 * aggregate, one line per lower level. Starts on a new page.
 */
export function aggregateBlocks(result: AggregateResult, options: AggregateBlockOptions): Block[] {
  const outline = appendixOutline(result, options);
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: outline.title, location: { section: outline.title } },
    ...outline.parts.flatMap((part): Block[] => [{ kind: 'heading', level: 2, text: part.heading, location: { section: part.heading } }, ...part.blocks.flatMap((block) => blocksOf(block, part.heading))]),
  ];
}
